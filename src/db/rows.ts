import { getTableColumns, getTableName, type Table } from 'drizzle-orm';
import type { Dialect, Params } from './executor.js';

/**
 * Rows of a table as the code sees them (camelCase keys, JSON columns as
 * values, flags as booleans), read and written with SQL built from the
 * Drizzle table, the same for both dialects: the SQLite table's column
 * names and modes are the PostgreSQL one's (test/db/schema-parity.test.ts).
 */
interface Shape {
  name: string;
  /** [property, column] pairs. */
  columns: [string, string][];
  json: Set<string>;
  flags: Set<string>;
}

const shapes = new WeakMap<Table, Shape>();

function shapeOf(table: Table): Shape {
  let shape = shapes.get(table);
  if (!shape) {
    const columns = Object.entries(getTableColumns(table));
    shape = {
      name: getTableName(table),
      columns: columns.map(([key, column]) => [key, column.name]),
      json: new Set(columns.filter(([, c]) => c.dataType === 'json').map(([key]) => key)),
      flags: new Set(columns.filter(([, c]) => c.dataType === 'boolean').map(([key]) => key)),
    };
    shapes.set(table, shape);
  }
  return shape;
}

/** Every column of `table` (aliased `alias`) under its property name: `a.created_at AS "createdAt", …`. */
export function selectColumns(table: Table, alias = ''): string {
  return shapeOf(table).columns.map(([key, column]) => `${alias ? `${alias}.` : ''}${column} AS "${key}"`).join(', ');
}

/** `INSERT INTO table (…) VALUES (@…)` for the properties of `row` (absent ones take their defaults). */
export function insertSql(table: Table, row: object): string {
  const { name, columns } = shapeOf(table);
  const present = columns.filter(([key]) => key in row);
  return `INSERT INTO ${name} (${present.map(([, c]) => c).join(', ')}) VALUES (${present.map(([k]) => `@${k}`).join(', ')})`;
}

/** `col = @prop, …` for the properties of `row` but `except`. */
export function setClause(table: Table, row: object, except: string[] = []): string {
  return shapeOf(table).columns.filter(([key]) => key in row && !except.includes(key)).map(([k, c]) => `${c} = @${k}`).join(', ');
}

/** A row's values as bound parameters: JSON columns as text. */
export function toParams(table: Table, row: object): Params {
  const { json } = shapeOf(table);
  const params: Params = { ...row };
  for (const key of json) if (params[key] !== undefined && params[key] !== null) params[key] = JSON.stringify(params[key]);
  return params;
}

/** A row read with selectColumns(): JSON columns (text in both dialects) parsed, flags as booleans. */
export function fromRow<T>(dialect: Dialect, table: Table, raw: Record<string, unknown> | undefined): T | undefined {
  if (raw === undefined) return undefined;
  const { json, flags } = shapeOf(table);
  for (const key of json) if (raw[key] !== null) raw[key] = JSON.parse(raw[key] as string);
  for (const key of flags) raw[key] = dialect.flag(raw[key]);
  return raw as T;
}

/** The most parameters a statement binds: under SQLite's 32,766 and PostgreSQL's 65,535. */
export const MAX_PARAMETERS = 30_000;

/**
 * `INSERT INTO table (…) VALUES (…), (…)` for rows of the same properties (the first row's), with their
 * values as parameters (`@prop_i`, JSON columns as text): a batch's rows in a few statements (chunked()'s
 * runs, of `most` rows at most).
 */
export function insertManySql(table: Table, rows: object[], most = MAX_ROWS): { sql: string; params: Params }[] {
  if (rows.length === 0) return [];
  const { name, columns, json } = shapeOf(table);
  const present = columns.filter(([key]) => key in rows[0]);
  return chunked(rows, present.length, most).map((run) => {
    const params: Params = {};
    const values = run.map((row, i) => `(${present.map(([key]) => {
      const value = (row as Params)[key];
      params[`${key}_${i}`] = json.has(key) && value !== undefined && value !== null ? JSON.stringify(value) : value;
      return `@${key}_${i}`;
    }).join(', ')})`);
    return { sql: `INSERT INTO ${name} (${present.map(([, c]) => c).join(', ')}) VALUES ${values.join(', ')}`, params };
  });
}

/** The most rows a multi-row statement writes. */
export const MAX_ROWS = 256;

/**
 * Items cut into runs for multi-row statements binding at most MAX_PARAMETERS (`perItem` each) and
 * `most` rows: runs of the largest size, then of powers of two. A statement's text follows its row
 * count, and both drivers keep what they prepared: a batch's remainders come in a few sizes, not in
 * every size, so a long import prepares a few statements per table instead of one per batch.
 */
export function chunked<T>(items: T[], perItem: number, most = MAX_ROWS): T[][] {
  const largest = Math.min(most, Math.floor(MAX_PARAMETERS / perItem));
  const runs: T[][] = [];
  for (let start = 0; start < items.length; start += runs.at(-1)!.length) {
    const left = items.length - start;
    const size = left >= largest ? largest : 2 ** Math.floor(Math.log2(left));
    runs.push(items.slice(start, start + size));
  }
  return runs;
}
