import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isConditional, isFresh } from '../lib/http.js';
import { createKeyedCache, type Stored } from '../lib/keyed-cache.js';
import { keyOf, profiler, type Profile } from './response-cache-routes.js';
import { createExternalWatch, createTransitionWatch } from './response-cache-watch.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * What a GET's answer depends on, for the response cache, besides the
     * writes its surrogate keys name: `content` (nothing else), `hourly`
     * (scores decayed as at the hour: it ends with the hour), `views` (the
     * most-read counts too: it ends with each flush and with the hour), or
     * false for answers never cached. /v1 GETs default to `content`.
     */
    cache?: false | 'content' | 'hourly' | 'views';
    /** For answers that vary on more than the URL (Accept): what to add to the cache key. */
    cacheVariant?: (request: FastifyRequest) => string;
  }
  interface FastifyRequest {
    /**
     * Set on a cacheable miss: where to store the answer, the purge and views counts it was computed at,
     * and the computation that requests for the same answer wait for, when this request is it.
     */
    cacheSlot: { key: string; epoch: number; views: number; computation: Computation | null } | null;
    /** A look for other processes' changes or schedules due that the first hook started: the cache's hook waits for it. */
    cacheLook: Promise<void> | null;
  }
  interface FastifyInstance {
    responseCache: ResponseCache;
  }
}

/** Changes recorded by other processes, as the response cache follows them. */
export interface ChangesSince {
  /** Their surrogate keys, or null when there were too many to read: then everything goes. */
  keys: string[] | null;
  /** The sequence of the newest one read. */
  latest: number;
}

export interface CacheSources {
  now: () => number;
  /** Changes whenever another process committed to the database (SQLite's data_version), read synchronously. */
  externalVersion: () => number;
  /** The changes recorded after sequence `seq` (by any process). */
  changesSince: (seq: number) => Promise<ChangesSince>;
  /** The sequence of the newest change. */
  latestChange: () => Promise<number>;
  /** Moves when content was written with no change recorded (`kiosque seed`, `search reindex`): everything goes. */
  outsideWrites: () => Promise<number>;
  /** Changes with every flush of this process's view counters. */
  viewsVersion: () => number;
  /** The next instant a scheduled article or an embargo makes content appear, or null. */
  nextTransition: (now: number) => Promise<number | null>;
  /** The surrogate keys of the articles that became visible in (after, now] with no write since. */
  transitionKeys: (after: number, now: number) => Promise<string[]>;
}

const KEPT_HEADERS = ['content-type', 'etag', 'last-modified', 'surrogate-key', 'cache-tag', 'edge-cache-tag', 'vary', 'link'];
const HOUR = 3_600_000;
export { EXTERNAL_CHECK_MS } from '../db/database.js';

export interface ResponseCache {
  /**
   * `collapsed`: requests answered from the answer another request was computing when they missed;
   * `versionChecks`: how often other processes' commits were looked for; `purges`: how many purges came in.
   */
  stats: { hits: number; misses: number; collapsed: number; stores: number; versionChecks: number; purges: number };
  /**
   * Drops the answers carrying any of these surrogate keys: the keys a write
   * names (its Surrogate-Key, its change's surrogateKeys). This process's
   * writes, other processes' changes and schedules coming due all purge
   * through it; so may anything that learns of a change (a notification
   * from another instance).
   */
  purge(keys: Iterable<string>): void;
  /** Drops everything. */
  clear(): void;
  /** Purges by the keys of the changes recorded since the last look (this process's or another's), now. */
  follow(): Promise<void>;
  size(): number;
  /**
   * The answer every unrestricted reader gets to this GET, when it can be sent at once: stored and
   * current, with nothing to read first about other processes' changes or schedules due (a read
   * that must be waited for is left to the cache's hook); else undefined. Not counted: for the
   * first hook (anonymous-hits.ts).
   */
  current(request: FastifyRequest, profile: Profile, now: number): Answer | undefined;
}

