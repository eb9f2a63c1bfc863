import { Type, type Static } from 'typebox';
import { LongText, Name, Nullable, Slug, StrictObject, Timestamp, Url } from '../../lib/schemas.js';

export const AuthorSchema = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  name: Type.String(),
  bio: Nullable(Type.String()),
  avatarUrl: Nullable(Type.String()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Type.Integer(),
}, { $id: 'Author', title: 'Author' });

export const AuthorCreateSchema = StrictObject({
  name: Name,
  slug: Type.Optional(Slug),
  bio: Type.Optional(Nullable(LongText(5000))),
  avatarUrl: Type.Optional(Nullable(Url)),
}, { $id: 'AuthorCreate', title: 'AuthorCreate' });

export const AuthorPatchSchema = StrictObject({
  name: Type.Optional(Name),
  slug: Type.Optional(Slug),
  bio: Type.Optional(Nullable(LongText(5000))),
  avatarUrl: Type.Optional(Nullable(Url)),
}, { minProperties: 1, $id: 'AuthorPatch', title: 'AuthorPatch' });

export type Author = Static<typeof AuthorSchema>;
export type AuthorCreate = Static<typeof AuthorCreateSchema>;
export type AuthorPatch = Static<typeof AuthorPatchSchema>;
