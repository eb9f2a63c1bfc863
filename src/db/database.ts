import type { Dialect, Executor } from './executor.js';

export interface TransactionOptions {
  /**
   * False for background work: fail at once (a busy error, tried again next
   * turn) rather than wait for a lock another process holds. SQLite waits
   * inside the event loop, stalling every request meanwhile.
   */
  wait?: boolean;
}

/**
 * A database Kiosque runs on, whatever the dialect: statements outside any
 * transaction (`sql`), and transactions whose statements share one
 * connection. A transaction commits when `work` resolves and rolls back
 * when it rejects; a transaction opened inside another joins it.
 */
export interface Database {
  readonly dialect: Dialect;
  readonly sql: Executor;
  transaction<T>(work: (sql: Executor) => Promise<T>, options?: TransactionOptions): Promise<T>;
  /** Applies the pending migrations of this dialect. */
  migrate(): Promise<void>;
  /**
   * A number that changes when another process commits, read synchronously
   * on the request path (the response cache): SQLite's data_version;
   * on PostgreSQL, notifications of recorded changes (postgres-notify.ts).
   */
  externalVersion(): number;
  /** Resolves when the database answers a trivial query. */
  ping(): Promise<void>;
  /** Waits for the transaction in flight, then closes every connection. */
  close(): Promise<void>;
}

/**
 * How long other processes' commits may go unseen by this one, by its response cache
 * (plugins/response-cache-watch.ts) and the instants it dates answers by (modules/changes/purge-clock.ts).
 * SQLite's data_version takes the database's read lock (system calls): read on every request, it cost as
 * much as the rest of a cache hit, and 20 µs of an uncached article's 240. This process's own writes are
 * seen at once.
 */
export const EXTERNAL_CHECK_MS = 25;

/** `read`, called again at most every `ms` (by `clock`): in between, what it last gave. */
export function sampled(read: () => number, ms = EXTERNAL_CHECK_MS, clock = () => performance.now()): () => number {
  let at = -Infinity;
  let value = 0;
  return () => {
    const now = clock();
    if (now - at >= ms) {
      at = now;
      value = read();
    }
    return value;
  };
}
