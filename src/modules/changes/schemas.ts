import { Type, type Static } from 'typebox';
import { changeEntities } from '../../db/schema.js';
import { Nullable } from '../../lib/schemas.js';

export const changeTypes = [
  'article.created', 'article.updated', 'article.published', 'article.unpublished', 'article.withheld',
  'article.canceled', 'article.deleted', 'links.updated',
  'section.created', 'section.updated', 'section.deleted',
  'author.created', 'author.updated', 'author.deleted',
  'tag.created', 'tag.updated', 'tag.deleted',
] as const;

export const ChangeSchema = Type.Object({
  cursor: Type.String({ description: 'Resumes the feed right after this change: pass it as `since`.' }),
  type: Type.Enum(changeTypes, {
    description: '`article.published`: readers can now see the article (a write, a schedule or an embargo coming due); '
      + '`article.unpublished`: they no longer can; `article.withheld` / `article.canceled`: a takedown; '
      + '`article.created`: a new article readers cannot see yet; `links.updated`: its related links changed.',
  }),
  entity: Type.Object({
    type: Type.Enum(changeEntities),
    id: Type.String(),
    slug: Type.String({ description: 'The slug after the change (a section\'s path); for a deletion, the last one.' }),
    version: Type.Optional(Type.Integer({
      description: 'The entity\'s version after the change; for a deletion, the last one. Not for a partner key without `version`.',
    })),
  }),
  sectionId: Nullable(Type.String({
    description: 'The article\'s section, or the section itself for a section change; null for authors and tags, and for a partner key without `section`.',
  })),
  previousSectionId: Nullable(Type.String({ description: 'The section an article was moved out of by this change.' })),
  occurredAt: Type.Optional(Type.String({ format: 'date-time', description: 'When it happened (RFC 3339, UTC); not for a partner key without `updatedAt`.' })),
  surrogateKeys: Type.Array(Type.String(), {
    description: 'The keys of every cached answer this change invalidates: purge them. Empty for partner keys.',
  }),
}, { $id: 'Change', title: 'Change', description: 'One write of content, as recorded in the outbox.' });

export const ChangePageSchema = Type.Object({
  data: Type.Array(Type.Ref('Change')),
  meta: Type.Object({
    limit: Type.Integer(),
    nextCursor: Type.String({ description: 'Where to resume: the `since` of the next request. Never null, even at the end of the feed.' }),
    hasMore: Type.Boolean({ description: 'Whether more changes were already there: false means the client is up to date.' }),
  }),
}, { $id: 'ChangePage', title: 'ChangePage' });

export type Change = Static<typeof ChangeSchema>;
