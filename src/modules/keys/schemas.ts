import { Type } from 'typebox';
import { Name, Nullable, StrictObject, Timestamp } from '../../lib/schemas.js';
import { scopes } from './service.js';

export const ScopeSchema = Type.Enum(scopes);

export const ApiKeySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters of the secret, to recognise a key.' }),
  scopes: Type.Array(Type.String()),
  createdAt: Timestamp,
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
}, { $id: 'ApiKey', title: 'ApiKey' });

export const NewApiKeySchema = Type.Object({
  ...ApiKeySchema.properties,
  key: Type.String({ description: 'The secret, shown this once: store it now.' }),
}, { $id: 'NewApiKey', title: 'NewApiKey' });

export const ApiKeyCreateSchema = StrictObject({
  name: Name,
  scopes: Type.Array(ScopeSchema, { minItems: 1, maxItems: 4, uniqueItems: true }),
}, { $id: 'ApiKeyCreate', title: 'ApiKeyCreate' });
