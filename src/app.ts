import { randomUUID } from 'node:crypto';
import type { ServerOptions } from 'node:http';
import { availableParallelism } from 'node:os';
import Fastify, { LogController, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.js';
import type { AppContext } from './context.js';
import type { Database } from './db/database.js';
import { createRepositories, transactor, type Transactor } from './db/repositories.js';
import { createRenderer, type Renderer } from './content/renderer.js';
import { createCursors } from './lib/cursor.js';
import validation from './plugins/validation.js';
import { loadCompiledSchemas, schemaCompilers, type Compilers } from './plugins/schema-compilers.js';
import errors, { sendProblem } from './plugins/errors.js';
import auth, { anonymousMay, enforceAccess } from './plugins/auth.js';
import openapi from './plugins/openapi.js';
import responseCache from './plugins/response-cache.js';
import conditional, { withAuthorization } from './plugins/conditional.js';
import hardening, { everyAnswer } from './plugins/hardening.js';
import { anonymousHits, firstHook } from './plugins/anonymous-hits.js';
import rateLimit from './plugins/rate-limit.js';
import drain from './plugins/drain.js';
import { ProblemSchema } from './lib/problem.js';
import { requestLogger } from './lib/request-logger.js';
import { sharedSchemas } from './modules/schemas.js';
import healthRoutes from './modules/health/routes.js';
import articleRoutes from './modules/articles/routes.js';
import linkRoutes from './modules/links/routes.js';
import sectionRoutes from './modules/sections/routes.js';
import authorRoutes from './modules/authors/routes.js';
import tagRoutes from './modules/tags/routes.js';
import keyRoutes from './modules/keys/routes.js';
import relatedRoutes from './modules/related/routes.js';
import frontRoutes from './modules/fronts/routes.js';
import pageRoutes from './modules/pages/routes.js';
import searchRoutes from './modules/search/routes.js';
import { renderWorkers } from './modules/search/index-repository.js';
import popularRoutes from './modules/popular/routes.js';
import feedRoutes from './modules/feeds/routes.js';
import formatRoutes from './modules/formats/routes.js';
import sitemapRoutes from './modules/sitemaps/routes.js';
import viewBuffer, { type ViewBufferOptions } from './modules/popular/buffer.js';
import { createUsageRecorder } from './modules/keys/usage.js';
import metricsPlugin, { createMetrics } from './plugins/metrics.js';
import changeRoutes from './modules/changes/routes.js';
import relatedRefresh, { type RelatedRefreshOptions } from './modules/related/refresh.js';
import changeSchedule, { keysSince, transitionKeys, type ScheduleOptions } from './modules/changes/schedule.js';
import webhookRoutes from './modules/webhooks/routes.js';
import { purgeTimes } from './modules/changes/purge-clock.js';
import revisionRoutes from './modules/revisions/routes.js';
import importRoutes from './modules/imports/routes.js';
import webhookWorker, { type DeliveryOptions } from './modules/webhooks/worker.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False for a route whose requests write no access-log lines (errors are still logged). */
    accessLog?: boolean;
  }
}

export interface AppOptions {
  config: Config;
  db: Database;
  /** The clock, injectable so tests can move time (scheduled articles, embargoes). */
  now?: () => number;
  logger?: FastifyServerOptions['logger'];
  /** Timeouts of the HTTP server (server.ts sets them; tests need none). */
  server?: Pick<FastifyServerOptions, 'connectionTimeout' | 'keepAliveTimeout' | 'requestTimeout'> & { http?: ServerOptions };
  version?: string;
  /** How the view beacon buffers counts before writing them (flush interval, size threshold). */
  views?: ViewBufferOptions;
  /** Close the database when the app closes, after every plugin (the server's case). */
  ownsDatabase?: boolean;
  /** Bytes of serialised answers the response cache may hold (64 MiB by default; 0 turns it off). */
  cacheBytes?: number;
  /** URLs per section sitemap (50,000, the protocol's limit; smaller in tests). */
  sitemapPageSize?: number;
  /** How often the stored related candidates of written articles are refreshed. */
  related?: RelatedRefreshOptions;
  /** How often schedules and embargoes coming due are recorded in the change feed. */
  schedule?: ScheduleOptions;
  /** Renders article bodies; by default a worker pool with the configured budget. */
  renderer?: Renderer;
  /** The webhook worker's polling, concurrency, response cap and name resolution (the rest comes from config). */
  webhooks?: Pick<DeliveryOptions, 'pollMs' | 'concurrency' | 'maxResponseBytes' | 'lookup'>;
  /** How long a close waits for requests still running (those whose client left) before the database closes. */
  drain?: { ms?: number };
  /** Route validators and serializers; by default those compiled ahead of time (see schema-compilers.ts). */
  compilers?: Compilers;
}

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** KIOSQUE_TRUST_PROXY as Fastify takes it: a boolean, the proxies' addresses, or a hop count. */
function trustProxy(value: string): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (value === 'true' || value === 'false') return value === 'true';
  const hops = Number(value);
  return Number.isInteger(hops) ? (_address, hop) => hop < hops : value.split(',');
}

