/** Values bound to `@name` placeholders. */
export type Params = Record<string, unknown>;

export type DialectName = 'sqlite' | 'postgres';

/**
 * Where repositories run their SQL: the database outside any transaction,
 * or one transaction. Statements are written once with `@name` placeholders
 * and prepared once per connection (the SQLite driver's statement cache,
 * PostgreSQL's named statements). Every call is asynchronous, whatever the
 * driver: a failure is a rejection, never a throw.
 */
export interface Executor {
  readonly dialect: Dialect;
  all<T>(sql: string, params?: Params): Promise<T[]>;
  get<T>(sql: string, params?: Params): Promise<T | undefined>;
  /** Runs a write; resolves with the number of rows it changed. */
  run(sql: string, params?: Params): Promise<number>;
}

/**
 * The few spellings that differ between SQLite and PostgreSQL, for SQL that
 * is otherwise shared. Larger differences (full-text search, the change
 * feed's ordering) live in dialect files beside their repositories.
 */
export interface Dialect {
  readonly name: DialectName;
  /** The larger of two values (SQLite's two-argument max()). */
  greatest(a: string, b: string): string;
  /** A JSON array of strings bound to `param`, as a table of `value` (and `key`, its position) aliased `alias`. */
  jsonList(param: string, alias: string): string;
  /** A JSON array aggregate of `expr` ('[]' when there is no row). */
  jsonAgg(expr: string): string;
  /** A JSON array of the given expressions. */
  jsonArray(...exprs: string[]): string;
  /** Concatenates `expr` over the group with `separator`, in `order`. */
  groupConcat(expr: string, separator: string, order: string): string;
  /** The character with this code (SQLite's char()). */
  chr(code: number): string;
  /**
   * `column` in a condition where SQLite must not use its index (a unary
   * plus there); PostgreSQL's planner needs no such hint.
   */
  unindexed(column: string): string;
  /** Row locks for a claim: rows another transaction holds are skipped (SQLite has one writer: nothing to add). */
  skipLocked(alias: string): string;
  /** A JSON aggregate (jsonAgg) as the driver returns it: text from SQLite, parsed from PostgreSQL's json. */
  json<T>(value: unknown): T;
  /** A flag as the driver returns it: 0/1 from SQLite, a boolean from PostgreSQL. */
  flag(value: unknown): boolean;
}

