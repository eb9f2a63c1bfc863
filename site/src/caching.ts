import { hash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** Bumped when the pages' markup changes, so that a browser's copy from the previous markup is not revalidated. */
export const MARKUP_REVISION = '1';

/**
 * The API's caching headers, passed on for the page built from its answers:
 * the Cache-Control of its own answers (the shortest when there are several;
 * the header's sections, `shared`, only count in the rest), their
 * surrogate keys (a CDN in front of the site purges by the same keys), the
 * latest Last-Modified, and an ETag made of the API's ETags. A browser's
 * If-None-Match that still matches is answered 304 with no body.
 */
export function passThrough(request: FastifyRequest, reply: FastifyReply, own: Response[], shared: Response): boolean {
  const responses = [...own, shared];
  const etags = responses.map((r) => r.headers.get('etag'));
  if (etags.every((e) => e !== null)) {
    reply.header('etag', `"${hash('sha1', `${MARKUP_REVISION}|${etags.join('|')}`, 'base64url').slice(0, 22)}"`);
  }
  const controls = (own.length > 0 ? own : [shared]).map((r) => r.headers.get('cache-control')).filter((c) => c !== null);
  const shortest = controls.sort((a, b) => maxAge(a) - maxAge(b))[0];
  if (shortest) reply.header('cache-control', shortest);
  const modified = responses.map((r) => Date.parse(r.headers.get('last-modified') ?? '')).filter((t) => !Number.isNaN(t));
  if (modified.length > 0) reply.header('last-modified', new Date(Math.max(...modified)).toUTCString());
  const keys = [...new Set(responses.flatMap((r) => r.headers.get('surrogate-key')?.split(' ') ?? []))];
  if (keys.length > 0) reply.header('surrogate-key', keys.join(' '));
  const given = request.headers['if-none-match'];
  const etag = reply.getHeader('etag');
  return etag !== undefined && given !== undefined && given.split(',').some((tag) => tag.trim() === etag);
}

function maxAge(cacheControl: string): number {
  return Number(/max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0);
}
