import { getTableName, is, Table } from 'drizzle-orm';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig as postgresConfig, type PgTable } from 'drizzle-orm/pg-core';
import * as sqliteSchema from './schema/sqlite.js';
import * as postgresSchema from './schema/postgres.js';
import type { Database } from './database.js';
import type { DialectName, Executor } from './executor.js';
import { transactor } from './repositories.js';
import { sqliteCopy } from './copy-sqlite.js';
import { postgresCopy } from './copy-postgres.js';

/**
 * `kiosque copy`: a newsroom moved from one database to another (SQLite or
 * PostgreSQL, either way), table by table, with its ids, its change feed's
 * positions and its keys' hashes as they are, read from one snapshot of the
 * source. The tables come from the schema: one added later is copied too.
 */

/** Tables rebuilt on the target from what was copied, never copied: the search index. */
export const DERIVED = ['article_search'];

/** A table as the copy sees it; `key` is its primary key, in whose order batches are read. */
export interface CopyTable {
  name: string;
  columns: string[];
  key: string[];
  /** Columns that reference the table's own key (a section's parent): its rows are written parents first. */
  selfRefs: { column: string; references: string }[];
  /** Tables it references: they are copied before it. */
  references: string[];
  /** A key the database numbers itself (the change feed's seq): its sequence goes with the rows. */
  identity?: string;
}

/** What differs by dialect (copy-sqlite.ts, copy-postgres.ts). */
export interface CopyDialect {
  /** Runs `work` on one consistent snapshot of the database, without blocking its writers. */
  snapshot<T>(db: Database, work: (sql: Executor) => Promise<T>): Promise<T>;
  /** The INSERT of rows whose values are `values` (`(@v0, @v1), (…)`), keys included. */
  insert(table: string, columns: string, values: string): string;
  /** The last value the sequence of `table`'s `column` gave (0 when none). */
  sequence(sql: Executor, table: string, column: string): Promise<number>;
  setSequence(sql: Executor, table: string, column: string, value: number): Promise<void>;
}

const dialects: Record<DialectName, CopyDialect> = { sqlite: sqliteCopy, postgres: postgresCopy };

const quote = (name: string) => `"${name}"`;
const tablesOf = (schema: Record<string, unknown>) => Object.values(schema).filter((v): v is Table => is(v, Table));

function describe(table: SQLiteTable): CopyTable {
  const config = getTableConfig(table);
  const name = config.name;
  const key = config.primaryKeys[0]?.columns.map((c) => c.name) ?? config.columns.filter((c) => c.primary).map((c) => c.name);
  if (key.length === 0) throw new Error(`${name} has no primary key: the copy reads tables in the order of their keys`);
  const references = config.foreignKeys.map((fk) => fk.reference());
  const postgresTable = tablesOf(postgresSchema).find((t) => getTableName(t) === name) as PgTable | undefined;
  return {
    name, key,
    columns: config.columns.map((c) => c.name),
    selfRefs: references.filter((r) => getTableName(r.foreignTable) === name)
      .map((r) => ({ column: r.columns[0].name, references: r.foreignColumns[0].name })),
    references: references.map((r) => getTableName(r.foreignTable)).filter((t) => t !== name),
    identity: postgresTable && postgresConfig(postgresTable).columns.find((c) => c.generatedIdentity !== undefined)?.name,
  };
}

/** Every table of the schema, referenced tables first; the `derived` ones are not copied. */
export function copyPlan(schema: Record<string, unknown> = sqliteSchema): { tables: CopyTable[]; copied: CopyTable[]; derived: string[] } {
  const described = new Map(tablesOf(schema).map((table) => [getTableName(table), table]));
  const ordered: CopyTable[] = [];
  const visit = (name: string) => {
    const table = described.get(name);
    if (!table) return;
    described.delete(name);
    const copy = describe(table as SQLiteTable);
    copy.references.forEach(visit);
    ordered.push(copy);
  };
  [...described.keys()].forEach(visit);
  return { tables: ordered, copied: ordered.filter((t) => !DERIVED.includes(t.name)), derived: DERIVED.filter((name) => ordered.some((t) => t.name === name)) };
}

/** Rows of each table. */
export async function countRows(sql: Executor, tables: string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of tables) counts[name] = (await sql.get<{ n: number }>(`SELECT count(*) AS n FROM ${quote(name)}`))!.n;
  return counts;
}

/** Deletes every row of `tables` (referencing ones first) in one transaction, a table's references to itself cut first. */
async function empty(db: Database, tables: CopyTable[]): Promise<void> {
  await db.transaction(async (sql) => {
    for (const { name, selfRefs } of tables) for (const { column } of selfRefs) await sql.run(`UPDATE ${quote(name)} SET ${quote(column)} = NULL`);
    for (const { name } of [...tables].reverse()) await sql.run(`DELETE FROM ${quote(name)}`);
  });
}

/** Rows in an order where each row's parent (a self-reference) comes before it. */
function parentsFirst(table: CopyTable, rows: Record<string, unknown>[]): Record<string, unknown>[] {
  const { column, references } = table.selfRefs[0];
  const pending = new Map(rows.map((row) => [row[references], row]));
  const ordered: Record<string, unknown>[] = [];
  const place = (row: Record<string, unknown>) => {
    if (!pending.delete(row[references])) return;
    const parent = pending.get(row[column]);
    if (parent) place(parent);
    ordered.push(row);
  };
  rows.forEach(place);
  return ordered;
}

