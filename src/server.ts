import closeWithGrace from 'close-with-grace';
import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/connection.js';
import { isEmpty } from './db/seed/empty.js';

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

/** A start that cannot go on: its message is the one line an operator reads. */
export class StartupError extends Error {}

/** DATABASE_URL without its password, for messages. */
export const redactUrl = (url: string) => url.replace(/^([a-z]+:\/\/[^:/@]*):[^@]*@/, '$1:***@');

/**
 * Opens and migrates the database DATABASE_URL names; an unreachable or
 * misconfigured one is a StartupError naming it and the cause.
 */
export async function openMigrated(config: Config): Promise<Database> {
  let db: Database | undefined;
  try {
    db = openDatabase(config.DATABASE_URL, { pool: config.KIOSQUE_DB_POOL });
    await db.migrate();
    return db;
  } catch (error) {
    await db?.close();
    throw new StartupError(`cannot use the database ${redactUrl(config.DATABASE_URL)}: ${(error as Error).message}`);
  }
}

/** Fills the database with the demo newsroom (loaded only then). */
export async function seedDemoNewsroom(db: Database, config: Config) {
  const { seedDemo: seed } = await import('./db/seed/index.js');
  return seed({ db, now: Date.now, config });
}

/** The demo newsroom seeded when the configuration asks for it and the database is empty; what it wrote, or null. */
export async function seedIfAsked(db: Database, config: Config) {
  return config.KIOSQUE_SEED === 'demo' && await isEmpty({ db }) ? seedDemoNewsroom(db, config) : null;
}

/** Starts Kiosque: open and migrate the database, seed it if asked, listen, and stop gracefully. */
export async function startServer(config: Config) {
  const db = await openMigrated(config);
  // Seeding first: its seconds of work must not count as load in the app's event-loop monitor.
  const seeded = await seedIfAsked(db, config);
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
  try {
    await app.listen({ port: config.PORT, host: config.HOST });
  } catch (error) {
    // A port already taken: nothing is left running, so the process ends with the exit code the caller sets.
    await app.close();
    throw error;
  }
  // Once listening: close-with-grace ends the process with 0 when nothing is left to run, whatever went before.
  closeWithGrace({ delay: 10_000 }, shutdown(app));
  return app;
}
