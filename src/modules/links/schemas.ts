import { Type, type Static } from 'typebox';
import { LongText, Nullable, StrictObject, Url } from '../../lib/schemas.js';

export const RelatedLinkSchema = Type.Object({
  position: Type.Integer(),
  kind: Type.Union([Type.Literal('article'), Type.Literal('external')]),
  label: Nullable(Type.String()),
  url: Type.Optional(Type.String({ description: 'The target article\'s reader URL, or the external URL.' })),
  title: Type.Optional(Type.String({ description: 'The target article\'s title, or the external title.' })),
  description: Nullable(Type.String({ description: 'The target\'s standfirst, or the external description.' })),
  article: Nullable(Type.Object({
    id: Type.String(),
    slug: Type.Optional(Type.String()),
    title: Type.Optional(Type.String()),
    url: Type.Optional(Type.String()),
    standfirst: Type.Optional(Type.String()),
  }, { description: 'An internal link\'s target. A partner key gets the parts its `fields` name (the id always); so do `url`, `title` and `description` above.' })),
}, { $id: 'RelatedLink', title: 'RelatedLink' });

const Label = Type.Optional(Nullable(Type.String({ maxLength: 200 })));

export const LinkInputSchema = Type.Union([
  StrictObject({
    kind: Type.Literal('article'),
    articleId: Type.String({ maxLength: 200, description: 'Id or slug of a published article.' }),
    label: Label,
  }),
  StrictObject({
    kind: Type.Literal('external'),
    url: Url,
    title: Type.String({ minLength: 1, maxLength: 300 }),
    description: Type.Optional(Nullable(LongText(1000))),
    label: Label,
  }),
]);

export const LinksPutSchema = StrictObject({
  links: Type.Array(LinkInputSchema, { maxItems: 50 }),
}, { $id: 'RelatedLinksPut', title: 'RelatedLinksPut' });

export type RelatedLink = Static<typeof RelatedLinkSchema>;
export type LinkInput = Static<typeof LinkInputSchema>;
