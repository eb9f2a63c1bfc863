/**
 * SQLite failures that say the database is unusable for a moment, not that
 * the request or the code is wrong. The driver's error `code` is read as a
 * plain string, so nothing here depends on better-sqlite3. Each failed write
 * was a rolled-back transaction: nothing of it was written.
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

/** The problem an SQLite error code stands for, or null for any other error. */
export function storageFailure(code: unknown): StorageFailure | null {
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  // Extended codes (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE…) share their primary code's prefix.
  const primary = /^SQLITE_[A-Z]+/.exec(code)![0];
  if (primary === 'SQLITE_BUSY' || primary === 'SQLITE_LOCKED') return BUSY;
  if (primary === 'SQLITE_FULL') return FULL;
  if (primary === 'SQLITE_IOERR' || primary === 'SQLITE_CANTOPEN' || primary === 'SQLITE_READONLY') return UNAVAILABLE;
  return null;
}
