import type { ListLines } from './list-lines.js';

/** Each statement is a round trip, and the planner computes bylines and tags for the page's rows only, after the sort and the limit. */
export const postgresListLines: ListLines = {
  columns: (lineColumns) => `, ${lineColumns}`,
  rows: (rows, withLines) => rows.map(withLines),
};