/** Builds the Fastify instance; it never listens (see server.ts). */
export async function buildApp(options: AppOptions) {
  const missed: string[] = [];
  const compilers = options.compilers ?? schemaCompilers(loadCompiledSchemas(), (route) => missed.push(route));
  const app = Fastify({
    schemaController: { compilersFactory: compilers as never },
    logger: options.logger ?? false,
    ...options.server,
    // Small by default; article writes allow 1 MiB (see their routes).
    bodyLimit: 64 * 1024,
    trustProxy: trustProxy(options.config.KIOSQUE_TRUST_PROXY),
    requestIdHeader: false,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    routerOptions: { maxParamLength: 300 },
    childLoggerFactory: requestLogger,
    // Routes with `accessLog: false` (the view beacon) write no access-log lines. A route's own log
    // level would do it too, but at a price: a logger with its own level rebuilt for every request.
    logController: new LogController({
      disableRequestLogging: (request: FastifyRequest) => request.routeOptions?.config.accessLog === false,
    }),
    // Errors found before routing (a malformed URL) get the same problem+json as the rest.
    frameworkErrors: (error, request, reply) => {
      reply.header('x-request-id', request.id);
      return sendProblem(request, reply, { status: 400, code: 'BAD_URL', detail: error.message });
    },
  }).withTypeProvider<TypeBoxTypeProvider>();
  // onClose hooks run last-added first: added before any plugin, this one runs after them all.
  if (options.ownsDatabase) app.addHook('onClose', async () => options.db.close());

  const access = options.config.KIOSQUE_METRICS;
  const metrics = access === 'off' ? null : createMetrics();
  const now = options.now ?? Date.now;
  // Database time is measured around repository calls, in transactions and out of them.
  const timed = metrics ? metrics.timeRepositories : <T>(repos: T) => repos;
  const repos = timed(createRepositories(options.db.sql));
  const purges = await purgeTimes({ db: options.db, changes: repos.changes });
  const transact = transactor(options.db, timed);
  // What this process commits is followed by the next answer's purge instants, whatever notifications do.
  const transaction: Transactor = (work, opts) => transact(work, opts).finally(purges.written);
  const keyUsage = createUsageRecorder({ write: (batch) => transaction((tx) => tx.keys.recordUsage(batch)), now, log: app.log });
  const renderer = options.renderer ?? createRenderer({
    timeMs: options.config.KIOSQUE_RENDER_TIME_MS, memoryMb: options.config.KIOSQUE_RENDER_MEMORY_MB,
    // The event loop keeps a core; renders share the others.
    threads: options.config.KIOSQUE_RENDER_THREADS ?? Math.max(1, availableParallelism() - 1),
  }, renderWorkers[options.db.dialect.name]);
  // The secret lives in the database: every process over it (and every server over PostgreSQL) opens
  // the others' cursors, and a restart breaks none.
  const cursors = createCursors(await transaction((tx) => tx.secrets.secret('cursors', now())));
  const ctx: AppContext = { config: options.config, db: options.db, now, repos, transaction, keyUsage, renderer, cursors };
  app.addHook('onReady', async () => {
    keyUsage.start();
    if (missed.length) app.log.warn({ routes: missed }, `${missed.length} route schemas compiled at start: \`npm run schemas\` compiles them ahead of time`);
  });
  app.addHook('onClose', async () => {
    keyUsage.stop();
    await keyUsage.flush();
  });

  await app.register(validation);
  await app.register(errors);
  const config = options.config;
  // Before every plugin's hooks: a cached answer for a caller without a key is sent from here (see below).
  const first = firstHook();
  app.addHook('onRequest', first.hook);
  // Hooks that run on every request are callback style, here and in the plugins: an async one
  // would cost every request a promise and a microtask. This one sets the request id and what every answer carries.
  const hardened = {
    corsOrigins: config.KIOSQUE_CORS_ORIGINS, corsCredentials: config.KIOSQUE_CORS_CREDENTIALS,
    maxEventLoopDelay: config.KIOSQUE_MAX_EVENT_LOOP_DELAY_MS, https: config.PUBLIC_URL.startsWith('https:'),
  };
  await app.register(hardening, hardened);
  await app.register(auth, {
    keys: ctx.repos.keys,
    recordUse: keyUsage.record,
    adminKey: options.config.KIOSQUE_ADMIN_KEY,
    anonymousRead: options.config.KIOSQUE_ANONYMOUS_READ,
  });
  await app.register(rateLimit, {
    anonymous: config.KIOSQUE_RATE_LIMIT_ANONYMOUS, key: config.KIOSQUE_RATE_LIMIT_KEY, redisUrl: config.KIOSQUE_REDIS_URL, now,
  });
  // Refused requests are counted above, then answered here, before the response cache could answer them.
  app.addHook('onRequest', enforceAccess);
  await app.register(openapi, { publicUrl: config.PUBLIC_URL, version: options.version ?? '0.1.0', docs: config.KIOSQUE_DOCS, compilers });
  app.addSchema(ProblemSchema);
  for (const schema of sharedSchemas) app.addSchema(schema);
  app.decorate('lastPurged', purges.lastPurged);
  await app.register(viewBuffer, { ctx, ...options.views });
  const cacheBytes = options.cacheBytes ?? 64 * 1024 * 1024;
  if (cacheBytes > 0) {
    const changes = ctx.repos.changes;
    await app.register(responseCache, {
      maxBytes: cacheBytes,
      now: ctx.now,
      externalVersion: options.db.externalVersion,
      changesSince: (seq) => keysSince(changes, seq),
      latestChange: changes.latest,
      outsideWrites: changes.outsideWrites,
      viewsVersion: () => app.views.flushes,
      nextTransition: ctx.repos.articles.nextTransition,
      transitionKeys: (after, now) => transitionKeys(changes, after, now),
    });
  }
  const policy = {
    item: config.KIOSQUE_CACHE_CONTROL_ITEM, list: config.KIOSQUE_CACHE_CONTROL_LIST,
    partner: config.KIOSQUE_CACHE_CONTROL_PARTNER, notFound: config.KIOSQUE_CACHE_CONTROL_NOT_FOUND,
  };
  await app.register(conditional, {
    policy,
    anonymousRead: config.KIOSQUE_ANONYMOUS_READ, keyedPublic: config.KIOSQUE_CACHE_KEYED_PUBLIC,
  });
  if (metrics && access !== 'off') await app.register(metricsPlugin, { metrics, access });
  // With CORS's headers the same on every answer and the rate limit counted here, what the hooks would
  // send for an anonymous hit is known before they run.
  if (app.hasDecorator('responseCache') && hardened.corsOrigins === '*' && app.countRequest) {
    first.answerWith(anonymousHits({
      cache: app.responseCache, everyAnswer: everyAnswer(hardened), cacheControl: (kind) => policy[kind], vary: withAuthorization,
      anonymousMay: (route) => anonymousMay(route, config.KIOSQUE_ANONYMOUS_READ), count: app.countRequest,
      pressed: app.hasDecorator('isUnderPressure') ? () => app.isUnderPressure() : () => false, now: ctx.now,
    }));
  }
  // After the plugins whose hooks answer or purge, before the routes, and before the database closes.
  await app.register(drain, { ...options.drain });
  await app.register(changeSchedule, { ctx, ...options.schedule });
  await app.register(relatedRefresh, { ctx, ...options.related });
  await app.register(webhookWorker, {
    ctx, ...options.webhooks,
    allowLoopback: config.KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK, timeoutMs: config.KIOSQUE_WEBHOOKS_TIMEOUT_MS,
    maxAttempts: config.KIOSQUE_WEBHOOKS_MAX_ATTEMPTS, retryMs: config.KIOSQUE_WEBHOOKS_RETRY_MS,
  });

  await app.register(healthRoutes, { ctx });
  await app.register(sitemapRoutes, { ctx, pageSize: options.sitemapPageSize });
  await app.register(async (v1) => {
    await v1.register(articleRoutes, { ctx });
    await v1.register(linkRoutes, { ctx });
    await v1.register(sectionRoutes, { ctx });
    await v1.register(authorRoutes, { ctx });
    await v1.register(tagRoutes, { ctx });
    await v1.register(keyRoutes, { ctx });
    await v1.register(relatedRoutes, { ctx });
    await v1.register(frontRoutes, { ctx });
    await v1.register(pageRoutes, { ctx });
    await v1.register(searchRoutes, { ctx });
    await v1.register(popularRoutes, { ctx });
    await v1.register(feedRoutes, { ctx });
    await v1.register(formatRoutes, { ctx });
    await v1.register(changeRoutes, { ctx });
    await v1.register(revisionRoutes, { ctx });
    await v1.register(importRoutes, { ctx });
    await v1.register(webhookRoutes, { ctx, allowLoopback: config.KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK, lookup: options.webhooks?.lookup });
  }, { prefix: '/v1' });

  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;