/**
 * Batches of a table's rows in the order of its key, each read after the last
 * row of the one before; a table referencing itself in one batch, parents first.
 */
async function* batches(sql: Executor, table: CopyTable, size: number): AsyncGenerator<Record<string, unknown>[]> {
  const columns = table.columns.map(quote).join(', ');
  const order = table.key.map(quote).join(', ');
  const from = `SELECT ${columns} FROM ${quote(table.name)}`;
  if (table.selfRefs.length) {
    yield parentsFirst(table, await sql.all(`${from} ORDER BY ${order}`));
    return;
  }
  const next = `${from} WHERE (${order}) > (${table.key.map((_, i) => `@k${i}`).join(', ')}) ORDER BY ${order} LIMIT ${size}`;
  let rows = await sql.all<Record<string, unknown>>(`${from} ORDER BY ${order} LIMIT ${size}`);
  while (rows.length) {
    yield rows;
    const last = rows.at(-1)!;
    rows = rows.length < size ? [] : await sql.all(next, Object.fromEntries(table.key.map((column, i) => [`k${i}`, last[column]])));
  }
}

// Placeholders in one statement: under SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_PARAMETERS = 30_000;

/** Writes rows into `sql`'s table, several to a statement. */
async function insertRows(sql: Executor, dialect: CopyDialect, table: CopyTable, rows: Record<string, unknown>[]): Promise<void> {
  const width = table.columns.length;
  const perStatement = Math.floor(MAX_PARAMETERS / width);
  const columns = table.columns.map(quote).join(', ');
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    const params: Record<string, unknown> = {};
    const values = chunk.map((row, r) => `(${table.columns.map((column, c) => {
      params[`v${r * width + c}`] = row[column];
      return `@v${r * width + c}`;
    }).join(', ')})`).join(', ');
    await sql.run(dialect.insert(quote(table.name), columns, values), params);
  }
}

export interface CopyProgress {
  /** A table's copy starts, with `total` rows to copy. */
  start(table: string, total: number): void;
  /** `done` rows of it are written. */
  update(done: number): void;
  /** It is copied: `rows` in `ms` milliseconds. */
  end(table: string, rows: number, ms: number): void;
}

export interface CopyOptions {
  /** Rows per transaction on the target. */
  batch: number;
  /** Empties a target that is not empty, rather than refusing it. */
  force: boolean;
  progress: CopyProgress;
}

/** What a copy did: each table's rows in the source's snapshot and in the target after it, and the search index rebuilt. */
export interface CopyResult {
  tables: { name: string; source: number; target: number }[];
  indexed: number;
  indexMs: number;
}

/** The copy refused a target that has content: the tables that have rows, and how many. */
export interface Refused { refused: Record<string, number> }

async function copyTable(source: Executor, target: Database, table: CopyTable, options: CopyOptions): Promise<number> {
  const dialect = dialects[target.dialect.name];
  let done = 0;
  for await (const rows of batches(source, table, options.batch)) {
    for (let start = 0; start < rows.length; start += options.batch) {
      const batch = rows.slice(start, start + options.batch);
      await target.transaction((sql) => insertRows(sql, dialect, table, batch));
      done += batch.length;
      options.progress.update(done);
    }
  }
  if (table.identity) {
    const value = await dialects[source.dialect.name].sequence(source, table.name, table.identity);
    await dialect.setSequence(target.sql, table.name, table.identity, value);
  }
  return done;
}

/**
 * Copies every table of `source` into `target` (both migrated), then rebuilds
 * the target's search index and counts each table on both sides. A target
 * with any row is refused, or emptied first with `force`.
 */
export async function copyDatabase(source: Database, target: Database, options: CopyOptions): Promise<CopyResult | Refused> {
  const plan = copyPlan();
  const present = Object.entries(await countRows(target.sql, plan.tables.map((t) => t.name))).filter(([, n]) => n > 0);
  if (present.length && !options.force) return { refused: Object.fromEntries(present) };
  if (present.length) await empty(target, plan.tables);
  const counts = await dialects[source.dialect.name].snapshot(source, async (sql) => {
    const counted: Record<string, number> = {};
    for (const table of plan.copied) {
      counted[table.name] = (await countRows(sql, [table.name]))[table.name];
      options.progress.start(table.name, counted[table.name]);
      const started = performance.now();
      options.progress.end(table.name, await copyTable(sql, target, table, options), performance.now() - started);
    }
    return counted;
  });
  const started = performance.now();
  const indexed = await transactor(target)((repos) => repos.search.rebuild());
  const indexMs = performance.now() - started;
  const found = await countRows(target.sql, plan.copied.map((t) => t.name));
  // Once counted (it may add a row): servers already on the target start their response caches over.
  await transactor(target)((repos) => repos.changes.wroteOutside());
  return { tables: plan.copied.map(({ name }) => ({ name, source: counts[name], target: found[name] })), indexed, indexMs };
}
