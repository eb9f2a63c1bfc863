/**
 * Database failures that say the database is unusable for a moment, not that
 * the request or the code is wrong: SQLite's result codes, PostgreSQL's
 * SQLSTATEs, and the connection failures of its driver (see db/postgres.ts).
 * The error `code` is read as a plain string, so nothing here depends on a
 * driver. Each failed write was a rolled-back transaction, nothing of it written, but one: a SQLite
 * write committed whose log could not then be flushed to the disk (NotDurableError in db/sqlite.ts).
 */
export interface StorageFailure {
  status: 503 | 507;
  code: 'DATABASE_BUSY' | 'INSUFFICIENT_STORAGE' | 'DATABASE_UNAVAILABLE';
  detail: string;
  /** Seconds a client should wait before retrying, for Retry-After. */
  retryAfter?: number;
}

const BUSY: StorageFailure = {
  status: 503, code: 'DATABASE_BUSY', retryAfter: 1,
  detail: 'Another writer holds the database; nothing was written. Retry shortly.',
};
const FULL: StorageFailure = {
  status: 507, code: 'INSUFFICIENT_STORAGE',
  detail: 'The server is out of storage space; nothing was written.',
};
const UNAVAILABLE: StorageFailure = {
  status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: 5,
  detail: 'The database could not be read or written; nothing was written. Retry later.',
};

const NOT_DURABLE: StorageFailure = {
  status: 503, code: 'DATABASE_UNAVAILABLE', retryAfter: 5,
  detail: 'The write was committed but could not be flushed to the disk: it may be lost if the server stops. Read it back before retrying.',
};

/** PostgreSQL's SQLSTATEs (and the pool's and sockets' failures) by what they mean for a client. */
const POSTGRES: [RegExp, StorageFailure][] = [
  // Lock and serialisation conflicts, a statement timeout, an exhausted pool or server: try again shortly.
  [/^(40001|40P01|55P03|57014|53300|POOL_EXHAUSTED)$/, BUSY],
  [/^53100$/, FULL],
  // The connection or the server went away (restart, failover, network), or it is read-only (a standby).
  [/^(08...|57P0[123]|25006|CONNECTION_LOST|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|EHOSTUNREACH|ENOTFOUND|EAI_AGAIN)$/, UNAVAILABLE],
];

/** The problem a database error code stands for, or null for any other error. */
export function storageFailure(code: unknown): StorageFailure | null {
  if (typeof code !== 'string') return null;
  if (!code.startsWith('SQLITE_')) return POSTGRES.find(([pattern]) => pattern.test(code))?.[1] ?? null;
  if (code === 'SQLITE_IOERR_FSYNC') return NOT_DURABLE;
  // Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE…) share their primary code's prefix.
  const primary = /^SQLITE_[A-Z]+/.exec(code)![0];
  if (primary === 'SQLITE_BUSY' || primary === 'SQLITE_LOCKED') return BUSY;
  if (primary === 'SQLITE_FULL') return FULL;
  if (primary === 'SQLITE_IOERR' || primary === 'SQLITE_CANTOPEN' || primary === 'SQLITE_READONLY') return UNAVAILABLE;
  return null;
}
