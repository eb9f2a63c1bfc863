import type { Executor } from '../../db/executor.js';
import { createHighlighter } from './highlight.js';
import type { SearchParams, SearchRow } from './repository.js';
import { excerpt } from './snippet.js';
import { SNIPPET_SOURCE, storedTerms, wholeWords } from './snippet-terms.js';
import { queryLanguages, stemLanguage } from './text.js';

/** The languages a query is stemmed in: the one asked for, or each (and none). */
export const languagesOf = (params: Pick<SearchParams, 'lang'>) => (params.lang === undefined ? queryLanguages : [stemLanguage(params.lang)]);

/**
 * The snippets of a page of results, the same on both dialects: the beginning
 * of each body is read (a page of 50 bodies of 200,000 characters, each marked
 * in full, held the event loop for seconds) with the index terms of its tokens
 * (snippet-terms.ts: written with the article, so no word is stemmed here), what
 * the query matched is marked in JavaScript (highlight.ts: FTS5's snippet() and
 * highlight(), like PostgreSQL's ts_headline, cost far more on a body that
 * repeats a word) and cut around the first match (snippet.ts). `rowid` is the
 * row's article_search rowid.
 */
export async function withSnippets(
  sql: Executor, params: SearchParams, rows: (Omit<SearchRow, 'snippet'> & { rowid: number })[],
): Promise<SearchRow[]> {
  if (rows.length === 0) return [];
  const found = await sql.all<{ rowid: number; body: string; more: unknown; lang: string; terms: string | null }>(`SELECT rowid,
      substr(body, 1, @max) AS body, length(body) > @max AS more, lang, snippet_terms AS terms
    FROM article_search WHERE rowid IN (SELECT CAST(value AS BIGINT) FROM ${sql.dialect.jsonList('@rowids', 'j')})`,
  { rowids: JSON.stringify(rows.slice(0, params.snippets ?? rows.length).map((r) => r.rowid)), max: SNIPPET_SOURCE });
  const highlight = createHighlighter(params.terms, languagesOf(params));
  const byRowid = new Map(found.map((f) => {
    const more = sql.dialect.flag(f.more);
    const text = more ? wholeWords(f.body) : f.body;
    return [Number(f.rowid), excerpt(text, highlight(text, f.lang, storedTerms(f.terms)), 24, more)];
  }));
  return rows.map(({ rowid, ...row }) => ({ ...row, snippet: byRowid.get(Number(rowid)) ?? '' }));
}
