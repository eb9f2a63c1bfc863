import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import type { Redis } from 'ioredis';
import { TooManyRequests } from '../lib/errors.js';

export interface RateLimitOptions {
  /** Requests per minute and IP address for anonymous callers; 0 turns the limit off. */
  anonymous: number;
  /** Requests per minute for a key without a limit of its own; 0 turns the limit off. */
  key: number;
  /** A Redis server (KIOSQUE_REDIS_URL) where every instance counts the same windows; otherwise each counts its own. */
  redisUrl?: string;
  /** The clock of windows counted in the instance (the app's, which tests move). */
  now: () => number;
  /** How many callers an instance counting its own windows remembers (5,000, as the plugin's store). */
  callersKept?: number;
}

/**
 * Each request asks Redis once: it must answer now or not at all. Offline, a command fails at once rather
 * than waiting in a queue for the connection, and one that gets no answer fails after 250 ms; either way
 * the request goes on uncounted (skipOnError): the limits protect the service, and are not worth refusing
 * or holding its readers while Redis is away. The client reconnects by itself.
 */
async function redisClient(url: string, log: FastifyInstance['log']): Promise<Redis> {
  // Loaded only when rate limits are shared: a start without Redis does not load its client.
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 1_000, commandTimeout: 250 });
  let reported = false;
  redis.on('error', (err: Error) => {
    if (!reported) log.warn({ err }, 'rate limits: Redis is unreachable, requests are not counted until it is back');
    reported = true;
  });
  redis.on('ready', () => { reported = false; });
  // The start waits for the first connection, or its failure (within connectTimeout): without the offline
  // queue, the requests of a server that listened before it were not counted.
  await new Promise((resolve) => {
    redis.once('ready', resolve);
    redis.once('error', resolve);
  });
  return redis;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** With windows counted in the instance: counts a request answered before the hooks (see localLimiter). */
    countRequest?: (request: FastifyRequest, route: string) => string[] | null;
  }
}

const UNLIMITED_ROUTES = new Set(['/healthz', '/readyz']);
const WINDOW_MS = 60_000;

interface Window {
  start: number;
  count: number;
}

const refusal = (max: number, seconds: number) => new TooManyRequests(`${max} requests a minute; retry in ${seconds} s`);

/**
 * This instance's own windows, counted where the request is: @fastify/rate-limit's hook is
 * asynchronous whatever its store (five promises a request, a tenth of a cached answer's CPU). The same
 * fixed windows from a caller's first request, the same headers, the same refusal.
 */
function localLimiter(
  limitOf: (request: FastifyRequest) => number, keyOf: (request: FastifyRequest) => string, now: () => number, kept: number,
) {
  // Callers in two generations rather than an LRU list, whose upkeep on every read cost as much as the
  // rest: one seen in neither of the last two (of kept / 2 callers each) starts a new window.
  let current = new Map<string, Window>();
  let previous = new Map<string, Window>();
  function windowOf(key: string, at: number): Window {
    let window = current.get(key);
    if (window === undefined) {
      window = previous.get(key);
      if (current.size >= kept / 2) [previous, current] = [current, new Map()];
      current.set(key, window ??= { start: at, count: 0 });
    }
    if (window.start + WINDOW_MS <= at) {
      window.start = at;
      window.count = 0;
    }
    return window;
  }
  /**
   * Counts a request the first hook answers (anonymous-hits.ts): its RateLimit headers as name, value
   * pairs, or null, uncounted, when the limit refuses it (the hooks count and refuse it then).
   */
  function count(request: FastifyRequest, route: string): string[] | null {
    const max = limitOf(request);
    if (max === 0 || UNLIMITED_ROUTES.has(route)) return [];
    const at = now();
    const window = windowOf(keyOf(request), at);
    if (window.count >= max) return null;
    window.count += 1;
    const reset = Math.ceil((window.start + WINDOW_MS - at) / 1000);
    return ['ratelimit-limit', String(max), 'ratelimit-remaining', String(max - window.count), 'ratelimit-reset', String(reset)];
  }
  const hook = function limitRequest(request: FastifyRequest, reply: FastifyReply, done: (error?: Error) => void) {
    const max = limitOf(request);
    if (max === 0 || UNLIMITED_ROUTES.has(request.routeOptions.url!)) return done();
    const at = now();
    const window = windowOf(keyOf(request), at);
    window.count += 1;
    const reset = Math.ceil((window.start + WINDOW_MS - at) / 1000);
    reply.header('ratelimit-limit', max).header('ratelimit-remaining', Math.max(0, max - window.count)).header('ratelimit-reset', reset);
    if (window.count <= max) return done();
    reply.header('retry-after', reset);
    done(refusal(max, reset));
  };
  return { hook, count };
}

/**
 * Fixed one-minute windows per key (its own limit, or the default for keys)
 * and per IP address for anonymous callers, with the IETF RateLimit-*
 * headers and a 429 problem with Retry-After. It runs right after auth and
 * before the response cache, so a cached answer counts like any other. The
 * IP is Fastify's `request.ip`: X-Forwarded-For counts only with trustProxy.
 * The windows are counted in memory, per instance, or in Redis, shared by every instance.
 */
export default fp(async function limits(app: FastifyInstance, options: RateLimitOptions) {
  const limitOf = (request: FastifyRequest) =>
    (request.principal ? request.principal.rateLimit ?? options.key : options.anonymous);
  const keyOf = (request: FastifyRequest) => (request.principal ? `key:${request.principal.id}` : `ip:${request.ip}`);
  if (!options.redisUrl) {
    const limiter = localLimiter(limitOf, keyOf, options.now, options.callersKept ?? 5_000);
    app.addHook('onRequest', limiter.hook);
    app.decorate('countRequest', limiter.count);
    return;
  }
  const redis = await redisClient(options.redisUrl, app.log);
  app.addHook('onClose', async () => { redis.disconnect(); });
  await app.register(rateLimit, {
    redis, skipOnError: true, nameSpace: 'kiosque-rate-',
    global: false,
    enableDraftSpec: true,
    timeWindow: WINDOW_MS,
    max: (request) => limitOf(request),
    keyGenerator: keyOf,
    allowList: (request) => limitOf(request) === 0 || UNLIMITED_ROUTES.has(String(request.routeOptions.url)),
    errorResponseBuilder: (_request, context) => refusal(context.max, Math.ceil(context.ttl / 1000)),
  });
  app.addHook('onRequest', app.rateLimit());
}, { name: 'rate-limit', dependencies: ['auth'] });
