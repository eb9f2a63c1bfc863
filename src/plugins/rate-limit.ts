import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import rateLimit from '@fastify/rate-limit';
import { TooManyRequests } from '../lib/errors.js';

export interface RateLimitOptions {
  /** Requests per minute and IP address for anonymous callers; 0 turns the limit off. */
  anonymous: number;
  /** Requests per minute for a key without a limit of its own; 0 turns the limit off. */
  key: number;
}

const UNLIMITED_ROUTES = new Set(['/healthz', '/readyz']);

/**
 * Fixed one-minute windows per key (its own limit, or the default for keys)
 * and per IP address for anonymous callers, with the IETF RateLimit-*
 * headers and a 429 problem with Retry-After. It runs right after auth and
 * before the response cache, so a cached answer counts like any other. The
 * IP is Fastify's `request.ip`: X-Forwarded-For counts only with trustProxy.
 * The store is in memory; @fastify/rate-limit can share one through Redis.
 */
export default fp(async function limits(app: FastifyInstance, options: RateLimitOptions) {
  const limitOf = (request: FastifyRequest) =>
    (request.principal ? request.principal.rateLimit ?? options.key : options.anonymous);
  await app.register(rateLimit, {
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
