import type { Database } from '../database.js';

// Apart from the demo newsroom (seed/index.ts), which a start loads only to fill an empty database:
// its articles and the Markdown renderer are most of what a start would otherwise parse.

/** Whether the database has no section and no article yet. */
export async function isEmpty(ctx: { db: Database }): Promise<boolean> {
  // EXISTS stops at the first row: count(*) read the whole articles table on every start (seconds at 100,000).
  const row = await ctx.db.sql.get<{ n: unknown }>('SELECT EXISTS (SELECT 1 FROM sections) OR EXISTS (SELECT 1 FROM articles) AS n');
  return !ctx.db.dialect.flag(row!.n);
}
