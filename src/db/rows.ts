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
