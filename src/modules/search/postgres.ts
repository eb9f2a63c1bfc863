import type { Executor } from '../../db/executor.js';
import { visible } from '../articles/sql.js';
import type { QueryTerm } from './query.js';
import { withSnippets } from './body-snippets.js';
import type { SearchParams, SearchPools, SearchQueries, SearchRow } from './repository.js';
import { configOf } from './index-postgres.js';
import { conditions, page } from './statement.js';
import { queryLanguages } from './text.js';

const BOOST = 'CAST(1 + 0.5 * pow(0.5, (@now - a.publish_at) / 2592000000.0) AS DOUBLE PRECISION)';
/**
 * One term as a tsquery in one configuration, from bound text only: a word or
 * phrase is a phrase of its tokens; a prefix (the word being typed) is its
 * last token with `:*`. Tokens are letters and digits (text.ts), so nothing a
 * reader types is read as tsquery syntax.
 */
function termQuery(term: QueryTerm, param: string, config: string, values: Record<string, unknown>): string {
  const cfg = `'${config}'::regconfig`;
  const head = term.prefix ? term.tokens.slice(0, -1) : term.tokens;
  values[param] = head.join(' ');
  if (!term.prefix) return `phraseto_tsquery(${cfg}, @${param})`;
  values[`${param}p`] = `${term.tokens[term.tokens.length - 1]}:*`;
  const last = `to_tsquery(${cfg}, @${param}p)`;
  return head.length ? `tsquery_phrase(phraseto_tsquery(${cfg}, @${param}), ${last})` : last;
}

/** The whole query: every positive term (in any of the languages) and none of the excluded ones. */
export function toTsquery(terms: QueryTerm[], langs: string[], values: Record<string, unknown>): string {
  const configs = [...new Set(langs.map(configOf))];
  const each = terms.map((term, i) => {
    const variants = configs.map((config, j) => termQuery(term, `q${i}_${j}`, config, values));
    return { term, query: `(${variants.join(' || ')})` };
  });
  const positive = each.filter((e) => !e.term.exclude).map((e) => e.query);
  const negative = each.filter((e) => e.term.exclude).map((e) => ` && !!${e.query}`);
  return `(${positive.join(' && ')})${negative.join('')}`;
}

function searchSql(sql: Executor, params: SearchParams, pools: SearchPools) {
  const values: Record<string, unknown> = { ...params.audience, limit: params.limit };
  const query = toTsquery(params.terms, params.lang === undefined ? queryLanguages : [params.lang], values);
  const where = conditions(sql.dialect, params, pools, values);
  // Only the newest matches (by first indexing) are ranked, as on SQLite.
  const text = `WITH q AS (SELECT ${query} AS query), hits AS (
      SELECT x.rowid, x.article_id, ts_rank(x.search, q.query) AS rank FROM article_search x, q WHERE x.search @@ q.query
      ORDER BY x.rowid DESC LIMIT @pool
    ), ranked AS (
      SELECT a.id, h.rowid, CAST(h.rank AS DOUBLE PRECISION) * ${BOOST} AS score
      FROM hits h JOIN articles a ON a.id = h.article_id
      WHERE ${where}
    ), ${page(params, values)}`;
  return { text, values };
}

/**
 * PostgreSQL's search: weighted tsvectors under a GIN index, ranked with
 * ts_rank (weights D 0.1, C 0.2, B 0.4, A 1.0) times the same recency boost
 * as SQLite; snippets as SQLite's (body-snippets.ts).
 */
export function createPostgresSearch(sql: Executor, pools: SearchPools): SearchQueries {
  return {
    async search(params) {
      const { text, values } = searchSql(sql, params, pools);
      return withSnippets(sql, params, await sql.all<Omit<SearchRow, 'snippet'> & { rowid: number }>(text, values));
    },
    async similar(words, lang, audience, limit, decayAt) {
      // Title (A) and standfirst (B) only, as SQLite's bm25 weights them.
      const query = [...new Set(words.map((w) => w.toLowerCase()))].slice(0, 8).map((w) => `${w}:AB`).join(' | ');
      return sql.all(`WITH q AS (SELECT to_tsquery(CAST(@config AS regconfig), @query) AS query), hits AS (
          SELECT x.article_id, ts_rank(x.search, q.query) AS rank FROM article_search x, q WHERE x.search @@ q.query
          ORDER BY x.rowid DESC LIMIT 500)
        SELECT a.id, CAST(h.rank AS DOUBLE PRECISION) * CAST(pow(0.5, greatest(0, CAST(@decayAt AS BIGINT) - a.publish_at) / 2592000000.0) AS DOUBLE PRECISION) AS score,
          a.publish_at AS "publishAt"
        FROM hits h JOIN articles a ON a.id = h.article_id
        WHERE ${visible(sql.dialect)}
        ORDER BY score DESC, a.id DESC LIMIT @limit`, { config: configOf(lang), query, ...audience, limit, decayAt });
    },
  };
}
