import type { DialectName } from '../../db/executor.js';
import { postgresListLines } from './list-lines-postgres.js';
import { sqliteListLines } from './list-lines-sqlite.js';

type Lined = { id: string; bylines?: unknown; tags?: unknown };

/** Whether a page of the list reads its articles' bylines and tags in its own statement, by dialect. */
export interface ListLines {
  /** The columns the list statement adds, given those of an article's lines. */
  columns(lineColumns: string): string;
  /** The page's rows, their lines read from those columns by `withLines` where the statement has them. */
  rows<T extends Lined, U>(rows: T[], withLines: (row: T) => U): (T | U)[];
}

export const LIST_LINES: Record<DialectName, ListLines> = { sqlite: sqliteListLines, postgres: postgresListLines };
