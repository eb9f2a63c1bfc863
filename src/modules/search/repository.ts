import type { DialectName, Executor } from '../../db/executor.js';
import type { Audience } from '../../lib/reader.js';
import type { ArticleFilter } from '../articles/sql.js';
import type { ArticleWithSection } from '../articles/repository.js';
import { createSearchIndex } from './index-repository.js';
import { createPostgresSearch } from './postgres.js';
import type { QueryTerm } from './query.js';
import { createSqliteSearch } from './sqlite.js';

export interface SearchParams {
  /** The parsed query (see query.ts): each dialect turns it into its own full-text syntax, from tokens only. */
  terms: QueryTerm[];
  /** The language to stem the query in; undefined stems it in each language (and none) and matches any. */
  lang?: string;
  filter: ArticleFilter;
  /** Who searches, and the instant of visibility and of the recency boost: the same on every page of one search. */
  audience: Audience;
  /** The keyset of the last result of the previous page: its score and id. */
  after?: [number, string];
  limit: number;
  /** How many of the rows get a snippet (every one when absent): a page's, not the one more that says another follows. */
  snippets?: number;
}

export type SearchRow = ArticleWithSection & { score: number; snippet: string };

/**
 * How many matches are ranked, without and with filters: the newest ones.
 * Scoring every match would cost time in proportion to how common the words
 * are: a word in most articles (a stop word, a prefix being typed) took
 * hundreds of milliseconds over 100,000 articles. With the recency boost,
 * the newest matches are where the best results mostly are; older ones are
 * reached with the since/until filters.
 */
/** A scored match, and its publication instant (a BIGINT: text on PostgreSQL). */
export type Scored = { id: string; score: number; publishAt: number | string };

export interface SearchPools { pool: number; poolFiltered: number }
export const POOLS: SearchPools = { pool: 1000, poolFiltered: 10_000 };

/** What each dialect's search answers (sqlite.ts: FTS5 and bm25; postgres.ts: tsvector and ts_rank). */
export interface SearchQueries {
  /** One page of visible articles matching the query, best first, with a snippet of the body each. */
  search(params: SearchParams): Promise<SearchRow[]>;
  /**
   * Visible articles sharing these words (of another's title and standfirst, in `lang`) in their title or
   * standfirst, best first, decayed by age as at `decayAt`.
   */
  similar(words: string[], lang: string, audience: Audience, limit: number, decayAt: number): Promise<Scored[]>;
}

const byDialect: Record<DialectName, (sql: Executor, pools: SearchPools) => SearchQueries> = {
  sqlite: createSqliteSearch,
  postgres: createPostgresSearch,
};

export function createSearchRepository(sql: Executor, pools: SearchPools = POOLS) {
  const queries = byDialect[sql.dialect.name](sql, pools);
  return {
    ...queries,
    /** The indexed title, standfirst and language of an article. */
    async textOf(articleId: string): Promise<{ title: string; standfirst: string; lang: string } | undefined> {
      return sql.get('SELECT title, standfirst, lang FROM article_search WHERE article_id = @articleId', { articleId });
    },
    /** Rebuilds the whole index (the `kiosque search reindex` command), in one transaction. */
    rebuild: () => createSearchIndex(sql).rebuild(),
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
