import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../src/db/connection.js';
import { migrationsFolder } from '../src/db/migrations.js';
import type { Fresh } from './database.js';

const TEST_DATABASE_URL = process.env.KIOSQUE_TEST_DATABASE_URL;

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

/**
 * Creates the migrated template once for every test process (they run in parallel: a lock orders
 * them; test/suite.mjs drops old templates before the pass, so the first process makes it anew).
 */
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
 * A database of its own for one test, copied from the template; dropped by `dispose`. Copied as files
 * (PostgreSQL 15 or later): about 20 ms for this small template, against 100 ms through the write-ahead
 * log, 15's default; each copy takes a checkpoint, which the test server's settings (fsync off) make cheap.
 */
export async function freshPostgres(): Promise<Fresh> {
  await ensureTemplate();
  const name = `kiosque_test_${process.pid}_${++counter}`;
  await admin((client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE} STRATEGY FILE_COPY`));
  // A generous wait for a connection: on a loaded machine, opening one can take longer than production's 2 s.
  const db = openDatabase(urlOf(name), { pool: 4, acquireTimeoutMs: 15_000 });
  const dispose = async () => {
    await db.close();
    await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  };
  return { db, url: urlOf(name), dispose };
}


/** Triggers that make writes of a table skip rows or fail, as another writer or a failing disk would. */
export const postgresTriggers = {
  ignore: (table: string, operation: string) => [
    'CREATE OR REPLACE FUNCTION other_writer() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$',
    `CREATE TRIGGER other_writer BEFORE ${operation} ON ${table} FOR EACH ROW EXECUTE FUNCTION other_writer()`,
  ],
  fail: (table: string) => [
    "CREATE OR REPLACE FUNCTION failing() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by a test'; END $$",
    `CREATE TRIGGER failing BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION failing()`,
  ],
  drop: (name: string, table: string) => `DROP TRIGGER ${name} ON ${table}`,
};
