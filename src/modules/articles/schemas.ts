import { Type, type Static } from 'typebox';
import { BlockSchema, TocEntrySchema } from '../../content/blocks.js';
import { articleStatuses, pubStatuses } from '../../db/schema.js';
import { ListQuery, LongText, Nullable, Slug, StrictObject, Timestamp, Url } from '../../lib/schemas.js';

export const ArticleStatus = Type.Enum(articleStatuses);
export const PubStatus = Type.Enum(pubStatuses, {
  description: 'IPTC publication status: `usable`, or `withheld` / `canceled` for takedowns (both hidden from readers).',
});
const Lang = Type.String({ pattern: '^[a-z]{2,3}(-[A-Z]{2})?$', maxLength: 10, description: 'BCP 47 language, `fr` by default.' });

export const HeroImageSchema = Type.Object({
  url: Url,
  alt: Type.String({ maxLength: 500 }),
  caption: Type.Optional(Nullable(LongText(1000))),
  credit: Type.Optional(Nullable(LongText(300))),
  width: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 20000 }))),
  height: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 20000 }))),
}, { additionalProperties: false, $id: 'HeroImage', title: 'HeroImage' });

export const SeoSchema = Type.Object({
  title: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  description: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
}, { additionalProperties: false });

const AuthorRef = Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String() });
const TagRef = Type.Object({ id: Type.String(), slug: Type.String(), name: Type.String(), type: Type.String() });

export const ArticleBodySchema = Type.Object({
  html: Type.Optional(Type.String()),
  blocks: Type.Optional(Type.Array(BlockSchema)),
  text: Type.Optional(Type.String()),
  markdown: Type.Optional(Type.String()),
}, { description: 'One of html, blocks, text or markdown, chosen by `format`.' });

/**
 * Every property but `body`, `links` and `jsonLd` is present unless `fields`,
 * or a partner key's field allow-list, trims the representation; `id` always is.
 */
export const ArticleSchema = Type.Object({
  id: Type.String(),
  slug: Type.Optional(Type.String()),
  url: Type.Optional(Type.String({ description: 'Canonical reader URL, from PUBLIC_URL (or canonicalUrl when set).' })),
  title: Type.Optional(Type.String()),
  standfirst: Type.Optional(Type.String({ description: 'The chapeau; the first paragraph when none was written.' })),
  lang: Type.Optional(Type.String()),
  status: Type.Optional(ArticleStatus),
  pubStatus: Type.Optional(PubStatus),
  section: Type.Optional(Type.Ref('SectionRef')),
  authors: Type.Optional(Type.Array(AuthorRef)),
  tags: Type.Optional(Type.Array(TagRef)),
  heroImage: Type.Optional(Nullable(Type.Ref('HeroImage'))),
  publishAt: Type.Optional(Nullable(Timestamp)),
  publishedAt: Type.Optional(Nullable(Timestamp)),
  firstPublishedAt: Type.Optional(Nullable(Timestamp)),
  embargoUntil: Type.Optional(Nullable(Timestamp)),
  updatedAt: Type.Optional(Timestamp),
  createdAt: Type.Optional(Timestamp),
  version: Type.Optional(Type.Integer()),
  wordCount: Type.Optional(Type.Integer()),
  readingTimeMinutes: Type.Optional(Type.Integer()),
  toc: Type.Optional(Type.Array(TocEntrySchema)),
  canonicalUrl: Type.Optional(Nullable(Type.String())),
  seo: Type.Optional(SeoSchema),
  body: Type.Optional(ArticleBodySchema),
  links: Type.Optional(Type.Array(Type.Ref('RelatedLink'))),
  jsonLd: Type.Optional(Type.Ref('NewsArticle', { description: 'With `include=jsonLd`: schema.org NewsArticle as JSON-LD.' })),
}, {
  $id: 'Article', title: 'Article',
  description: 'Complete unless trimmed: `fields`, or a partner key\'s field allow-list, keeps only some properties, and `id` always. '
    + '`body` comes with `include=body` in lists (always on a single article), `links` with `include=links`, `jsonLd` with `include=jsonLd`.',
});

const writable = {
  slug: Type.Optional(Slug),
  standfirst: Type.Optional(Nullable(LongText(2000))),
  body: Type.String({ maxLength: 200_000, description: 'Markdown (CommonMark + GFM); raw HTML is dropped.' }),
  sectionId: Type.String({ maxLength: 40 }),
  authorIds: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 20, uniqueItems: true })),
  tagIds: Type.Optional(Type.Array(Type.String({ maxLength: 40 }), { maxItems: 50, uniqueItems: true })),
  lang: Type.Optional(Lang),
  status: Type.Optional(ArticleStatus),
  publishAt: Type.Optional(Nullable(Timestamp)),
  embargoUntil: Type.Optional(Nullable(Timestamp)),
  pubStatus: Type.Optional(PubStatus),
  heroImage: Type.Optional(Nullable(HeroImageSchema)),
  canonicalUrl: Type.Optional(Nullable(Url)),
  seo: Type.Optional(SeoSchema),
};
const Title = Type.String({ minLength: 1, maxLength: 300 });

export const ArticleCreateSchema = StrictObject({ title: Title, ...writable }, { $id: 'ArticleCreate', title: 'ArticleCreate' });

export const ArticlePatchSchema = StrictObject({
  title: Type.Optional(Title),
  ...writable,
  body: Type.Optional(writable.body),
  sectionId: Type.Optional(writable.sectionId),
}, { minProperties: 1, $id: 'ArticlePatch', title: 'ArticlePatch' });

export const articleFields = Object.keys(ArticleSchema.properties);
export const formats = ['html', 'blocks', 'text', 'markdown'] as const;
export const sorts = ['newest', 'oldest', 'updated', 'title'] as const;

/** How an article is represented: which fields, which heavy parts, which body format (query strings of reads). */
export const ArticleShapeSchema = Type.Object({
  fields: Type.Optional(Type.String({ maxLength: 500, description: 'Comma list of the properties to keep, e.g. `id,title,slug`.' })),
  include: Type.Optional(Type.String({ maxLength: 100, description: 'Comma list: `body`, `links`; on a single article also `jsonLd` (schema.org NewsArticle).' })),
  format: Type.Enum(formats, { default: 'html', description: 'The body representation.' }),
});

/** The query of the article list: filters, sort, page, shape. */
export const ArticleQuerySchema = Type.Object({
  section: Type.Optional(Type.String({ maxLength: 300 })),
  tag: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 10 })),
  author: Type.Optional(Type.String({ maxLength: 200 })),
  lang: Type.Optional(Type.String({ maxLength: 10 })),
  since: Type.Optional(Timestamp),
  until: Type.Optional(Timestamp),
  sort: Type.Enum(sorts, { default: 'newest' }),
  ...ListQuery,
  ...ArticleShapeSchema.properties,
});

export type Article = Static<typeof ArticleSchema>;
export type ArticleCreate = Static<typeof ArticleCreateSchema>;
export type ArticlePatch = Static<typeof ArticlePatchSchema>;
export type BodyFormat = (typeof formats)[number];
export type ArticleSort = (typeof sorts)[number];
export type ArticleShape = Static<typeof ArticleShapeSchema>;
export type ArticleQuery = Static<typeof ArticleQuerySchema>;
