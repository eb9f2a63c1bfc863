import { hash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NotFound, PreconditionFailed } from './errors.js';
import { missingKeys } from './keys.js';
import { receives } from './reader.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The latest instant a write purged any of these surrogate keys, 0 if none did (changes/repository.ts). */
    lastPurged(keys: string[]): Promise<number>;
  }
}

/** The query parameters a paged list declares (the properties of its querystring schema, `cursor` among them). */
export function declaredParameters(request: FastifyRequest): Record<string, unknown> {
  return (request.routeOptions.schema!.querystring as { properties: Record<string, unknown> }).properties;
}

/**
 * Sets the `Link: rel="next"` header to this URL with `cursor` replaced, and
 * without the query parameters the route does not declare (cache-busters):
 * the response cache keeps one answer for all of them.
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

/** Sets the ETag of an answer its version alone identifies (a webhook), for If-Match; returns the answer. */
export function withVersionEtag<T extends { version: number }>(reply: FastifyReply, answer: T): T {
  reply.header('etag', `"${answer.version}"`);
  return answer;
}

/** Throws 412 when If-Match names neither `*` nor the current version. */
export function checkIfMatch(ifMatch: string | undefined, currentVersion: number): void {
  if (ifMatch === undefined || ifMatch.trim() === '*') return;
  const ok = ifMatch.split(',').some((tag) => etagVersion(tag) === currentVersion);
  if (!ok) throw new PreconditionFailed();
}

export const iso = (ms: number): string => new Date(ms).toISOString();

const HOUR = 3_600_000;
/** The start of the hour an instant falls in: time-decayed scores are computed as at then, and hold for the hour. */
export const hourStart = (ms: number): number => Math.floor(ms / HOUR) * HOUR;
export const isoOrNull = (ms: number | null): string | null => (ms === null ? null : iso(ms));

/**
 * Sets what a cacheable read depends on: its validators (ETag, Last-Modified)
 * and the surrogate keys a CDN purges it by (Surrogate-Key for Fastly and
 * others, Cache-Tag for Cloudflare and Akamai). The conditional plugin adds
 * Cache-Control and turns the answer into a 304 when the client's copy is
 * current, whether it came from a handler or the response cache.
 */
export async function validate(request: FastifyRequest, reply: FastifyReply, v: Validators): Promise<void> {
  setValidators(reply, v, await lastModifiedOf(request, v));
}

function setValidators(reply: FastifyReply, v: Validators, lastModified: number): void {
  reply.header('etag', v.etag).header('last-modified', new Date(lastModified).toUTCString());
  setSurrogateKeys(reply, v.surrogateKeys);
}

/**
 * An answer changed at the latest when any of its keys was last purged: an
 * article that left a list (unpublished, moved) shows in no date of the
 * articles left in it, but the write that took it out purged the list's keys.
 */
async function lastModifiedOf(request: FastifyRequest, v: Validators): Promise<number> {
  return Math.max(v.lastModified, await request.server.lastPurged(v.surrogateKeys));
}

/** The headers naming surrogate keys, one per CDN convention. */
export const SURROGATE_HEADERS = ['surrogate-key', 'cache-tag', 'edge-cache-tag'] as const;

/**
 * Names the keys an answer is purged by (a read) or purges (a write):
 * `Surrogate-Key` space-separated (Fastly, Varnish with xkey), `Cache-Tag`
 * (Cloudflare) and `Edge-Cache-Tag` (Akamai) comma-separated.
 */
export function setSurrogateKeys(reply: FastifyReply, keys: string[]): void {
  if (keys.length === 0) return;
  const listed = keys.join(',');
  reply.header('surrogate-key', keys.join(' ')).header('cache-tag', listed).header('edge-cache-tag', listed);
}

/** The headers that describe a successful answer for caches: an error must not keep them. */
const ANSWER_HEADERS = ['etag', 'last-modified', 'link', 'cache-control', ...SURROGATE_HEADERS];

/**
 * Clears what a handler set before it failed, and names the keys of a read's
 * 404: the writes that could make what was missing exist purge them.
 */
export function errorCacheHeaders(request: FastifyRequest, reply: FastifyReply, error: unknown): void {
  for (const name of ANSWER_HEADERS) reply.removeHeader(name);
  if (error instanceof NotFound && (request.method === 'GET' || request.method === 'HEAD')) setSurrogateKeys(reply, missingKeys(error.subject));
}

/**
 * A strong ETag that is a digest of an answer's text: equal texts, equal tags.
 * The answer of a writable resource leads with its version, which If-Match compares.
 */
export function digestEtag(text: string, version?: number): string {
  const digest = hash('sha1', text, 'base64url').slice(0, 22);
  return version === undefined ? `"${digest}"` : `"${version}-${digest}"`;
}

/**
 * Validators for small answers made of stored entities (sections, authors,
 * tags): a hash of the data itself, which already carries every version it
 * shows (led by the entity's version for one entity), and the latest
 * `updatedAt` among its items; `keys` are its surrogate keys.
 */
export function validateData<T extends { updatedAt?: string; version?: number }>(
  request: FastifyRequest, reply: FastifyReply, data: T | T[], keys: string[], variant = '',
): Promise<void> {
  const items = Array.isArray(data) ? data : [data];
  // One entity's ETag is one If-Match takes: it leads with the version.
  const etag = digestEtag(variant + JSON.stringify(data), Array.isArray(data) ? undefined : data.version);
  const lastModified = Math.max(0, ...items.map((i) => Date.parse(i.updatedAt!)));
  return validate(request, reply, { etag, lastModified, surrogateKeys: keys });
}

type Validators = { etag: string; lastModified: number; surrogateKeys: string[] };

/**
 * Answers a revalidation before the answer is built, from its validators
 * alone (computed only when the request carries If-None-Match or
 * If-Modified-Since): when the client's copy is current, sets them and a 304
 * and resolves with true; when it is stale, with the validators computed
 * (what they found can spare the full read a lookup); otherwise undefined.
 * The conditional plugin adds Cache-Control and Vary. An answer the response
 * cache is waiting to store is built in full instead, so that the
 * revalidations after it are hits.
 */
export async function notModified<V extends Validators>(
  request: FastifyRequest, reply: FastifyReply, validatorsOf: () => Promise<V>,
): Promise<true | V | undefined> {
  if (!isConditional(request) || request.cacheSlot) return undefined;
  const v = await validatorsOf();
  const lastModified = await lastModifiedOf(request, v);
  if (!isFresh(request, v.etag, lastModified)) return v;
  setValidators(reply, v, lastModified);
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
export function isFresh(request: FastifyRequest, etag: string, lastModified: number | (() => number)): boolean {
  const inm = request.headers['if-none-match'];
  // The tag a client got back, as it was sent: the common case, compared whole.
  if (inm !== undefined) return inm === etag || inm.split(',').some((tag) => tag.trim() === '*' || tag.trim().replace(/^W\//, '') === etag);
  const ims = receives(request.reader, 'updatedAt') ? request.headers['if-modified-since'] : undefined;
  if (ims === undefined) return false;
  // An answer's Last-Modified (an HTTP date) is parsed only when a client sends a date to compare with.
  const modified = typeof lastModified === 'number' ? lastModified : lastModified();
  return Math.floor(modified / 1000) <= Math.floor(Date.parse(ims) / 1000);
}

/** Names what a write invalidates, for a CDN purge (see setSurrogateKeys). */
export function purgeKeys<T>(reply: FastifyReply, tracked: { result: T; surrogateKeys: string[] }): T {
  setSurrogateKeys(reply, tracked.surrogateKeys);
  return tracked.result;
}
