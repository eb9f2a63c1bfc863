import { Type } from 'typebox';
import { Nullable } from '../../lib/schemas.js';

export const RelatedItemSchema = Type.Object({
  source: Type.Enum(['curated', 'automatic'], { description: 'Curated links (in the editor\'s order) come first, then automatic matches.' }),
  kind: Type.Enum(['article', 'external']),
  title: Type.Optional(Type.String({ description: 'The article\'s (or external link\'s) title; left out for a partner key without `title`.' })),
  url: Type.Optional(Type.String({ description: 'Its reader URL; left out for a partner key without `url`.' })),
  description: Nullable(Type.String({ description: 'Its standfirst; null for a partner key without `standfirst`.' })),
  label: Nullable(Type.String()),
  article: Nullable(Type.Ref('Article')),
  score: Nullable(Type.Number({ description: 'Relevance of an automatic match; null for curated links.' })),
}, { $id: 'RelatedItem', title: 'RelatedItem' });
