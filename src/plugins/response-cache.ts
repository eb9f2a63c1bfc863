import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import { declaredParameters } from '../lib/http.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * What a GET's answer depends on, for the response cache: `content`
     * (articles and the rest), `views` (content and the most-read counts),
     * or false for answers never cached. /v1 GETs default to `content`.
     */
    cache?: false | 'content' | 'views';
    /** For answers that vary on more than the URL (Accept): what to add to the cache key. */
    cacheVariant?: (request: FastifyRequest) => string;
  }
  interface FastifyRequest {
    /** Set on a cacheable miss: where to store the answer, and the versions it was computed at. */
    cacheSlot: { key: string; content: number; views: number } | null;
  }
  interface FastifyInstance {
    responseCache: ResponseCache;
  }
}

export interface CacheSources {
  now: () => number;
  /** Changes whenever another process committed to the database (PRAGMA data_version). */
  externalVersion: () => number;
  /** Changes with every flush of the view counters. */
  viewsVersion: () => number;
  /** The next instant a scheduled article or an embargo makes content appear, or null. */
  nextTransition: (now: number) => number | null;
}

interface Entry {
  /** Encoded once: a hit sends bytes, with no UTF-8 encoding or length to compute. */
  payload: Buffer;
  headers: Record<string, string>;
  content: number;
  views: number;
  expires: number;
}

const KEPT_HEADERS = ['content-type', 'etag', 'last-modified', 'surrogate-key', 'cache-tag', 'vary', 'link'];
const HOUR = 3_600_000;
/**
 * How long other processes' commits may go unseen. PRAGMA data_version takes
 * the database's read lock (system calls): once per request, it cost as much
 * as the rest of a hit. This process's own writes are seen at once.
 */
export const EXTERNAL_CHECK_MS = 25;

/**
 * The part of the URL an answer depends on: the path, and the query
 * parameters the route declares as the router parsed them (the handler reads
 * nothing else), by name. A parameter the route ignores (a cache-buster)
 * makes no new entry: each one used to cost a miss, and a new entry.
 */
function cachedUrl(request: FastifyRequest): string {
  const start = request.url.indexOf('?');
  if (start === -1) return request.url;
  const declared = declaredParameters(request);
  const query = request.query as Record<string, unknown>;
  const kept = Object.keys(query).filter((name) => Object.hasOwn(declared, name)).sort().map((name) => [name, query[name]]);
  const path = request.url.slice(0, start);
  return kept.length === 0 ? path : `${path}?${JSON.stringify(kept)}`;
}

export interface ResponseCache {
  /** `versionChecks`: how often other processes' commits were looked for. */
  stats: { hits: number; misses: number; stores: number; versionChecks: number };
  /** Marks every cached answer stale: called after each content write. */
  invalidate(): void;
  size(): number;
}

/**
 * An in-memory cache of serialised GET answers for callers without preview,
 * bounded in bytes (LRU). An entry is served only while nothing it depends
 * on has changed: no content write here since (nor in another process, seen
 * within EXTERNAL_CHECK_MS), no new view counts if it shows them, and no
 * schedule or embargo has come due.
 * A hit costs a map lookup and a send.
 */
export default fp(async function responseCache(app: FastifyInstance, options: CacheSources & { maxBytes: number }) {
  const entries = new LRUCache<string, Entry>({ maxSize: options.maxBytes, sizeCalculation: (e) => e.payload.length + 200 });
  let content = 0;
  let external: number | null = null;
  let checkedAt = -Infinity;
  // The next schedule or embargo end; undefined until looked up again after a write.
  let transition: number | null | undefined;
  const stats = { hits: 0, misses: 0, stores: 0, versionChecks: 0 };
  const invalidate = () => {
    content++;
    transition = undefined;
  };
  app.decorate('responseCache', { stats, invalidate, size: () => entries.size });
  app.decorateRequest('cacheSlot', null);

  /** The content version now, after looking for other processes' writes and for schedules come due. */
  function current(now: number): number {
    const at = performance.now();
    if (at - checkedAt >= EXTERNAL_CHECK_MS) {
      checkedAt = at;
      stats.versionChecks++;
      const seen = options.externalVersion();
      if (seen !== external) {
        external = seen;
        invalidate();
      }
    }
    if (transition !== undefined && transition !== null && now >= transition) invalidate();
    transition ??= options.nextTransition(now);
    return content;
  }

  // A hit is sent, not returned: `reply` returned from a hook or handler is awaited as a thenable
  // (listeners on the response).
  app.addHook('onRequest', function serveCached(request: FastifyRequest, reply: FastifyReply, done: () => void) {
    const kind = request.routeOptions.config.cache ?? (request.routeOptions.url?.startsWith('/v1/') ? 'content' : false);
    if (request.method !== 'GET' || kind === false || request.reader.preview) return done();
    const now = options.now();
    const versions = { content: current(now), views: options.viewsVersion() };
    // Partners see their own entitlement's answers, apart from everyone else's; some routes vary by header too.
    const variant = request.routeOptions.config.cacheVariant?.(request) ?? '';
    const url = cachedUrl(request);
    const key = request.reader.partition === '' ? url + variant : `${request.reader.partition} ${url}${variant}`;
    const entry = entries.get(key);
    if (!entry || entry.content !== versions.content || now >= entry.expires || (kind === 'views' && entry.views !== versions.views)) {
      stats.misses++;
      // The versions are those seen now, before the handler reads: a write
      // landing before this answer is stored leaves it stale, never served.
      request.cacheSlot = { key, ...versions };
      return done();
    }
    stats.hits++;
    // The conditional plugin answers 304 from these headers when the client's copy is current.
    reply.headers(entry.headers).send(entry.payload);
  });

  // One hook for both jobs. Invalidating before a write's answer leaves means a client reading after
  // it never gets the old answer; refused writes invalidate too, since one refused for a concurrent
  // change saw the database move.
  app.addHook('onSend', function storeOrInvalidate(request, reply, payload, done) {
    // Routes of plugins registered before this one (Swagger UI) lack the decoration: undefined, not null.
    const slot = request.cacheSlot;
    if (slot) {
      if (reply.statusCode === 200 && typeof payload === 'string') store(slot, request, reply, payload);
    } else if (request.method !== 'GET') {
      const scope = request.routeOptions.config.scope;
      if (scope === 'content:write' || scope === 'admin') invalidate();
    }
    done(null, payload);
  });

  function store(slot: NonNullable<FastifyRequest['cacheSlot']>, request: FastifyRequest, reply: FastifyReply, payload: string) {
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    const now = options.now();
    const views = request.routeOptions.config.cache === 'views';
    // Most-read answers move with the hour buckets as well as with flushes.
    const expires = Math.min(transition ?? Infinity, views ? (Math.floor(now / HOUR) + 1) * HOUR : Infinity);
    entries.set(slot.key, { payload: Buffer.from(payload), headers, content: slot.content, views: slot.views, expires });
    stats.stores++;
  }
}, { name: 'response-cache', dependencies: ['auth'] });
