import { mkdirSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Database, TransactionOptions } from './database.js';
import type { Executor, Params } from './executor.js';
import { sqliteDialect } from './dialect-sqlite.js';
import { migrationsFolder } from './migrations.js';
import { startCheckpoints, type Checkpoints } from './sqlite-checkpoints.js';
import { transactionContext } from './transaction-context.js';

/** How long a write waits for another connection's lock before failing with SQLITE_BUSY. */
export const BUSY_TIMEOUT_MS = 1000;
/** Statements kept prepared; list and search queries vary only by which filters are present. */
const MAX_STATEMENTS = 1000;

export interface SqliteDatabase extends Database {
  /** The driver's connection, for what only SQLite has (backups, pragmas in tests). */
  readonly client: BetterSqlite3.Database;
  /** The log's checkpoints since the first write, null before it (tests). */
  checkpoints(): Checkpoints['stats'] | null;
}

// better-sqlite3 binds numbers, strings, bigints, buffers and null: booleans become 0 and 1.
function bind(params: Params): Params {
  for (const key in params) {
    if (typeof params[key] === 'boolean') return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v]));
  }
  return params;
}

/** A statement kept prepared, and for one that returns rows, what makes each row an object. */
type Prepared = { statement: BetterSqlite3.Statement; row: ((values: unknown) => unknown) | undefined };

/**
 * Rows as objects made by a function written for the statement's columns (an object literal of them), from
 * the values better-sqlite3 gives in raw mode. Its own objects are built a column at a time: a list of 21
 * articles (26 columns) cost about 90 µs more that way, and each row took a shape of its own.
 */
function rowOf(statement: BetterSqlite3.Statement): (values: unknown) => unknown {
  statement.raw(true);
  const columns = statement.columns().map((c, i) => `${JSON.stringify(c.name)}: v[${i}]`);
  return new Function('v', `return { ${columns.join(', ')} };`) as (values: unknown) => unknown;
}

/** The error a write gets when the log it was committed to could not be flushed to the disk. */
export class NotDurableError extends Error {
  readonly code = 'SQLITE_IOERR_FSYNC';
}

/** How the log's file is opened (tests count the openings). */
export type OpenFile = (path: string, flags: string) => Promise<Pick<FileHandle, 'datasync' | 'close'>>;

/**
 * Makes what was committed to the write-ahead log durable, off the main thread: an fdatasync of the log in
 * libuv's pool. The log is opened once and kept: opening and closing it at each write cost more CPU than the
 * flush itself (~120 µs) and a millisecond of waiting. SQLite keeps the file while any connection is open
 * (it removes it at the last close), so it is the file this connection writes to. After a failed flush the
 * file is opened again by its name, so a log made anew is the one flushed.
 */
export function createLogFlusher(wal: string, openFile: OpenFile = open) {
  let handle: ReturnType<OpenFile> | null = null;
  const forget = () => {
    const kept = handle;
    handle = null;
    return kept?.then((h) => h.close()).catch(() => undefined);
  };
  const running = new Set<Promise<void>>();
  async function sync(): Promise<void> {
    try {
      handle ??= openFile(wal, 'r');
      await (await handle).datasync();
    } catch (error) {
      void forget();
      throw new NotDurableError(`the write-ahead log could not be flushed: ${(error as Error).message}`);
    }
  }
  return {
    flush(): Promise<void> {
      const flushing = sync().finally(() => running.delete(flushing));
      running.add(flushing);
      return flushing;
    },
    /** Closes the file once the flushes under way are done. */
    async close(): Promise<void> {
      await Promise.allSettled(running);
      await forget();
    },
  };
}

/**
 * Opens a SQLite database with the pragmas Kiosque relies on. A news API must
 * not acknowledge a write it may lose: in WAL mode with `synchronous = NORMAL`
 * a COMMIT only writes the log, so each write transaction then flushes the log
 * (`flush`, on libuv's pool) before it resolves. `synchronous = FULL` did the same
 * inside COMMIT, on the main thread: every request waited for the disk (~5 ms an
 * fsync on this machine's virtual disk) at each write. Meanwhile the next write
 * may commit: one flush then covers both.
 * `verbose` is called with every statement run (better-sqlite3's tracing; tests use it);
 * `flush` replaces the log's flush (tests use it); `maxLogFrames`, the log's length past which a write
 * waits for a checkpoint (tests lower it).
 *
 * Its transactions are asynchronous, which better-sqlite3's own are not (an
 * async callback would commit at its first await): BEGIN IMMEDIATE and COMMIT
 * are issued around the callback on the one connection, transactions are
 * queued so that one runs at a time, and statements issued outside the open
 * transaction (other requests' reads) wait for it to end rather than see
 * what it has not committed.
 */
