import { Type, type Static } from 'typebox';
import { Name, Slug, StrictObject, Timestamp } from '../../lib/schemas.js';
import { tagTypes } from '../../db/schema.js';

export const TagType = Type.Enum(tagTypes, {
  description: 'topic, person, organisation, place or event (they map to ninjs subjects, people, organisations, places and events).',
});

export const TagSchema = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  type: TagType,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
}, { $id: 'Tag', title: 'Tag' });

export const TagCreateSchema = StrictObject({
  name: Name,
  slug: Type.Optional(Slug),
  type: TagType,
}, { $id: 'TagCreate', title: 'TagCreate' });

export const TagPatchSchema = StrictObject({
  name: Type.Optional(Name),
  slug: Type.Optional(Slug),
  type: Type.Optional(TagType),
}, { minProperties: 1, $id: 'TagPatch', title: 'TagPatch' });

export type Tag = Static<typeof TagSchema>;
export type TagCreate = Static<typeof TagCreateSchema>;
export type TagPatch = Static<typeof TagPatchSchema>;
