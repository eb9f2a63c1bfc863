import type { Executor } from '../../db/executor.js';
import { articleColumns, filterClauses, visible } from '../articles/sql.js';
import { toMatch } from './query.js';
import type { SearchParams, SearchPools, SearchQueries, SearchRow } from './repository.js';
import { analyzer, queryLanguages, stemLanguage } from './text.js';

/** bm25 weights in article_fts column order: title 10, standfirst 4, body 1, tags 3, authors 2. */
export const BM25_WEIGHTS = [10, 4, 1, 3, 2];
/** The recency boost: up to ×1.5 for an article published now, half that boost 30 days later. */
const BOOST = '(1 + 0.5 * pow(0.5, (@now - a.publish_at) / 2592000000.0))';
// Snippets of the body column (~24 tokens, matches between STX and ETX, see clean() in text.ts), for
// the page's rows only, in one more scan of the match over their rowid range: looking each row up by
// rowid would evaluate the match again per row, and a prefix term (the word being typed) merges every
// doclist it covers each time. The unary + keeps the IN list from becoming such lookups.
const SNIPPETS = `SELECT rowid, snippet(article_fts, 2, char(2), char(3), '…', 24) AS snippet FROM article_fts
  WHERE article_fts MATCH @match AND rowid BETWEEN @low AND @high AND +rowid IN (SELECT value FROM json_each(@rowids))`;

/**
 * The SQL of one page of results, without snippets. FTS5 walks its doclists
 * newest first and stops at the pool. bm25() is negative (smaller is
 * better), so the score is its opposite, boosted: higher is better.
 */
function searchSql(sql: Executor, params: SearchParams, pools: SearchPools) {
  const d = sql.dialect;
  const where = [visible(d)];
  const langs = params.lang === undefined ? queryLanguages : [stemLanguage(params.lang)];
  const values: Record<string, unknown> = { match: toMatch(params.terms, langs), ...params.audience, limit: params.limit };
  filterClauses(d, params.filter, where, values);
  values.pool = where.length > 1 ? pools.poolFiltered : pools.pool;
  // The previous page's last article, at its score now if it is still a result: writes between pages move
  // every score (bm25 counts the whole index) but seldom their order, so the page starts where it should.
  const after = params.after
    ? 'WHERE (r.score, r.id) < (coalesce((SELECT score FROM ranked WHERE id = @afterId), @afterScore), @afterId)' : '';
  if (params.after) [values.afterScore, values.afterId] = params.after;
  const text = `WITH hits AS (
      SELECT rowid, bm25(article_fts, ${BM25_WEIGHTS.join(', ')}) AS rank FROM article_fts WHERE article_fts MATCH @match
      ORDER BY rowid DESC LIMIT @pool
    ), ranked AS (
      SELECT a.id, h.rowid, -h.rank * ${BOOST} AS score
      FROM hits h JOIN article_search x ON x.rowid = h.rowid JOIN articles a ON a.id = x.article_id
      WHERE ${where.join(' AND ')}
    ), page AS (
      SELECT * FROM ranked r ${after} ORDER BY r.score DESC, r.id DESC LIMIT @limit
    )
    SELECT ${articleColumns}, p.score, p.rowid AS "ftsRowid"
    FROM page p JOIN articles a ON a.id = p.id JOIN sections s ON s.id = a.section_id
    ORDER BY p.score DESC, p.id DESC`;
  return { text, values };
}

/** SQLite's search: FTS5 over the stemmed text the index wrote (index-sqlite.ts), ranked by bm25. */
export function createSqliteSearch(sql: Executor, pools: SearchPools): SearchQueries {
  // Articles sharing words of another's title and standfirst, scored like related matches: bm25 over
  // those two columns, decayed by age with a 30-day half-life. Only the 500 newest matches are scored.
  const similar = `WITH hits AS (
      SELECT rowid, bm25(article_fts, 10, 4, 0, 0, 0) AS rank FROM article_fts WHERE article_fts MATCH @match
      ORDER BY rowid DESC LIMIT 500)
    SELECT a.id, -h.rank * pow(0.5, max(0, @decayAt - a.publish_at) / 2592000000.0) AS score
    FROM hits h JOIN article_search x ON x.rowid = h.rowid JOIN articles a ON a.id = x.article_id
    WHERE ${visible(sql.dialect)}
    ORDER BY score DESC, a.id DESC LIMIT @limit`;
  return {
    async search(params) {
      const { text, values } = searchSql(sql, params, pools);
      const rows = await sql.all<SearchRow & { ftsRowid: number }>(text, values);
      if (rows.length === 0) return [];
      const rowids = rows.map((r) => r.ftsRowid);
      const found = await sql.all<{ rowid: number; snippet: string }>(SNIPPETS, {
        match: values.match, low: Math.min(...rowids), high: Math.max(...rowids), rowids: JSON.stringify(rowids),
      });
      const byRowid = new Map(found.map((f) => [f.rowid, f.snippet]));
      return rows.map(({ ftsRowid, ...row }) => ({ ...row, snippet: byRowid.get(ftsRowid)! }));
    },
    async similar(words, lang, audience, limit, decayAt) {
      const terms = [...new Set(words.map((w) => analyzer.term(w, stemLanguage(lang))))].slice(0, 8);
      const match = `{title standfirst} : (${terms.map((t) => `"${t}"`).join(' OR ')})`;
      return sql.all(similar, { match, ...audience, limit, decayAt });
    },
  };
}
