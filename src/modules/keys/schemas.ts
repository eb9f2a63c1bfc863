import { Type } from 'typebox';
import { Name, Nullable, StrictObject, Timestamp } from '../../lib/schemas.js';
import { articleFields } from '../articles/schemas.js';
import { scopes } from './service.js';

export const ScopeSchema = Type.Enum(scopes);

const entitlements = {
  sections: Nullable(Type.Array(Type.String(), {
    description: 'The sections (ids) this partner key may read, each with its sub-sections; null for all.',
  })),
  fields: Nullable(Type.Array(Type.String(), {
    description: 'The article fields this partner key receives (e.g. no `body` for headlines only); null for all.',
  })),
  embargoAccess: Type.Boolean({ description: 'Whether this key sees articles still under embargo (with `embargoUntil`).' }),
  rateLimit: Nullable(Type.Integer({ description: 'Requests per minute; null takes the server default for keys.' })),
};

export const ApiKeySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters of the secret, to recognise a key.' }),
  scopes: Type.Array(Type.String()),
  ...entitlements,
  createdAt: Timestamp,
  lastUsedAt: Nullable(Timestamp),
  revokedAt: Nullable(Timestamp),
}, { $id: 'ApiKey', title: 'ApiKey' });

export const ApiKeyUsageSchema = Type.Object({
  ...ApiKeySchema.properties,
  usage: Type.Array(Type.Object({
    date: Type.String({ format: 'date', description: 'A UTC day.' }),
    requests: Type.Integer({ minimum: 1 }),
  }), { description: 'Requests per UTC day over the last 30 days, newest first; days without requests are left out.' }),
}, { $id: 'ApiKeyWithUsage', title: 'ApiKeyWithUsage' });

export const NewApiKeySchema = Type.Object({
  ...ApiKeySchema.properties,
  key: Type.String({ description: 'The secret, shown this once: store it now.' }),
}, { $id: 'NewApiKey', title: 'NewApiKey' });

export const ApiKeyCreateSchema = StrictObject({
  name: Name,
  scopes: Type.Array(ScopeSchema, { minItems: 1, maxItems: 4, uniqueItems: true }),
  sections: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 300 }), {
    minItems: 1, maxItems: 100, uniqueItems: true,
    description: 'A partner key: the sections (ids or paths) it may read, each with its sub-sections. Read-only keys only.',
  })),
  fields: Type.Optional(Type.Array(Type.Enum(articleFields), {
    minItems: 1, uniqueItems: true, description: 'A partner key: the article fields it receives (`id` always). Read-only keys only.',
  })),
  embargoAccess: Type.Optional(Type.Boolean({ description: 'A partner key that sees embargoed articles. Read-only keys only.' })),
  rateLimit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'Requests per minute for this key.' })),
}, { $id: 'ApiKeyCreate', title: 'ApiKeyCreate' });
