import { Type, type Static } from 'typebox';
import { LongText, Name, Nullable, Slug, StrictObject, Timestamp } from '../../lib/schemas.js';

export const SectionRefSchema = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  path: Type.String(),
  name: Type.String(),
}, { $id: 'SectionRef', title: 'SectionRef' });

export const SectionSchema = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  description: Nullable(Type.String()),
  parentId: Nullable(Type.String()),
  position: Type.Integer(),
  path: Type.String({ description: 'Slugs from the root joined by `/`, unique: `actualites/ia`.' }),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
  feeds: Type.Ref('FeedLinks', { description: 'This section\'s feeds (its sub-sections included), by id: they survive renames and moves.' }),
  parent: Type.Optional(Nullable(Type.Ref('SectionRef'))),
  children: Type.Optional(Type.Array(Type.Ref('SectionRef'))),
}, { $id: 'Section', title: 'Section', description: 'A section; `parent` and `children` come with single reads.' });

const writable = {
  slug: Type.Optional(Slug),
  parentId: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
  description: Type.Optional(Nullable(LongText(2000))),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000 })),
};

export const SectionCreateSchema = StrictObject({ name: Name, ...writable }, { $id: 'SectionCreate', title: 'SectionCreate' });
export const SectionPatchSchema = StrictObject(
  { name: Type.Optional(Name), ...writable },
  { minProperties: 1, $id: 'SectionPatch', title: 'SectionPatch' },
);

export type Section = Static<typeof SectionSchema>;
export type SectionRef = Static<typeof SectionRefSchema>;
export type SectionCreate = Static<typeof SectionCreateSchema>;
export type SectionPatch = Static<typeof SectionPatchSchema>;
