import { Type, type TSchema, type TProperties } from 'typebox';
import { SLUG_PATTERN } from '../content/slug.js';

/** A request body object: unknown properties are a 400, never dropped. */
export const StrictObject = <P extends TProperties>(properties: P, options: object = {}) =>
  Type.Object(properties, { additionalProperties: false, ...options });

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const Slug = Type.String({ pattern: SLUG_PATTERN, minLength: 1, maxLength: 120, description: 'Lower case ASCII words joined by dashes.' });
export const Timestamp = Type.String({ format: 'date-time', description: 'RFC 3339, UTC.' });
export const Url = Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048 });
export const Name = Type.String({ minLength: 1, maxLength: 200 });
export const LongText = (maxLength: number) => Type.String({ maxLength });

export const ListQuery = {
  limit: Type.Integer({ minimum: 1, maximum: 100, default: 20, description: 'Items per page.' }),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, description: 'The `meta.nextCursor` of the previous page.' })),
};

export const Page = <T extends TSchema>(item: T) => Type.Object({
  data: Type.Array(item),
  meta: Type.Object({
    limit: Type.Integer(),
    nextCursor: Nullable(Type.String()),
  }),
});

export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(Type.String({ maxLength: 200, description: 'The ETag of the version this write is based on; a stale one gets 412.' })),
});

/** The headers every cacheable read sends. */
export const cacheHeaders = {
  etag: { type: 'string' }, 'last-modified': { type: 'string' }, 'cache-control': { type: 'string' }, 'surrogate-key': { type: 'string' },
};

export const notModifiedResponse = { type: 'null', description: 'Not modified: the ETag (or date) the client sent is current.' } as const;

/** The headers of a write's answer: the surrogate keys it invalidates. */
export const purgeHeaders = {
  'surrogate-key': { type: 'string', description: 'Space-separated keys of every cached answer this write invalidates.' },
  'cache-tag': { type: 'string', description: 'The same keys, comma-separated.' },
};
