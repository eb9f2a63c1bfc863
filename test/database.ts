import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Database } from '../src/db/connection.js';
import { migrationsFolder } from '../src/db/migrations.js';
import { createRepositories, transactor } from '../src/db/repositories.js';

/**
 * Which database the tests run on. `KIOSQUE_TEST_DATABASE_URL=postgres://…`
 * (a role that may create databases) runs every test on PostgreSQL, each on
 * a database of its own copied from a migrated template; otherwise SQLite, in memory.
 */
export const TEST_DATABASE_URL = process.env.KIOSQUE_TEST_DATABASE_URL;
export const onPostgres = TEST_DATABASE_URL !== undefined;
export const dialect = onPostgres ? 'postgres' : 'sqlite';

type Teardown = { teardown(fn: () => unknown): void };

// The template's name follows the migrations, so a changed migration gets a template of its own.
const folder = migrationsFolder('postgres');
const migrationsHash = createHash('sha1').update(readdirSync(folder).filter((f) => f.endsWith('.sql')).sort()
  .map((f) => readFileSync(join(folder, f), 'utf8')).join('\n')).digest('hex').slice(0, 12);
const TEMPLATE = `kiosque_template_${migrationsHash}`;
let counter = 0;
let templateReady: Promise<void> | undefined;

const urlOf = (database: string) => {
  const url = new URL(TEST_DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
};

/** Runs `work` on a connection to the server's own database (where databases are created and dropped). */
async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the migrated template once for every test process (they run in parallel: a lock orders them). */
function ensureTemplate(): Promise<void> {
  templateReady ??= admin(async (client) => {
    await client.query("SELECT pg_advisory_lock(hashtext('kiosque:test-template'))");
    try {
      const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [TEMPLATE]);
      if (exists.rowCount) return;
      await client.query(`CREATE DATABASE ${TEMPLATE}_new`);
      const db = openDatabase(urlOf(`${TEMPLATE}_new`), { pool: 1 });
      await db.migrate();
      await db.close();
      await client.query(`ALTER DATABASE ${TEMPLATE}_new RENAME TO ${TEMPLATE}`);
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext('kiosque:test-template'))");
    }
  });
  return templateReady;
}

/**
 * A fresh, migrated database, its DATABASE_URL (for the CLI and other processes: on SQLite, give a
 * file as `sqlite`), and what removes it (closed, and dropped on PostgreSQL).
 */
export async function freshDatabase(options: { verbose?: (sql: unknown) => void; sqlite?: string } = {}) {
  if (!onPostgres) {
    const path = options.sqlite ?? ':memory:';
    const db = openDatabase(path, { verbose: options.verbose });
    await db.migrate();
    return { db, url: `file:${path}`, dispose: () => db.close() };
  }
  await ensureTemplate();
  const name = `kiosque_test_${process.pid}_${++counter}`;
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE}`));
  const db = openDatabase(urlOf(name), { pool: 4 });
  const dispose = async () => {
    await db.close();
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  };
  return { db, url: urlOf(name), dispose };
}

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
