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