/** A miss being computed: the requests that miss the same answer meanwhile wait for its end. */
interface Computation {
  ended: Promise<void>;
  end(): void;
}

/** A stored answer, and what a revalidation of it needs, worked out when it is stored. */
export interface Answer extends Stored {
  /** Its headers without the body's type: a 304's. */
  notModified: Record<string, string>;
  /** Its Last-Modified as a number (NaN without one), for If-Modified-Since. */
  lastModified: number;
}

/**
 * An in-memory cache of serialised GET answers for callers without preview,
 * bounded in bytes (LRU). An answer is kept until a purge names one of its
 * surrogate keys: this process's writes (at once), other processes' changes
 * (read from the change feed when PRAGMA data_version moves, within
 * EXTERNAL_CHECK_MS), schedules and embargoes coming due (at their instant);
 * most-read answers also end with each flush of the view counters and with
 * the hour. A hit costs a map lookup and a send.
 */
export default fp(async function responseCache(app: FastifyInstance, options: CacheSources & { maxBytes: number }) {
  const store = createKeyedCache<Answer>(options.maxBytes);
  const stats = { hits: 0, misses: 0, collapsed: 0, stores: 0, versionChecks: 0, purges: 0 };
  const purge = (keys: Iterable<string>) => {
    stats.purges++;
    store.purge(keys);
  };
  app.decorateRequest('cacheSlot', null);
  app.decorateRequest('cacheLook', null);

  const transitions = createTransitionWatch(options, purge);
  // Another process's write may also schedule something: the next instant is looked up again.
  const external = await createExternalWatch(options, (keys) => {
    purge(keys);
    transitions.recheck();
  }, store.clear, stats);
  const viewsNow = (profile: Profile) => (profile.kind === 'views' ? options.viewsVersion() + external.viewsSeen() : -1);
  const usable = (entry: Answer | undefined, now: number, views: number): entry is Answer =>
    entry !== undefined && now < entry.expires && entry.views === views;
  const current = (request: FastifyRequest, profile: Profile, now: number): Answer | undefined => {
    const reading = freshen(now);
    if (reading) {
      // Handled by the cache's hook, unless the request is refused before it (then by no one).
      request.cacheLook = reading;
      reading.catch(() => undefined);
      return undefined;
    }
    const entry = store.get(keyOf(request, profile.parameters) + (profile.variant?.(request) ?? ''));
    return usable(entry, now, viewsNow(profile)) ? entry : undefined;
  };
  app.decorate('responseCache', { stats, purge, clear: store.clear, size: store.size, follow: external.follow, current });

  /**
   * Looks for other processes' changes and for schedules come due: undefined
   * when there is nothing to read (most requests: a hit stays synchronous),
   * otherwise a promise the request waits for.
   */
  function freshen(now: number): Promise<void> | undefined {
    const reading = external.check();
    return reading ? reading.then(() => transitions.check(now)) : transitions.check(now);
  }

  // A hit is sent, not returned: `reply` returned from a hook or handler is awaited as a thenable
  // (listeners on the response).
  const profileOf = profiler();
  app.addHook('onRequest', function serveCached(request: FastifyRequest, reply: FastifyReply, done: () => void) {
    if (request.method !== 'GET' || request.reader.preview) return done();
    const profile = profileOf(request.routeOptions);
    if (profile === null) return done();
    const now = options.now();
    const reading = request.cacheLook ?? freshen(now);
    if (reading) return void reading.then(() => lookUp(request, reply, done, profile, now), done);
    lookUp(request, reply, done, profile, now);
  });

  // The misses being computed, by cache key.
  const computing = new Map<string, Computation>();
  function compute(key: string, reply: FastifyReply): Computation {
    let resolve!: () => void;
    const computation: Computation = {
      ended: new Promise((r) => { resolve = r; }),
      end() {
        if (computing.get(key) === computation) computing.delete(key);
        resolve();
      },
    };
    computing.set(key, computation);
    // Its answer normally ends it (storeOrPurge); a request that never gets to send one, when its connection closes.
    reply.raw.once('close', computation.end);
    return computation;
  }

  /**
   * A hit, or a miss to compute. A miss while another request computes the
   * same answer waits for it, once (request collapsing, as CDNs do): then the
   * answer is served as stored, unless a purge named it meanwhile or it could
   * not be kept (an error), and the request computes its own.
   */
  function lookUp(request: FastifyRequest, reply: FastifyReply, done: () => void, profile: Profile, now: number, waited = false) {
    const views = viewsNow(profile);
    // Partners see their own entitlement's answers, apart from everyone else's; some routes vary by header too.
    const path = keyOf(request, profile.parameters) + (profile.variant?.(request) ?? '');
    const key = request.reader.partition === '' ? path : `${request.reader.partition} ${path}`;
    const entry = store.get(key);
    if (!usable(entry, now, views)) {
      const computation = computing.get(key);
      if (computation !== undefined && !waited) {
        computation.ended.then(() => lookUp(request, reply, done, profile, options.now(), true));
        return;
      }
      stats.misses++;
      // The purge number is the one before the handler reads: a purge landing before the answer is stored keeps it out.
      request.cacheSlot = { key, epoch: store.epoch(), views, computation: computation === undefined ? compute(key, reply) : null };
      return done();
    }
    if (waited) stats.collapsed++;
    else stats.hits++;
    // A current copy gets its 304 here, without the body's metadata (RFC 9110 §15.4.5), as the conditional
    // plugin's own; that plugin adds Cache-Control and Vary to both.
    if (entry.headers.etag !== undefined && isConditional(request) && isFresh(request, entry.headers.etag, entry.lastModified)) {
      reply.code(304).headers(entry.notModified).send();
      return;
    }
    reply.headers(entry.headers).send(entry.payload);
  }

  // One hook for both jobs. A write's purge happens before its answer leaves, so a client reading
  // after it never gets the old answer: the changes recorded since the last look, its own (the keys
  // of its Surrogate-Key) and any other process's, which a refused write may have met.
  app.addHook('onSend', function storeOrPurge(request, reply, payload, done) {
    // Routes of plugins registered before this one (Swagger UI) lack the decoration: undefined, not null.
    const slot = request.cacheSlot;
    if (slot) {
      // An answer that names no surrogate key could never be purged: it is not kept.
      if (reply.statusCode === 200 && typeof payload === 'string' && reply.hasHeader('surrogate-key')) save(slot, request, reply, payload);
      slot.computation?.end();
    } else if (request.method !== 'GET' && request.method !== 'HEAD' && (reply.hasHeader('surrogate-key') || reply.statusCode >= 400)) {
      external.follow().then(() => done(null, payload), (err: Error) => {
        // The write failed with its database (the 500 being sent says so): its problem goes out as it is; the next read follows again.
        request.log.warn({ err }, 'other processes\' changes could not be read after a failed write');
        done(null, payload);
      });
      return;
    }
    done(null, payload);
  });

  function save(slot: NonNullable<FastifyRequest['cacheSlot']>, request: FastifyRequest, reply: FastifyReply, payload: string) {
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    const kind = request.routeOptions.config.cache;
    const expires = kind === 'views' || kind === 'hourly' ? (Math.floor(options.now() / HOUR) + 1) * HOUR : Infinity;
    const keys = headers['surrogate-key'].split(' ');
    const { 'content-type': _type, ...notModified } = headers;
    const lastModified = Date.parse(headers['last-modified']);
    if (store.set(slot.key, { payload: Buffer.from(payload), headers, notModified, lastModified, keys, views: slot.views, expires }, slot.epoch)) stats.stores++;
  }
}, { name: 'response-cache', dependencies: ['auth'] });
