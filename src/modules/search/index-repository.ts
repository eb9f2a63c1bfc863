import type { RenderWorker } from '../../content/renderer.js';
import type { DialectName, Executor } from '../../db/executor.js';
import { createPostgresIndex } from './index-postgres.js';
import { createSqliteIndex, stemmingRenders } from './index-sqlite.js';

/**
 * Writes of the search index, in the caller's transaction: every article
 * write re-indexes the article, a renamed tag or author the articles that
 * carry it. Each dialect indexes its own way (SQLite: FTS5 over stemmed
 * text; PostgreSQL: weighted tsvectors), behind these functions.
 */
export interface SearchIndex {
  /** Indexes an article as it is now stored (after an insert or update); resolves with the search keys that purges (search/keys.ts). */
  indexArticle(id: string): Promise<string[]>;
  /**
   * Indexes articles just inserted (an import's batch), as indexArticle() would one by one, in a
   * statement or two per table; resolves with the search keys that purges.
   */
  indexNew(ids: string[]): Promise<string[]>;
  /** What must be read of an article's entry before it is deleted (SQLite: the indexed text). */
  entryOf(id: string): Promise<unknown>;
  /** Removes an entry read with entryOf(), once its article is deleted. */
  remove(entry: unknown): Promise<void>;
  /** Re-indexes the articles carrying a tag (after it was renamed). */
  reindexTag(tagId: string): Promise<void>;
  /** Re-indexes the articles of an author (after a rename). */
  reindexAuthor(authorId: string): Promise<void>;
  /** Rebuilds the whole index (call it in a transaction); returns how many articles it holds. */
  rebuild(): Promise<number>;
}

const byDialect: Record<DialectName, (sql: Executor) => SearchIndex> = { sqlite: createSqliteIndex, postgres: createPostgresIndex };

export function createSearchIndex(sql: Executor): SearchIndex {
  return byDialect[sql.dialect.name](sql);
}

/** The render worker each dialect's index wants: SQLite's stems in JavaScript, on the worker too; PostgreSQL stems in the database. */
export const renderWorkers: Record<DialectName, RenderWorker | undefined> = { sqlite: stemmingRenders, postgres: undefined };
