import type pg from 'pg';
import type { Database, TransactionOptions } from './database.js';
import type { Executor, Params } from './executor.js';
import { postgresDialect } from './dialect-postgres.js';
import { migrationsFolder } from './migrations.js';
import { transactionContext } from './transaction-context.js';
import { createListener } from './postgres-notify.js';
import { loadPg } from './postgres-driver.js';

export interface PostgresOptions {
  /** Connections in the pool (KIOSQUE_DB_POOL). */
  max: number;
  /** How long a query waits for a free connection before failing with 503 (load is shed, not queued). */
  acquireTimeoutMs?: number;
  /** Statements running longer are cancelled by the server. */
  statementTimeoutMs?: number;
}

// Epoch milliseconds are bigints and computed scores numerics: both fit a double, and the
// code compares them as numbers, as SQLite returns them.
const NUMBERS = new Set([20, 1700]);
const types = {
  getTypeParser: ((oid: number, format?: string) => (NUMBERS.has(oid) ? Number
    : loadPg().types.getTypeParser(oid, format as 'text'))) as typeof pg.types.getTypeParser,
};

/**
 * Names the driver's failures that are not SQL errors (no SQLSTATE): a pool
 * with no connection free in time, a connection lost or never made. Sockets'
 * own errors keep their code (ECONNREFUSED…); see lib/storage-errors.ts.
 */
function normalise(error: unknown): never {
  const e = error as Error & { code?: unknown };
  if (e instanceof Error && e.code === undefined) {
    if (/timeout exceeded when trying to connect/.test(e.message)) e.code = 'POOL_EXHAUSTED';
    else if (/Connection terminated|Query read timeout|connection error|not queryable/i.test(e.message)) e.code = 'CONNECTION_LOST';
  }
  throw error;
}

/**
 * PostgreSQL's text cannot hold U+0000, which JSON and URLs can carry: it
 * becomes U+FFFD, so a lookup finds nothing (as on SQLite) and a write
 * stores the replacement character rather than failing.
 */
const textSafe = (value: unknown) => (typeof value === 'string' && value.includes('\u0000') ? value.replaceAll('\u0000', '\uFFFD') : value);

const ignore = () => undefined;

interface Translated { name: string; text: string; names: string[] }

/** `@name` placeholders as PostgreSQL's `$n`, each name bound once however often it appears. */
function translator() {
  const cache = new Map<string, Translated>();
  return (sql: string): Translated => {
    let found = cache.get(sql);
    if (!found) {
      const names: string[] = [];
      const text = sql.replace(/(?<![@\w])@([A-Za-z_]\w*)/g, (_m, name: string) => {
        const at = names.indexOf(name);
        return `$${at >= 0 ? at + 1 : names.push(name)}`;
      });
      found = { name: `k${cache.size}`, text, names };
      cache.set(sql, found);
    }
    return found;
  };
}

export function openPostgres(url: string, options: PostgresOptions): Database {
  const pool = new (loadPg().Pool)({
    connectionString: url, max: options.max, types,
    connectionTimeoutMillis: options.acquireTimeoutMs ?? 2_000,
    statement_timeout: options.statementTimeoutMs ?? 30_000,
    // The client gives up a little after the server would have: a lost server never hangs a request.
    query_timeout: (options.statementTimeoutMs ?? 30_000) + 5_000,
    keepAlive: true,
  });
  const translate = translator();
  // The connection of the transaction a statement is issued in: one issued through `sql` while a transaction
  // is open in the same async context joins it, rather than waiting on another connection for its locks.
  const inTransaction = transactionContext<pg.PoolClient>();
  // A connection runs one statement at a time: statements a transaction issues at once (Promise.all)
  // wait for each other here rather than in the driver, which deprecates queueing them.
  const queues = new WeakMap<pg.PoolClient, Promise<unknown>>();
  const onConnection = (client: pg.PoolClient, run: () => Promise<pg.QueryResult>) => {
    const result = (queues.get(client) ?? Promise.resolve()).then(run);
    queues.set(client, result.catch(ignore));
    return result;
  };
  const executor = (client: pg.Pool | pg.PoolClient): Executor => {
    const query = (sql: string, params: Params = {}) => {
      const { name, text, names } = translate(sql);
      const statement = { name, text, values: names.map((n) => textSafe(params[n])) };
      const target = inTransaction.getStore() ?? client;
      const run = () => target.query(statement);
      return (target instanceof loadPg().Pool ? run() : onConnection(target, run)).catch(normalise);
    };
    return {
      dialect: postgresDialect,
      all: async <T>(sql: string, params?: Params) => (await query(sql, params)).rows as T[],
      get: async <T>(sql: string, params?: Params) => (await query(sql, params)).rows[0] as T | undefined,
      run: async (sql: string, params?: Params) => (await query(sql, params)).rowCount ?? 0,
    };
  };
  const listener = createListener(url);
  const open = new Set<Promise<unknown>>();
  const checkOut = () => pool.connect().catch(normalise);
  // An idle connection that fails (a restarted server) is dropped by the pool, and the next query opens
  // another; unhandled, the event would end the process. A server that stays away fails the queries
  // themselves, each a 503 that is logged.
  pool.on('error', ignore);
  // A connection lost while checked out emits an error too (the pool listens only to idle ones): its
  // statements fail on their own, so the event needs a listener of its own, or it would end the process.
  pool.on('connect', (client) => client.on('error', ignore));

  async function execute<T>(work: (tx: Executor) => Promise<T>): Promise<T> {
    const client = await checkOut();
    let result: T;
    try {
      await client.query('BEGIN');
      result = await inTransaction.run(client, () => work(executor(client)));
      await client.query('COMMIT');
    } catch (error) {
      let broken: Error | undefined;
      await client.query('ROLLBACK').catch((e: Error) => { broken = e; });
      // A connection that failed to roll back is not given to anyone else.
      client.release(broken);
      return normalise(error);
    }
    client.release();
    return result;
  }

  return {
    dialect: postgresDialect,
    sql: executor(pool),
    transaction<T>(work: (tx: Executor) => Promise<T>, _options?: TransactionOptions): Promise<T> {
      if (inTransaction.getStore()) return work(executor(inTransaction.getStore()!));
      const running = execute(work);
      open.add(running);
      void running.catch(() => undefined).finally(() => open.delete(running));
      return running;
    },
    async migrate() {
      const client = await checkOut();
      let migrated = false;
      try {
        // Instances started together migrate one at a time.
        await client.query("SELECT pg_advisory_lock(hashtext('kiosque:migrate'))");
        // Drizzle's PostgreSQL driver and migrator load node-postgres: only a PostgreSQL database migrates with them.
        const [{ drizzle }, { migrate }] = await Promise.all([import('drizzle-orm/node-postgres'), import('drizzle-orm/node-postgres/migrator')]);
        await migrate(drizzle(client), { migrationsFolder: migrationsFolder('postgres') });
        await client.query("SELECT pg_advisory_unlock(hashtext('kiosque:migrate'))");
        migrated = true;
      } finally {
        // A failed migration ends its connection, and with it the session's lock.
        client.release(!migrated);
      }
    },
    externalVersion: listener.version,
    async ping() {
      await pool.query('SELECT 1').catch(normalise);
    },
    async close() {
      if (pool.ending) return;
      await listener.close();
      await Promise.allSettled(open);
      await pool.end();
    },
  };
}