export function openSqlite(path: string, options: { verbose?: (sql: unknown) => void; flush?: () => Promise<void>; maxLogFrames?: number } = {}): SqliteDatabase {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const client = new BetterSqlite3(path, options);
  client.pragma('journal_mode = WAL');
  client.pragma('synchronous = NORMAL');
  const log = createLogFlusher(`${resolve(path)}-wal`);
  const flushLog = options.flush ?? (path === ':memory:' ? async () => undefined : log.flush);
  // Started with the first write: most commands that open the database never write.
  let checkpoints: Checkpoints | null = null;
  const flush = async () => {
    await flushLog();
    if (path === ':memory:') return;
    checkpoints ??= startCheckpoints(resolve(path), {
      maxFrames: options.maxLogFrames,
      off: () => client.pragma('wal_autocheckpoint = 0'),
      fallback: () => client.open && client.pragma('wal_autocheckpoint = 1000'),
    });
    checkpoints.wrote();
  };
  client.pragma('foreign_keys = ON');
  // Waiting for another process's write lock blocks every request of this one: a second bounds
  // that stall; past it a write answers 503 DATABASE_BUSY with Retry-After (see lib/storage-errors.ts).
  client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);

  const statements = new Map<string, Prepared>();
  const prepare = (sql: string): Prepared => {
    let prepared = statements.get(sql);
    if (!prepared) {
      const statement = client.prepare(sql);
      prepared = { statement, row: statement.reader ? rowOf(statement) : undefined };
      if (statements.size < MAX_STATEMENTS) statements.set(sql, prepared);
    }
    return prepared;
  };
  const inTransaction = transactionContext<true>();
  // Settles when the open transaction ends; null when none is open.
  let open: Promise<void> | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  const idle = async () => {
    while (open !== null && !inTransaction.getStore()) await open;
  };

  const sql: Executor = {
    dialect: sqliteDialect,
    async all<T>(text: string, params?: Params) {
      if (open !== null) await idle();
      const { statement, row } = prepare(text);
      return (params ? statement.all(bind(params)) : statement.all()).map(row!) as T[];
    },
    async get<T>(text: string, params?: Params) {
      if (open !== null) await idle();
      const { statement, row } = prepare(text);
      const values = params ? statement.get(bind(params)) : statement.get();
      return (values && row!(values)) as T | undefined;
    },
    async run(text: string, params?: Params) {
      if (open !== null) await idle();
      const { statement } = prepare(text);
      const { changes } = params ? statement.run(bind(params)) : statement.run();
      // A statement outside a transaction committed on its own: flushed as a transaction's COMMIT is.
      if (changes > 0 && !inTransaction.getStore()) await flush();
      return changes;
    },
  };

  async function execute<T>(work: (tx: Executor) => Promise<T>, wait: boolean): Promise<T> {
    if (!wait) client.pragma('busy_timeout = 0');
    try {
      client.exec('BEGIN IMMEDIATE');
    } finally {
      if (!wait) client.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    }
    let ended!: () => void;
    open = new Promise((resolve) => { ended = resolve; });
    // Statements waiting for the transaction to end run after the COMMIT or ROLLBACK that follows it at once.
    const end = () => {
      open = null;
      ended();
    };
    let result: T;
    try {
      result = await inTransaction.run(true, () => work(sql));
      client.exec('COMMIT');
    } catch (error) {
      end();
      // Some failures (a full disk, an I/O error) have already ended the transaction.
      if (client.inTransaction) client.exec('ROLLBACK');
      throw error;
    }
    end();
    return result;
  }

  const dataVersion = client.prepare('PRAGMA data_version').pluck();
  return {
    dialect: sqliteDialect,
    sql,
    client,
    transaction<T>(work: (tx: Executor) => Promise<T>, { wait = true }: TransactionOptions = {}): Promise<T> {
      if (inTransaction.getStore()) return work(sql);
      // A log grown too long is copied whole first, so that this write starts it over (see sqlite-checkpoints.ts).
      const committed = queue.then(() => checkpoints?.beforeWrite()).then(() => execute(work, wait));
      queue = committed.catch(() => undefined);
      return committed.then(async (result) => {
        await flush();
        return result;
      });
    },
    async migrate() {
      // With foreign keys off: a migration that rebuilds a table (0018, to order its columns) drops the old
      // one, and with them on, that drop would delete every row referencing it (bylines, tags, revisions…).
      // Drizzle runs the pending migrations in one transaction, where the pragma cannot change: around it.
      const schema = () => client.pragma('schema_version', { simple: true });
      const before = schema();
      client.pragma('foreign_keys = OFF');
      try {
        migrate(drizzle(client), { migrationsFolder: migrationsFolder('sqlite') });
        // What a migration wrote must reference what exists, as the constraints it ran without would have checked.
        if (schema() !== before && (client.pragma('foreign_key_check') as unknown[]).length > 0) {
          throw new Error('a migration left rows referencing rows that do not exist (PRAGMA foreign_key_check)');
        }
      } finally {
        client.pragma('foreign_keys = ON');
      }
    },
    externalVersion: () => dataVersion.get() as number,
    checkpoints: () => checkpoints?.stats ?? null,
    async ping() {
      client.prepare('SELECT 1').get();
    },
    async close() {
      await queue;
      await checkpoints?.close();
      await log.close();
      if (!client.open) return;
      if (client.name !== ':memory:') client.pragma('wal_checkpoint(TRUNCATE)');
      client.close();
    },
  };
}
