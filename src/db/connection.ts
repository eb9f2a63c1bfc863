import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export const migrationsFolder = resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations');

/** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 1000;

/**
 * Opens a SQLite database with the pragmas Kiosque relies on. better-sqlite3
 * leaves `synchronous` at NORMAL in WAL mode, which can lose the last commits
 * on power loss: a news API must not acknowledge a write it may lose.
 * `verbose` is called with every statement run (better-sqlite3's tracing; tests use it).
 */
export function openDatabase(path: string, options: { verbose?: (sql: unknown) => void } = {}): Db {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = new Database(path, options);
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = FULL');
  client.pragma('foreign_keys = ON');
  // The driver is synchronous: waiting for another process's write lock blocks
  // every request of this one. A second bounds that stall; past it a write
  // answers 503 DATABASE_BUSY with Retry-After (see lib/storage-errors.ts).
  client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  return drizzle(client, { schema });
}

export function migrateDatabase(db: Db): void {
  migrate(db, { migrationsFolder });
}

export function closeDatabase(db: Db): void {
  if (!db.$client.open) return;
  if (db.$client.name !== ':memory:') db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.close();
}

/**
 * Runs the synchronous part of background work (the schedule watcher, the
 * webhook worker) without waiting for another process's write lock: the
 * driver waits inside the event loop, so a background job would hold every
 * request for up to the busy timeout. A busy turn fails (SQLITE_BUSY, a warning)
 * and the job tries again at its next turn.
 */
export function withoutLockWait<T>(db: Db, work: () => T): T {
  db.$client.pragma('busy_timeout = 0');
  try {
    return work();
  } finally {
    db.$client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  }
}
