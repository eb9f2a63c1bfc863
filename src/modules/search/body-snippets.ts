import type { Executor } from '../../db/executor.js';
import { createHighlighter } from './highlight.js';
import type { SearchParams, SearchRow } from './repository.js';
import { excerpt } from './snippet.js';
import { queryLanguages, stemLanguage } from './text.js';

/** Characters of a body a snippet is looked for in: long reads' snippets come from their first pages. */
export const SNIPPET_SOURCE = 20_000;
const TOKEN_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;

/** A text cut at `SNIPPET_SOURCE` without the word the cut went through (read back one character at a time). */
function wholeWords(text: string): string {
  let end = text.length;
  while (end > 0 && TOKEN_CHARACTER.test(text[end - 1])) end -= 1;
  return text.slice(0, end);
}

/** The languages a query is stemmed in: the one asked for, or each (and none). */
export const languagesOf = (params: Pick<SearchParams, 'lang'>) => (params.lang === undefined ? queryLanguages : [stemLanguage(params.lang)]);

/**
 * The snippets of a page of results, the same on both dialects: the beginning
 * of each body is read (a page of 50 bodies of 200,000 characters, each marked
 * in full, held the event loop for seconds), what the query matched is marked
 * in JavaScript (highlight.ts: FTS5's snippet() and highlight(), like
 * PostgreSQL's ts_headline, cost far more on a body that repeats a word) and
 * cut around the first match (snippet.ts). `rowid` is the row's article_search rowid.
 */
export async function withSnippets(
  sql: Executor, params: SearchParams, rows: (Omit<SearchRow, 'snippet'> & { rowid: number })[],
): Promise<SearchRow[]> {
  if (rows.length === 0) return [];
  const found = await sql.all<{ rowid: number; body: string; more: unknown; lang: string }>(`SELECT rowid, substr(body, 1, @max) AS body,
      length(body) > @max AS more, lang
    FROM article_search WHERE rowid IN (SELECT CAST(value AS BIGINT) FROM ${sql.dialect.jsonList('@rowids', 'j')})`,
  { rowids: JSON.stringify(rows.slice(0, params.snippets ?? rows.length).map((r) => r.rowid)), max: SNIPPET_SOURCE });
  const highlight = createHighlighter(params.terms, languagesOf(params));
  const byRowid = new Map(found.map((f) => {
    const more = sql.dialect.flag(f.more);
    const text = more ? wholeWords(f.body) : f.body;
    return [Number(f.rowid), excerpt(text, highlight(text, f.lang), 24, more)];
  }));
  return rows.map(({ rowid, ...row }) => ({ ...row, snippet: byRowid.get(Number(rowid)) ?? '' }));
}
