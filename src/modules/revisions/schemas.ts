import { Type, type Static } from 'typebox';
import { revisionEvents } from '../../db/schema.js';
import { Nullable, Timestamp } from '../../lib/schemas.js';
import { ArticleStatus, PubStatus } from '../articles/schemas.js';

const Text = Nullable(Type.String());

const RevisionLinkSchema = Type.Object({
  kind: Type.Union([Type.Literal('article'), Type.Literal('external')]),
  articleId: Nullable(Type.String({ description: 'The target article of an internal link.' })),
  url: Text, title: Text, description: Text, label: Text,
});

/**
 * An article as one of its versions was: what an editor wrote (the body as
 * Markdown, references by id), not the reader's representation rendered from it.
 */
export const ArticleVersionSchema = Type.Object({
  id: Type.String(),
  version: Type.Integer(),
  slug: Type.String(),
  title: Type.String(),
  standfirst: Nullable(Type.String({ description: 'As written: null when the standfirst fell back to the first paragraph.' })),
  body: Type.String({ description: 'The Markdown source.' }),
  lang: Type.String(),
  status: ArticleStatus,
  pubStatus: PubStatus,
  sectionId: Type.String(),
  authorIds: Type.Array(Type.String()),
  tagIds: Type.Array(Type.String()),
  publishAt: Nullable(Timestamp),
  embargoUntil: Nullable(Timestamp),
  firstPublishedAt: Nullable(Timestamp),
  heroImage: Nullable(Type.Ref('HeroImage')),
  canonicalUrl: Text,
  seo: Type.Object({ title: Text, description: Text }),
  links: Type.Array(RevisionLinkSchema, { description: 'The curated related links, in order.' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
}, { $id: 'ArticleVersion', title: 'ArticleVersion' });

const revisionProperties = {
  version: Type.Integer(),
  current: Type.Boolean({ description: 'Whether this is the article\'s current version.' }),
  at: Timestamp,
  by: Nullable(Type.Object({
    keyId: Type.String(),
    name: Type.String({ description: 'The API key\'s name when it wrote this version.' }),
  }, { description: 'Who wrote this version; null when that was not recorded (before history was kept, or pruned).' })),
  event: Nullable(Type.Enum(revisionEvents, { description: 'How this version was made; null when not recorded.' })),
  restoredFrom: Nullable(Type.Integer({ description: 'The version a restore brought back.' })),
  changes: Nullable(Type.Array(Type.String(), {
    description: 'The fields this version changed (for a creation, the fields it set); null when not recorded.',
  })),
};

export const RevisionSchema = Type.Object(revisionProperties, { $id: 'Revision', title: 'Revision' });

export const RevisionPageSchema = Type.Object({
  data: Type.Array(Type.Ref('Revision')),
  meta: Type.Object({ limit: Type.Integer(), nextCursor: Nullable(Type.String()) }),
}, { $id: 'RevisionPage', title: 'RevisionPage' });

export const ArticleRevisionSchema = Type.Object({
  ...revisionProperties,
  article: Type.Ref('ArticleVersion'),
}, { $id: 'ArticleRevision', title: 'ArticleRevision' });

export const diffOps = ['equal', 'insert', 'delete'] as const;

export const RevisionDiffSchema = Type.Object({
  from: Type.Ref('Revision'),
  to: Type.Ref('Revision'),
  fields: Type.Array(Type.String(), { description: 'Every field that differs, `body` included.' }),
  changes: Type.Array(Type.Object({
    field: Type.String(),
    from: Type.Unknown({ description: 'The value in `from`.' }),
    to: Type.Unknown({ description: 'The value in `to`.' }),
  }), { description: 'Each field that differs but the body, with its two values.' }),
  body: Nullable(Type.Object({
    granularity: Type.Enum(['words', 'whole'], {
      description: '`words`, or `whole` when two bodies differ too much to compare in time: all of one out, all of the other in.',
    }),
    parts: Type.Array(Type.Object({ op: Type.Enum(diffOps), text: Type.String() })),
  }, { description: 'The Markdown body as a word-level diff (whitespace runs and line breaks are tokens); null when unchanged.' })),
}, { $id: 'RevisionDiff', title: 'RevisionDiff' });

export type ArticleVersion = Static<typeof ArticleVersionSchema>;
export type Revision = Static<typeof RevisionSchema>;
export type RevisionDiff = Static<typeof RevisionDiffSchema>;
