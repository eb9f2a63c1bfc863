import type { FastifyInstance, FastifyRequest } from 'fastify';
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

const UNLIMITED_ROUTES = new Set(['/healthz', '/readyz']);

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
  const redis = options.redisUrl ? await redisClient(options.redisUrl, app.log) : undefined;
  if (redis) app.addHook('onClose', async () => { redis.disconnect(); });
  await app.register(rateLimit, {
    redis, skipOnError: true, nameSpace: 'kiosque-rate-',
    global: false,
    enableDraftSpec: true,
    timeWindow: 60_000,
    max: (request) => limitOf(request),
    keyGenerator: (request) => (request.principal ? `key:${request.principal.id}` : `ip:${request.ip}`),
    allowList: (request) => limitOf(request) === 0 || UNLIMITED_ROUTES.has(String(request.routeOptions.url)),
    errorResponseBuilder: (_request, context) => new TooManyRequests(`${context.max} requests a minute; retry in ${context.after}`),
  });
  app.addHook('onRequest', app.rateLimit());
}, { name: 'rate-limit', dependencies: ['auth'] });
