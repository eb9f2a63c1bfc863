import type { FastifyReply, FastifyRequest } from 'fastify';
import { PreconditionFailed } from './errors.js';

/** Sets the `Link: rel="next"` header to this URL with `cursor` replaced. */
export function linkNext(request: FastifyRequest, reply: FastifyReply, nextCursor: string | null): void {
  if (nextCursor === null) return;
  const url = new URL(request.url, 'http://x');
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
 * and, for shared caches, Cache-Control, Vary and the surrogate keys to purge
 * it by. The conditional plugin turns the answer into a 304 when the client's
 * copy is current, whether it came from a handler or the response cache.
 */
export function validate(
  request: FastifyRequest, reply: FastifyReply, v: { etag: string; lastModified: number; surrogateKeys: string[] },
): void {
  reply.header('etag', v.etag).header('last-modified', new Date(v.lastModified).toUTCString());
  cacheFor(request, reply, v.surrogateKeys);
}

/**
 * Whether the client's copy is current: If-None-Match (weak comparison)
 * wins over If-Modified-Since (RFC 9110 §13.2.2).
 */
export function isFresh(request: FastifyRequest, etag: string, lastModified: number): boolean {
  const inm = request.headers['if-none-match'];
  const ims = request.headers['if-modified-since'];
  return inm !== undefined
    ? inm.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag)
    : ims !== undefined && Math.floor(lastModified / 1000) <= Math.floor(Date.parse(ims) / 1000);
}

/** Shared caches may keep what anonymous readers see; previews never. */
function cacheFor(request: FastifyRequest, reply: FastifyReply, surrogateKeys: string[]): void {
  reply.header('vary', 'Authorization');
  reply.header('cache-control', request.canPreview
    ? 'private, no-store'
    : 'public, max-age=60, s-maxage=300, stale-while-revalidate=600');
  reply.header('surrogate-key', surrogateKeys.join(' '));
}

/**
 * Names what a write invalidates, for a CDN purge: `Surrogate-Key` space
 * separated (Fastly and others), `Cache-Tag` comma separated (Cloudflare, Akamai).
 */
export function purgeKeys<T>(reply: FastifyReply, tracked: { result: T; surrogateKeys: string[] }): T {
  reply.header('surrogate-key', tracked.surrogateKeys.join(' ')).header('cache-tag', tracked.surrogateKeys.join(','));
  return tracked.result;
}
