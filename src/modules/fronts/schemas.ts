import { Type } from 'typebox';
import { Nullable } from '../../lib/schemas.js';

export const SectionFrontSchema = Type.Object({
  section: Type.Ref('Section'),
  breadcrumb: Type.Array(Type.Ref('SectionRef'), { description: 'From the root to this section.' }),
  pinned: Type.Array(Type.Ref('Article'), { description: 'Editor-pinned articles, in order (first page only).' }),
  articles: Type.Array(Type.Ref('Article'), { description: 'The latest articles of the section and its sub-sections, pinned ones left out.' }),
  meta: Type.Object({ limit: Type.Integer(), nextCursor: Nullable(Type.String()) }),
}, { $id: 'SectionFront', title: 'SectionFront' });
