import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, type Database } from '../src/db/connection.js';
import { createRepositories, transactor } from '../src/db/repositories.js';
import { freshPostgres, postgresTriggers } from './database-postgres.js';

/**
 * Which database the tests run on. `KIOSQUE_TEST_DATABASE_URL=postgres://…`
 * (a role that may create databases) runs every test on PostgreSQL, each on
 * a database of its own copied from a migrated template (database-postgres.ts);
 * otherwise SQLite, in memory. What differs lives in one function per dialect.
 */
export const onPostgres = Boolean(process.env.KIOSQUE_TEST_DATABASE_URL);
export const dialect = (['sqlite', 'postgres'] as const)[Number(onPostgres)];
const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the test files that opened a database of the run's dialect are noted (recordDialectUse; test/suite.mjs reads it). */
const DIALECT_FILES = join(root, '.tap/dialect-files');

type Teardown = { teardown(fn: () => unknown): void };
/** `on`: a dialect for this database whatever the run's (a test of SQLite's own tracing). */
interface FreshOptions { verbose?: (sql: unknown) => void; sqlite?: string; on?: typeof dialect }
/** A fresh, migrated database, its DATABASE_URL (for the CLI and other processes), and what removes it. */
export interface Fresh { db: Database; url: string; dispose: () => Promise<void> }

/** On SQLite, in memory, or in the file `sqlite` where a test needs one that other processes can open. */
async function freshSqlite(options: FreshOptions): Promise<Fresh> {
  const path = options.sqlite ?? ':memory:';
  const db = openDatabase(path, { verbose: options.verbose });
  await db.migrate();
  return { db, url: `file:${path}`, dispose: () => db.close() };
}

const fresh: Record<typeof dialect, (options: FreshOptions) => Promise<Fresh>> = { sqlite: freshSqlite, postgres: freshPostgres };

/**
 * A fresh, migrated database for the dialect of this run. `verbose` (SQLite's statement
 * tracing) and `sqlite` (a file rather than memory) apply to SQLite only.
 */
export function freshDatabase(options: FreshOptions = {}): Promise<Fresh> {
  if (!options.on) recordDialectUse();
  return fresh[options.on ?? dialect](options);
}

/**
 * Notes, for test/suite.mjs, that this test file opened a database of the run's dialect: the files
 * the SQLite pass notes (and those that name the dialect) are the ones the PostgreSQL pass runs again.
 * One empty file per test file, so that tests running in parallel never write the same file.
 */
function recordDialectUse(): void {
  mkdirSync(DIALECT_FILES, { recursive: true });
  writeFileSync(join(DIALECT_FILES, encodeURIComponent(relative(root, process.argv[1]))), '');
}

/** Triggers that make writes of a table skip rows or fail, as another writer or a failing disk would. */
export const triggers = {
  sqlite: {
    ignore: (table: string, operation: string) => [`CREATE TEMP TRIGGER other_writer BEFORE ${operation} ON ${table} BEGIN SELECT RAISE(IGNORE); END`],
    fail: (table: string) => [`CREATE TEMP TRIGGER failing BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'refused by a test'); END`],
    drop: (name: string) => `DROP TRIGGER ${name}`,
  },
  postgres: postgresTriggers,
};

/**
 * A fresh, migrated database for one test (in memory on SQLite, or the
 * SQLite file `sqlite`), removed when the test ends.
 */
export async function testDatabase(t: Teardown, options: { verbose?: (sql: unknown) => void; sqlite?: string } = {}): Promise<Database> {
  const { db, dispose } = await freshDatabase(options);
  t.teardown(dispose);
  return db;
}

/** Runs SQL written for both dialects (`@name` placeholders) on a test database. */
export const exec = (db: Database, sql: string, params?: Record<string, unknown>) => db.sql.run(sql, params);
export const query = <T = Record<string, unknown>>(db: Database, sql: string, params?: Record<string, unknown>) => db.sql.all<T>(sql, params);

/** Repositories over a fresh test database (outside any transaction), and transactions on it. */
export async function testRepositories(t: Teardown) {
  const db = await testDatabase(t);
  return { db, repos: createRepositories(db.sql), transaction: transactor(db) };
}

/**
 * Counts what a database is asked to write from now on: statements run
 * outside a transaction, and transactions (repositories call `sql.run` and
 * `transaction` at each call, so a count installed after an app was built sees its writes).
 */
export function countWrites(db: Database): () => number {
  let writes = 0;
  const run = db.sql.run.bind(db.sql);
  const transaction = db.transaction.bind(db);
  (db.sql as { run: typeof run }).run = (sql, params) => {
    writes++;
    return run(sql, params);
  };
  db.transaction = (work, options) => {
    writes++;
    return transaction(work, options);
  };
  return () => writes;
}

/**
 * Records the SQL of every statement run outside a transaction from now on, whatever the dialect
 * (repositories call `sql.all`, `sql.get` and `sql.run` at each call).
 */
export function traceStatements(db: Database): string[] {
  const traced: string[] = [];
  const sql = db.sql as { -readonly [K in 'all' | 'get' | 'run']: Database['sql'][K] };
  for (const method of ['all', 'get', 'run'] as const) {
    const original = sql[method].bind(db.sql) as (text: string, params?: Record<string, unknown>) => Promise<never>;
    sql[method] = ((text: string, params?: Record<string, unknown>) => {
      traced.push(text);
      return original(text, params);
    }) as never;
  }
  return traced;
}
