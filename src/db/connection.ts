import type { Database } from './database.js';
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';

export type { Database } from './database.js';
export { BUSY_TIMEOUT_MS } from './sqlite.js';

export interface OpenOptions {
  /** PostgreSQL's pool size (KIOSQUE_DB_POOL). */
  pool?: number;
  /** SQLite: called with every statement run (tests trace statements with it). */
  verbose?: (sql: unknown) => void;
  /** PostgreSQL: how long a query waits for a free connection (2 s), and a statement may run (30 s). */
  acquireTimeoutMs?: number;
  statementTimeoutMs?: number;
}

export const isPostgresUrl = (url: string) => /^postgres(ql)?:\/\//.test(url);

/**
 * Opens the database a DATABASE_URL names: `postgres://…` (a pool), or a
 * SQLite file (`file:data/kiosque.db`, a plain path, or `:memory:`).
 */
export function openDatabase(url: string, options: OpenOptions = {}): Database {
  if (isPostgresUrl(url)) return openPostgres(url, { ...options, max: options.pool ?? 10 });
  return openSqlite(url.startsWith('file:') ? url.slice('file:'.length) : url, { verbose: options.verbose });
}
