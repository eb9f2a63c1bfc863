import { ArticleSchema, HeroImageSchema } from './articles/schemas.js';
import { AuthorSchema } from './authors/schemas.js';
import { ApiKeySchema, ApiKeyUsageSchema, NewApiKeySchema } from './keys/schemas.js';
import { RelatedLinkSchema } from './links/schemas.js';
import { RelatedItemSchema } from './related/schemas.js';
import { SectionFrontSchema } from './fronts/schemas.js';
import { ArticlePageSchema } from './pages/schemas.js';
import { SectionRefSchema, SectionSchema } from './sections/schemas.js';
import { TagSchema } from './tags/schemas.js';
import { NewsArticleSchema, NinjsSchema } from './formats/schemas.js';
import { FeedIndexSchema, FeedLinksSchema, JsonFeedSchema } from './feeds/schemas.js';
import { ChangePageSchema, ChangeSchema } from './changes/schemas.js';
import { ArticleRevisionSchema, ArticleVersionSchema, RevisionDiffSchema, RevisionPageSchema, RevisionSchema } from './revisions/schemas.js';
import { DeliverySchema, NewWebhookSchema, WebhookPayloadSchema, WebhookSchema } from './webhooks/schemas.js';
import { RedirectSchema } from './imports/schemas.js';

/** The named components of the OpenAPI document, shared by $ref. */
export const sharedSchemas = [
  SectionRefSchema, SectionSchema, AuthorSchema, TagSchema, HeroImageSchema, RelatedLinkSchema,
  ArticleSchema, RelatedItemSchema, SectionFrontSchema, ArticlePageSchema, ApiKeySchema, ApiKeyUsageSchema, NewApiKeySchema,
  FeedLinksSchema, JsonFeedSchema, FeedIndexSchema, NinjsSchema, NewsArticleSchema,
  ChangeSchema, ChangePageSchema, WebhookSchema, NewWebhookSchema, WebhookPayloadSchema, DeliverySchema, RedirectSchema,
  ArticleVersionSchema, RevisionSchema, RevisionPageSchema, ArticleRevisionSchema, RevisionDiffSchema,
];
