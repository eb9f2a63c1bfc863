import type { Db } from '../../db/connection.js';
import type { Audience } from '../../lib/reader.js';
import { articleColumns, filterClauses, VISIBLE, type ArticleFilter } from '../articles/list-query.js';
import type { ArticleWithSection } from '../articles/repository.js';
import { createSearchIndex } from './index-repository.js';
import { excerpt } from './snippet.js';

export interface SearchParams {
  /** An FTS5 MATCH expression (see query.ts: built from quoted terms only). */
  match: string;
  filter: ArticleFilter;
  /** Who searches, and the instant of visibility and of the recency boost: the same on every page of one search. */
  audience: Audience;
  /** The keyset of the last result of the previous page: its score and id. */
  after?: [number, string];
  /** Marks what the search matched in a text of this language (see highlight.ts). */
  highlight: (text: string, lang: string) => string;
  limit: number;
}

export type SearchRow = ArticleWithSection & { score: number; snippet: string };

/**
 * How many matches are ranked, without and with filters: the newest ones
 * (FTS5 walks its doclists newest first and stops there). Scoring every
 * match would cost time in proportion to how common the words are: a word
 * in most articles (a stop word, a prefix being typed) took hundreds of
 * milliseconds over 100,000 articles. With the recency boost, the newest
 * matches are where the best results mostly are; older ones are reached
 * with the since/until filters.
 */
export interface SearchPools { pool: number; poolFiltered: number }
export const POOLS: SearchPools = { pool: 1000, poolFiltered: 10_000 };

/** bm25 weights in article_fts column order: title 10, standfirst 4, body 1, tags 3, authors 2. */
export const BM25_WEIGHTS = [10, 4, 1, 3, 2];
/** The recency boost: up to ×1.5 for an article published now, half that boost 30 days later. */
const BOOST = `(1 + 0.5 * pow(0.5, (@now - a.publish_at) / 2592000000.0))`;
// The body text of the page's rows, for their snippets (see highlight.ts and snippet.ts: FTS5's
// snippet() and highlight() cost the square of a document's matches).
// Only the beginning of each body is read: a page of 50 bodies of 200,000 characters, each marked in full,
// held the event loop for seconds.
const BODIES = `SELECT rowid, substr(body, 1, @max) AS body, length(body) > @max AS more, lang
  FROM article_search WHERE rowid IN (SELECT value FROM json_each(@rowids))`;
/** Characters of a body a snippet is looked for in: long reads' snippets come from their first pages. */
export const SNIPPET_SOURCE = 20_000;
const TOKEN_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;

/** A text cut at `SNIPPET_SOURCE` without the word the cut went through (read back one character at a time). */
function wholeWords(text: string): string {
  let end = text.length;
  while (end > 0 && TOKEN_CHARACTER.test(text[end - 1])) end -= 1;
  return text.slice(0, end);
}

/**
 * The SQL of one page of results, without snippets. bm25() is negative
 * (smaller is better), so the score is its opposite, boosted: higher is better.
 */
function searchSql(params: SearchParams, pools: SearchPools) {
  const where = [VISIBLE];
  const values: Record<string, unknown> = { match: params.match, ...params.audience, limit: params.limit };
  filterClauses(params.filter, where, values);
  // Only the newest matches are scored and ranked (see POOLS); filters get a deeper pool.
  values.pool = where.length > 1 ? pools.poolFiltered : pools.pool;
  // The previous page's last article, at its score now if it is still a result: writes between pages move
  // every score (bm25 counts the whole index) but seldom their order, so the page starts where it should.
  const after = params.after
    ? 'WHERE (r.score, r.id) < (coalesce((SELECT score FROM ranked WHERE id = @afterId), @afterScore), @afterId)' : '';
  if (params.after) [values.afterScore, values.afterId] = params.after;
  const sql = `WITH hits AS (
      SELECT rowid, bm25(article_fts, ${BM25_WEIGHTS.join(', ')}) AS rank FROM article_fts WHERE article_fts MATCH @match
      ORDER BY rowid DESC LIMIT @pool
    ), ranked AS (
      SELECT a.id, h.rowid, -h.rank * ${BOOST} AS score
      FROM hits h JOIN article_search x ON x.rowid = h.rowid JOIN articles a ON a.id = x.article_id
      WHERE ${where.join(' AND ')}
    ), page AS (
      SELECT * FROM ranked r ${after} ORDER BY r.score DESC, r.id DESC LIMIT @limit
    )
    SELECT ${articleColumns}, p.score, p.rowid AS ftsRowid
    FROM page p JOIN articles a ON a.id = p.id JOIN sections s ON s.id = a.section_id
    ORDER BY p.score DESC, p.id DESC`;
  return { sql, values };
}

// Articles sharing words of another's title and standfirst, scored like related matches: bm25 over
// those two columns, decayed by age with a 30-day half-life.
// Only the 500 newest matches are scored, as in searches: after the decay, older ones seldom place.
const SIMILAR = `WITH hits AS (
    SELECT rowid, bm25(article_fts, 10, 4, 0, 0, 0) AS rank FROM article_fts WHERE article_fts MATCH @match
    ORDER BY rowid DESC LIMIT 500)
  SELECT a.id, -h.rank * pow(0.5, max(0, @decayAt - a.publish_at) / 2592000000.0) AS score
  FROM hits h JOIN article_search x ON x.rowid = h.rowid JOIN articles a ON a.id = x.article_id
  WHERE ${VISIBLE}
  ORDER BY score DESC, a.id DESC LIMIT @limit`;

export function createSearchRepository(db: Db, pools: SearchPools = POOLS) {
  const client = db.$client;
  const index = createSearchIndex(db);
  const similar = client.prepare(SIMILAR);
  const bodies = client.prepare(BODIES);
  const text = client.prepare('SELECT title, standfirst, lang FROM article_search WHERE article_id = ?');
  const statements = new Map<string, ReturnType<typeof client.prepare>>();
  return {
    /** One page of visible articles matching `params.match`, best first. */
    search(params: SearchParams): SearchRow[] {
      const { sql, values } = searchSql(params, pools);
      // Only the filters present shape the SQL (a few hundred shapes at most), so every statement is kept.
      let stmt = statements.get(sql);
      if (!stmt) statements.set(sql, stmt = client.prepare(sql));
      const rows = stmt.all(values) as (SearchRow & { ftsRowid: number })[];
      if (rows.length === 0) return [];
      const rowids = rows.map((r) => r.ftsRowid);
      const found = bodies.all({ rowids: JSON.stringify(rowids), max: SNIPPET_SOURCE }) as { rowid: number; body: string; more: number; lang: string }[];
      const byRowid = new Map(found.map((f) => {
        const text = f.more ? wholeWords(f.body) : f.body;
        return [f.rowid, excerpt(params.highlight(text, f.lang), 24, f.more === 1)];
      }));
      return rows.map(({ ftsRowid, ...row }) => ({ ...row, snippet: byRowid.get(ftsRowid)! }));
    },
    /** The indexed title, standfirst and language of an article. */
    textOf(articleId: string): { title: string; standfirst: string; lang: string } | undefined {
      return text.get(articleId) as { title: string; standfirst: string; lang: string } | undefined;
    },
    /** Visible articles matching `match` in their title or standfirst, best first. */
    similar(match: string, audience: Audience, limit: number, decayAt: number): { id: string; score: number }[] {
      return similar.all({ match, ...audience, limit, decayAt }) as { id: string; score: number }[];
    },
    /** Rebuilds the whole index (the `kiosque search reindex` command). */
    rebuild: () => index.rebuild(),
  };
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
