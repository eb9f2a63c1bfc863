import type { FastifyReply, FastifyRequest } from 'fastify';
import { isConditional, isFresh } from '../lib/http.js';
import { PUBLIC_READER } from '../lib/reader.js';
import type { Answer, ResponseCache } from './response-cache.js';
import { profiler, type Profile } from './response-cache-routes.js';

type Done = () => void;
type Answering = (request: FastifyRequest, reply: FastifyReply) => boolean;

/**
 * The first `onRequest` hook, registered before every plugin's, answering
 * through whatever is given it once they are all registered (`answerWith`):
 * a request it does not answer goes on to the others.
 */
export function firstHook() {
  let answer: Answering | null = null;
  return {
    hook: function firstAnswer(request: FastifyRequest, reply: FastifyReply, done: Done) {
      if (answer === null || !answer(request, reply)) done();
    },
    answerWith(answering: Answering) {
      answer = answering;
    },
  };
}

export interface AnonymousHitOptions {
  cache: ResponseCache;
  /** What every answer carries besides its request id (hardening.ts, with CORS's headers for any origin). */
  everyAnswer: Record<string, string>;
  /** Cache-Control of a public answer of this class (conditional.ts). */
  cacheControl: (cacheClass: 'item' | 'list') => string;
  /** A Vary naming Authorization (conditional.ts). */
  vary: (vary: string | undefined) => string;
  /** Whether callers without a key may make a route's requests (auth.ts). */
  anonymousMay: (route: FastifyRequest['routeOptions']) => boolean;
  /** Counts the request: its RateLimit headers, or null when the limit refuses it (rate-limit.ts). */
  count: (request: FastifyRequest, route: string) => string[] | null;
  /** Whether load shedding may refuse requests now. */
  pressed: () => boolean;
  now: () => number;
}

/** What a route's answers need here, worked out once. */
interface Route {
  url: string;
  profile: Profile;
  cacheControl: string;
}

/** A stored answer's headers as the hooks would send them to an anonymous caller, after the request's own. */
interface Prepared {
  ok: string[];
  notModified: string[];
}

/**
 * A hit or a 304 from the response cache for a caller without a key, sent
 * by the first hook: what the hooks would send (hardening's headers, the
 * rate limit's, the stored answer's, Cache-Control and Vary), in the same
 * order, with the stored answer's part worked out once per entry. It
 * answers only what the hooks would answer from the cache the same way: a
 * GET without Authorization on a route anyone may read, with no load
 * shedding under way, an entry current with nothing to look for first
 * (other processes' changes, schedules due) and a rate limit not reached;
 * every other request goes on to the hooks, uncounted. Counted as a hit,
 * timed and logged by Fastify's response listeners like any answer.
 */
export function anonymousHits(options: AnonymousHitOptions): Answering {
  const profileOf = profiler();
  const routes = new WeakMap<object, Route | null>();
  const prepared = new WeakMap<Answer, Prepared>();
  const common = Object.entries(options.everyAnswer).flat();

  function routeOf(request: FastifyRequest): Route | null {
    const given = request.routeOptions;
    let route = routes.get(given.config);
    if (route === undefined) {
      const profile = profileOf(given);
      route = profile === null || !options.anonymousMay(given) ? null
        : { url: given.url!, profile, cacheControl: options.cacheControl(given.config.cacheClass ?? 'item') };
      routes.set(given.config, route);
    }
    return route;
  }

  function prepare(entry: Answer, route: Route): Prepared {
    let headers = prepared.get(entry);
    if (headers === undefined) {
      const vary = options.vary(entry.headers.vary);
      const after = (stored: Record<string, string>) => [
        ...Object.entries(stored).flatMap(([name, value]) => [name, name === 'vary' ? vary : value]),
        'cache-control', route.cacheControl, ...(entry.headers.vary === undefined ? ['vary', vary] : []),
      ];
      headers = { ok: [...after(entry.headers), 'content-length', String(entry.payload.length)], notModified: after(entry.notModified) };
      prepared.set(entry, headers);
    }
    return headers;
  }

  return function answerAnonymous(request: FastifyRequest, reply: FastifyReply): boolean {
    if (request.method !== 'GET' || request.headers.authorization !== undefined) return false;
    const route = routeOf(request);
    if (route === null || options.pressed()) return false;
    const entry = options.cache.current(request, route.profile, options.now());
    // An answer without an ETag gets no Cache-Control from the hooks: rare enough to leave to them.
    if (entry?.headers.etag === undefined) return false;
    const limits = options.count(request, route.url);
    if (limits === null) return false;
    request.reader = PUBLIC_READER;
    options.cache.stats.hits++;
    const { ok, notModified } = prepare(entry, route);
    const res = reply.raw;
    // As the cache's hook does: a current copy gets its 304 (RFC 9110 §15.4.5), without the body's metadata.
    if (isConditional(request) && isFresh(request, entry.headers.etag, entry.lastModified)) {
      res.writeHead(304, ['x-request-id', request.id, ...common, ...limits, ...notModified]);
      res.end();
    } else {
      res.writeHead(200, ['x-request-id', request.id, ...common, ...limits, ...ok]);
      res.end(entry.payload);
    }
    return true;
  };
}
