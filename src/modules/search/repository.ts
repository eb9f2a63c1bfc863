import type { Db } from '../../db/connection.js';
import type { Audience } from '../../lib/reader.js';
import { articleColumns, filterClauses, VISIBLE, type ArticleFilter } from '../articles/list-query.js';
import type { ArticleWithSection } from '../articles/repository.js';
import { createSearchIndex } from './index-repository.js';

export interface SearchParams {
  /** An FTS5 MATCH expression (see query.ts: built from quoted terms only). */
  match: string;
  filter: ArticleFilter;
  /** Who searches, and the instant of visibility and of the recency boost: the same on every page of one search. */
  audience: Audience;
  /** The keyset of the last result of the previous page: its score and id. */
  after?: [number, string];
  limit: number;
}

export type SearchRow = ArticleWithSection & { score: number; snippet: string };

/** How many of the best bm25 matches are ranked further, without and with filters. */
export const POOL = 1000;
export const POOL_FILTERED = 10_000;

/** bm25 weights in article_fts column order: title 10, standfirst 4, body 1, tags 3, authors 2. */
export const BM25_WEIGHTS = [10, 4, 1, 3, 2];
/** The recency boost: up to ×1.5 for an article published now, half that boost 30 days later. */
const BOOST = `(1 + 0.5 * pow(0.5, (@now - a.publish_at) / 2592000000.0))`;
// Snippets of the body column: ~24 tokens, matches between STX and ETX (see clean() in text.ts).
const SNIPPET = `snippet(article_fts, 2, char(2), char(3), '…', 24)`;

/**
 * The SQL of one page of results. bm25() is negative (smaller is better), so
 * the score is its opposite, boosted: higher is better. Only the page's rows
 * get a snippet, which is the costly part.
 */
function searchSql(params: SearchParams) {
  const where = [VISIBLE];
  const values: Record<string, unknown> = { match: params.match, ...params.audience, limit: params.limit };
  filterClauses(params.filter, where, values);
  // Only the best textual matches are ranked further (boosted, filtered, joined): a common word can match
  // most of the archive, and joining every match would cost hundreds of milliseconds. Filters get a deeper pool.
  values.pool = where.length > 1 ? POOL_FILTERED : POOL;
  // The previous page's last article, at its score now if it is still a result: writes between pages move
  // every score (bm25 counts the whole index) but seldom their order, so the page starts where it should.
  const after = params.after
    ? 'WHERE (r.score, r.id) < (coalesce((SELECT score FROM ranked WHERE id = @afterId), @afterScore), @afterId)' : '';
  if (params.after) [values.afterScore, values.afterId] = params.after;
  const sql = `WITH hits AS (
      SELECT rowid, bm25(article_fts, ${BM25_WEIGHTS.join(', ')}) AS rank FROM article_fts WHERE article_fts MATCH @match
      ORDER BY rank LIMIT @pool
    ), ranked AS (
      SELECT a.id, h.rowid, -h.rank * ${BOOST} AS score
      FROM hits h JOIN article_search x ON x.rowid = h.rowid JOIN articles a ON a.id = x.article_id
      WHERE ${where.join(' AND ')}
    ), page AS (
      SELECT * FROM ranked r ${after} ORDER BY r.score DESC, r.id DESC LIMIT @limit
    )
    SELECT ${articleColumns}, p.score, ${SNIPPET} AS snippet
    FROM page p JOIN article_fts ON article_fts.rowid = p.rowid JOIN articles a ON a.id = p.id JOIN sections s ON s.id = a.section_id
    WHERE article_fts MATCH @match
    ORDER BY p.score DESC, p.id DESC`;
  return { sql, values };
}

// Articles sharing words of another's title and standfirst, scored like related matches: bm25 over
// those two columns, decayed by age with a 30-day half-life.
// Only the 200 best textual matches are decayed and joined, as in searches.
const SIMILAR = `WITH hits AS (
    SELECT rowid, bm25(article_fts, 10, 4, 0, 0, 0) AS rank FROM article_fts WHERE article_fts MATCH @match ORDER BY rank LIMIT 200)
  SELECT a.id, -h.rank * pow(0.5, max(0, @now - a.publish_at) / 2592000000.0) AS score
  FROM hits h JOIN article_search x ON x.rowid = h.rowid JOIN articles a ON a.id = x.article_id
  WHERE ${VISIBLE}
  ORDER BY score DESC, a.id DESC LIMIT @limit`;

export function createSearchRepository(db: Db) {
  const client = db.$client;
  const index = createSearchIndex(db);
  const similar = client.prepare(SIMILAR);
  const text = client.prepare('SELECT title, standfirst, lang FROM article_search WHERE article_id = ?');
  const statements = new Map<string, ReturnType<typeof client.prepare>>();
  return {
    /** One page of visible articles matching `params.match`, best first. */
    search(params: SearchParams): SearchRow[] {
      const { sql, values } = searchSql(params);
      // Only the filters present shape the SQL (a few hundred shapes at most), so every statement is kept.
      let stmt = statements.get(sql);
      if (!stmt) statements.set(sql, stmt = client.prepare(sql));
      return stmt.all(values) as SearchRow[];
    },
    /** The indexed title, standfirst and language of an article. */
    textOf(articleId: string): { title: string; standfirst: string; lang: string } | undefined {
      return text.get(articleId) as { title: string; standfirst: string; lang: string } | undefined;
    },
    /** Visible articles matching `match` in their title or standfirst, best first. */
    similar(match: string, audience: Audience, limit: number): { id: string; score: number }[] {
      return similar.all({ match, ...audience, limit }) as { id: string; score: number }[];
    },
    /** Rebuilds the whole index (the `kiosque search reindex` command). */
    rebuild: () => index.rebuild(),
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
