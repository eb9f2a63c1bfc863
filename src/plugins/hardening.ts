import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import cors from '@fastify/cors';
import underPressure from '@fastify/under-pressure';
import { Overloaded } from '../lib/errors.js';

export interface HardeningOptions {
  /** `*`, or the comma list of origins browsers may call from. */
  corsOrigins: string;
  corsCredentials: boolean;
  /** Event-loop delay (ms) above which requests get a 503; 0 turns the check off. */
  maxEventLoopDelay: number;
  /** Whether PUBLIC_URL is https: only then does Strict-Transport-Security mean anything. */
  https: boolean;
}

/**
 * An API answers JSON, never pages to frame or scripts to run: its content
 * security policy allows nothing (Swagger UI sets its own on /docs). Other
 * sites may read it (CORS decides for browsers), so resources are cross-origin.
 */
const API_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'cross-origin',
};

const RETRY_AFTER_SECONDS = 10;
const SAMPLE_INTERVAL_MS = 1000;
const HEALTH = new Set(['/healthz', '/readyz']);

const EXPOSED_HEADERS = ['ETag', 'Last-Modified', 'Link', 'Location', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining',
  'RateLimit-Reset', 'X-Request-Id', 'Surrogate-Key'].join(', ');

/** What every answer carries besides its request id: with any origin allowed, CORS's headers too. */
export function everyAnswer(options: Pick<HardeningOptions, 'corsOrigins' | 'https'>): Record<string, string> {
  return {
    ...API_HEADERS,
    ...(options.https ? { 'strict-transport-security': 'max-age=31536000; includeSubDomains' } : {}),
    ...(options.corsOrigins === '*' ? { 'access-control-allow-origin': '*', 'access-control-expose-headers': EXPOSED_HEADERS } : {}),
  };
}

/**
 * The request id, security headers, CORS and load shedding: the defaults an API on the internet needs.
 * What every answer carries is set by one hook. With any origin allowed (the default) that includes
 * CORS's headers, the same on every answer: @fastify/cors then only answers preflights (before
 * authentication, as it must); its hook would otherwise copy its options for every request.
 */
export default fp(async function hardening(app: FastifyInstance, options: HardeningOptions) {
  const anyOrigin = options.corsOrigins === '*';
  const headers = everyAnswer(options);
  app.addHook('onRequest', function answerHeaders(request, reply, done) {
    reply.header('x-request-id', request.id).headers(headers);
    done();
  });
  if (anyOrigin) {
    app.addHook('onRoute', function corsByHook(route) {
      if (route.method !== 'OPTIONS') route.config = { ...route.config, cors: false } as typeof route.config;
    });
  }

  await app.register(cors, {
    origin: anyOrigin ? '*' : options.corsOrigins.split(','),
    credentials: options.corsCredentials,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'If-Modified-Since', 'X-Request-Id'],
    // Joined once here: given as a list, the plugin would join it on every request.
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });

  if (options.maxEventLoopDelay > 0) {
    // Start-up work (compiling schemas, warming statements) blocks the loop once; the
    // samples covering it say nothing of the load, so shedding starts two samples later.
    let armedAt = Infinity;
    app.addHook('onReady', async () => {
      armedAt = Date.now() + 2 * SAMPLE_INTERVAL_MS;
    });
    await app.register(underPressure, {
      maxEventLoopDelay: options.maxEventLoopDelay,
      sampleInterval: SAMPLE_INTERVAL_MS,
      // Health checks answer whatever the load: an orchestrator must not kill a busy process.
      pressureHandler: async (request, reply) => {
        if (HEALTH.has(String(request.routeOptions.url)) || Date.now() < armedAt) return;
        reply.header('retry-after', RETRY_AFTER_SECONDS);
        throw new Overloaded();
      },
    });
  }
}, { name: 'hardening' });
