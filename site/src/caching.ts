import { hash } from 'node:crypto';

/** Bumped when the pages' markup changes, so that a browser's copy from the previous markup is not revalidated. */
export const MARKUP_REVISION = '1';

/**
 * The API's caching headers, passed on for the page built from its answers:
 * the Cache-Control of its own answers (the shortest when there are several;
 * the header's sections, `shared`, only count in the rest), their surrogate
 * keys (a CDN in front of the site purges by the same keys), the latest
 * Last-Modified, and an ETag made of the API's ETags.
 */
export function cachingHeaders(own: Response[], shared: Response): Record<string, string> {
  const responses = [...own, shared];
  const headers: Record<string, string> = {};
  const etags = responses.map((r) => r.headers.get('etag'));
  if (etags.every((e) => e !== null)) headers.etag = `"${hash('sha1', `${MARKUP_REVISION}|${etags.join('|')}`, 'base64url').slice(0, 22)}"`;
  const controls = (own.length > 0 ? own : [shared]).map((r) => r.headers.get('cache-control')).filter((c) => c !== null);
  const shortest = controls.sort((a, b) => maxAge(a) - maxAge(b))[0];
  if (shortest) headers['cache-control'] = shortest;
  const modified = responses.map((r) => Date.parse(r.headers.get('last-modified') ?? '')).filter((t) => !Number.isNaN(t));
  if (modified.length > 0) headers['last-modified'] = new Date(Math.max(...modified)).toUTCString();
  const keys = [...new Set(responses.flatMap((r) => r.headers.get('surrogate-key')?.split(' ') ?? []))];
  if (keys.length > 0) headers['surrogate-key'] = keys.join(' ');
  return headers;
}

/** Whether a browser's If-None-Match names the page's current ETag: then a 304 with no body. */
export const isFresh = (ifNoneMatch: string | undefined, etag: string | undefined): boolean =>
  etag !== undefined && ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim() === etag);

function maxAge(cacheControl: string): number {
  return Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
}
