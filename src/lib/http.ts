import { hash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { PreconditionFailed } from './errors.js';
import { receives } from './reader.js';

/** The query parameters a route declares (the properties of its querystring schema). */
export function declaredParameters(request: FastifyRequest): Record<string, unknown> {
  const schema = request.routeOptions.schema?.querystring as { properties?: Record<string, unknown> } | undefined;
  return schema?.properties ?? {};
}

/**
 * Sets the `Link: rel="next"` header to this URL with `cursor` replaced and
 * without the parameters the route does not declare: the answer, cached once
 * for every such URL (see response-cache.ts), carries one link for all.
 */
export function linkNext(request: FastifyRequest, reply: FastifyReply, nextCursor: string | null): void {
  if (nextCursor === null) return;
  const url = new URL(request.url, 'http://x');
  const declared = declaredParameters(request);
  for (const name of [...url.searchParams.keys()]) if (!Object.hasOwn(declared, name)) url.searchParams.delete(name);
  url.searchParams.set('cursor', nextCursor);
  reply.header('link', `<${url.pathname}${url.search}>; rel="next"`);
}

/** Sets the `Link: rel="next"` header of a keyset page and returns its body. */
export function page<T>(request: FastifyRequest, reply: FastifyReply, data: T[], limit: number, nextCursor: string | null) {
  linkNext(request, reply, nextCursor);
  return { data, meta: { limit, nextCursor } };
}

/** Version-based entity tags: `"<version>-<variant>"`; If-Match compares the version. */
export function etagVersion(etag: string): number | null {
  const match = /^(?:W\/)?"(\d+)(?:-[^"]*)?"$/.exec(etag.trim());
  return match ? Number(match[1]) : null;
}

/** Throws 412 when If-Match names neither `*` nor the current version. */
export function checkIfMatch(ifMatch: string | undefined, currentVersion: number): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const ok = ifMatch.split(',').some((tag) => etagVersion(tag) === currentVersion);
  if (!ok) throw new PreconditionFailed();
}

export const iso = (ms: number): string => new Date(ms).toISOString();
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

/**
 * Sets what a cacheable read depends on: its validators (ETag, Last-Modified)
 * and the surrogate keys a CDN purges it by (Surrogate-Key for Fastly and
 * others, Cache-Tag for Cloudflare and Akamai). The conditional plugin adds
 * Cache-Control and turns the answer into a 304 when the client's copy is
 * current, whether it came from a handler or the response cache.
 */
export function validate(_request: FastifyRequest, reply: FastifyReply, v: Validators): void {
  reply.header('etag', v.etag).header('last-modified', new Date(v.lastModified).toUTCString());
  if (v.surrogateKeys.length) reply.header('surrogate-key', v.surrogateKeys.join(' ')).header('cache-tag', v.surrogateKeys.join(','));
}

/** A strong ETag that is a digest of an answer's text: equal texts, equal tags. */
export function digestEtag(text: string): string {
  return `"${hash('sha1', text, 'base64url').slice(0, 22)}"`;
}

/**
 * Validators for small answers made of stored entities (sections, authors,
 * tags): a hash of the data itself, which already carries every version it
 * shows, and the latest `updatedAt` among its items.
 */
export function validateData<T extends { id?: string; updatedAt?: string }>(
  request: FastifyRequest, reply: FastifyReply, data: T | T[], keys: string[] = [], variant = '',
): void {
  const items = Array.isArray(data) ? data : [data];
  const etag = digestEtag(variant + JSON.stringify(data));
  const lastModified = Math.max(0, ...items.map((i) => Date.parse(i.updatedAt!)));
  validate(request, reply, { etag, lastModified, surrogateKeys: [...keys, ...items.map((i) => i.id!)] });
}

type Validators = { etag: string; lastModified: number; surrogateKeys: string[] };

/**
 * Answers a revalidation before the answer is built, from its validators
 * alone (computed only when the request carries If-None-Match or
 * If-Modified-Since): when the client's copy is current, sets them and a 304
 * and returns true; the conditional plugin adds Cache-Control and Vary. An
 * answer the response cache is waiting to store is built in full instead,
 * so that the revalidations after it are hits.
 */
export function notModified(request: FastifyRequest, reply: FastifyReply, validatorsOf: () => Validators): boolean {
  if (!isConditional(request) || request.cacheSlot) return false;
  const v = validatorsOf();
  if (!isFresh(request, v.etag, v.lastModified)) return false;
  validate(request, reply, v);
  reply.code(304);
  return true;
}

/** Whether the request carries a validator at all (most do not: nothing to compare). */
export function isConditional(request: FastifyRequest): boolean {
  return request.headers['if-none-match'] !== undefined || request.headers['if-modified-since'] !== undefined;
}

/**
 * Whether the client's copy is current: If-None-Match (weak comparison)
 * wins over If-Modified-Since (RFC 9110 §13.2.2). A partner key that does not
 * receive `updatedAt` gets no Last-Modified, and its If-Modified-Since is
 * ignored: answering 304 or 200 to chosen dates would tell the date.
 */
export function isFresh(request: FastifyRequest, etag: string, lastModified: number): boolean {
  const inm = request.headers['if-none-match'];
  const ims = receives(request.reader, 'updatedAt') ? request.headers['if-modified-since'] : undefined;
  return inm !== undefined
    ? inm.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag)
    : ims !== undefined && Math.floor(lastModified / 1000) <= Math.floor(Date.parse(ims) / 1000);
}

/**
 * Names what a write invalidates, for a CDN purge: `Surrogate-Key` space
 * separated (Fastly and others), `Cache-Tag` comma separated (Cloudflare, Akamai).
 */
export function purgeKeys<T>(reply: FastifyReply, tracked: { result: T; surrogateKeys: string[] }): T {
  reply.header('surrogate-key', tracked.surrogateKeys.join(' ')).header('cache-tag', tracked.surrogateKeys.join(','));
  return tracked.result;
}
