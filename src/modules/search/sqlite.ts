import type { Executor } from '../../db/executor.js';
import { visible } from '../articles/sql.js';
import { languagesOf, withSnippets } from './body-snippets.js';
import { toMatch } from './query.js';
import type { SearchParams, SearchPools, SearchQueries, SearchRow } from './repository.js';
import { conditions, page } from './statement.js';
import { analyzer, queryLanguages, stemLanguage } from './text.js';

/** bm25 weights in article_fts column order: title 10, standfirst 4, body 1, tags 3, authors 2. */
export const BM25_WEIGHTS = [10, 4, 1, 3, 2];
/**
 * article_search by FTS rowid, through an index holding the article's id: the planner would read the
 * table's row, whose body fills a page or more, and that took half of a search's statement at 100,000 articles.
 */
const BY_ROWID = 'article_search x INDEXED BY article_search_rowid_idx';
/** The recency boost: up to ×1.5 for an article published now, half that boost 30 days later. */
const BOOST = '(1 + 0.5 * pow(0.5, (@now - a.publish_at) / 2592000000.0))';
/**
 * The SQL of one page of results, without snippets. FTS5 walks its doclists
 * newest first and stops at the pool. bm25() is negative (smaller is
 * better), so the score is its opposite, boosted: higher is better.
 */
function searchSql(sql: Executor, params: SearchParams, pools: SearchPools) {
  const values: Record<string, unknown> = { match: toMatch(params.terms, languagesOf(params)), ...params.audience, limit: params.limit };
  const where = conditions(sql.dialect, params, pools, values);
  const text = `WITH hits AS (
      SELECT rowid, bm25(article_fts, ${BM25_WEIGHTS.join(', ')}) AS rank FROM article_fts WHERE article_fts MATCH @match
      ORDER BY rowid DESC LIMIT @pool
    ), ranked AS (
      SELECT a.id, h.rowid, -h.rank * ${BOOST} AS score
      FROM hits h JOIN ${BY_ROWID} ON x.rowid = h.rowid JOIN articles a ON a.id = x.article_id
      WHERE ${where}
    ), ${page(params, values)}`;
  return { text, values };
}

/** SQLite's search: FTS5 over the stemmed text the index wrote (index-sqlite.ts), ranked by bm25. */
export function createSqliteSearch(sql: Executor, pools: SearchPools): SearchQueries {
  // Articles sharing words of another's title and standfirst, scored like related matches: bm25 over
  // those two columns, decayed by age with a 30-day half-life. Only the 500 newest matches are scored.
  const similar = `WITH hits AS (
      SELECT rowid, bm25(article_fts, 10, 4, 0, 0, 0) AS rank FROM article_fts WHERE article_fts MATCH @match
      ORDER BY rowid DESC LIMIT 500)
    SELECT a.id, -h.rank * pow(0.5, max(0, @decayAt - a.publish_at) / 2592000000.0) AS score, a.publish_at AS "publishAt"
    FROM hits h JOIN ${BY_ROWID} ON x.rowid = h.rowid JOIN articles a ON a.id = x.article_id
    WHERE ${visible(sql.dialect)}
    ORDER BY score DESC, a.id DESC LIMIT @limit`;
  return {
    async search(params) {
      const { text, values } = searchSql(sql, params, pools);
      return withSnippets(sql, params, await sql.all<Omit<SearchRow, 'snippet'> & { rowid: number }>(text, values));
    },
    async similar(words, lang, audience, limit, decayAt) {
      const terms = [...new Set(words.map((w) => analyzer.term(w, stemLanguage(lang))))].slice(0, 8);
      const match = `{title standfirst} : (${terms.map((t) => `"${t}"`).join(' OR ')})`;
      return sql.all(similar, { match, ...audience, limit, decayAt });
    },
  };
}
