import closeWithGrace from 'close-with-grace';
import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from './app.js';
import { databasePath, type Config } from './config.js';
import { migrateDatabase, openDatabase } from './db/connection.js';
import { createRepositories } from './db/repositories.js';
import { isEmpty, seedDemo } from './db/seed/index.js';

/** Closes the app (and with it the database) on a signal or a fatal error. */
export function shutdown(app: { log: FastifyBaseLogger; close(): Promise<unknown> }) {
  return async function onShutdown({ signal, err }: { signal?: string; err?: Error }) {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down');
    await app.close();
  };
}

/**
 * Slow or stuck clients must not hold sockets forever: a request (headers and
 * body) must arrive within `requestMs`, an idle socket closes after as long.
 * Node checks those deadlines on an interval (30 s by default, which would let
 * a slowloris client stay for up to twice the timeout): every second here.
 */
export function serverTimeouts(requestMs: number) {
  return {
    connectionTimeout: requestMs,
    keepAliveTimeout: 5_000,
    requestTimeout: requestMs,
    http: { headersTimeout: requestMs, connectionsCheckingInterval: 1_000 },
  };
}

/** Starts Kiosque: open and migrate the database, seed it if asked, listen, and stop gracefully. */
export async function startServer(config: Config) {
  const db = openDatabase(databasePath(config.DATABASE_URL));
  migrateDatabase(db);
  // Seeding first: its seconds of work must not count as load in the app's event-loop monitor.
  const seeded = config.KIOSQUE_SEED === 'demo' && isEmpty({ db })
    ? seedDemo({ db, repos: createRepositories(db), now: Date.now, config }) : null;
  const app = await buildApp({
    config,
    db,
    logger: {
      level: config.LOG_LEVEL,
      redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'key', '*.key'], censor: '[redacted]' },
    },
    server: serverTimeouts(config.KIOSQUE_REQUEST_TIMEOUT_MS),
    ownsDatabase: true,
    cacheBytes: config.KIOSQUE_CACHE_MB * 1024 * 1024,
  });
  if (seeded) app.log.info(seeded, 'seeded the demo newsroom');
  closeWithGrace({ delay: 10_000 }, shutdown(app));
  await app.listen({ port: config.PORT, host: config.HOST });
  return app;
}
