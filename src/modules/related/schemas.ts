import { Type } from 'typebox';
import { Nullable } from '../../lib/schemas.js';

export const RelatedItemSchema = Type.Object({
  source: Type.Enum(['curated', 'automatic'], { description: 'Curated links (in the editor\'s order) come first, then automatic matches.' }),
  kind: Type.Enum(['article', 'external']),
  title: Type.String(),
  url: Type.String(),
  description: Nullable(Type.String()),
  label: Nullable(Type.String()),
  article: Nullable(Type.Ref('Article')),
  score: Nullable(Type.Number({ description: 'Relevance of an automatic match; null for curated links.' })),
}, { $id: 'RelatedItem', title: 'RelatedItem' });
