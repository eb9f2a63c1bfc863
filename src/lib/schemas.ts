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
  cursor: Type.Optional(Type.String({
    minLength: 1, maxLength: 2048,
    description: 'The `meta.nextCursor` of the previous page, with the same filters (the `Link: rel="next"` header repeats them): '
      + 'a cursor is a position in one list, and used with other filters it is a 400 `INVALID_CURSOR`. Opaque and sealed.',
  })),
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

const header = (description: string) => ({ type: 'string', description });

/** The headers every cacheable read sends. */
export const cacheHeaders = {
  etag: header('A strong validator computed from the versions of everything the answer shows; send it back in If-None-Match.'),
  'last-modified': header('The latest change among everything the answer shows.'),
  'cache-control': header('By class of answer (items, lists), `private` when it depends on a partner key, `no-store` for previews.'),
  vary: header('Authorization (and Accept where the representation depends on it).'),
  'surrogate-key': header('Space-separated ids of the articles, sections, authors and tags shown, for precise CDN purges.'),
  'cache-tag': header('The same keys, comma-separated (Cloudflare).'),
  'edge-cache-tag': header('The same keys, comma-separated (Akamai).'),
  'ratelimit-limit': { type: 'integer', description: 'Requests allowed in the current one-minute window.' },
  'ratelimit-remaining': { type: 'integer', description: 'Requests left in the current window.' },
  'ratelimit-reset': { type: 'integer', description: 'Seconds until the window resets.' },
};

/** The header of an answer whose ETag is its version: send it back in If-Match. */
export const versionHeaders = { etag: header('The version, for If-Match on the next write.') };

export const notModifiedResponse = { type: 'null', description: 'Not modified: the ETag (or date) the client sent is current.' } as const;

/** The success responses of a cacheable read: 200 with its caching headers, and 304. */
export const cachedRead = <T extends object>(schema: T) => ({ 200: { ...schema, headers: cacheHeaders }, 304: notModifiedResponse });
/** The headers of a write's answer: the surrogate keys it invalidates. */
export const purgeHeaders = {
  'surrogate-key': { type: 'string', description: 'Space-separated keys of every cached answer this write invalidates.' },
  'cache-tag': { type: 'string', description: 'The same keys, comma-separated (Cloudflare).' },
  'edge-cache-tag': { type: 'string', description: 'The same keys, comma-separated (Akamai).' },
};
