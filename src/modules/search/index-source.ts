import type { Executor } from '../../db/executor.js';
import { clean } from './text.js';

/** The indexed columns, in the order of SQLite's article_fts. */
export const COLUMNS = ['title', 'standfirst', 'body', 'tags', 'authors'] as const;
export type Column = (typeof COLUMNS)[number];

/** An article's search text: what article_search stores and snippets read back. */
export type SearchText = { articleId: string; lang: string } & Record<Column, string>;

/** The text of articles as it is indexed: the standfirst falls back to the summary, as readers see it. */
export function sourceSql(sql: Executor): string {
  const d = sql.dialect;
  const names = (link: string, entity: string, key: string) => `coalesce((SELECT ${d.groupConcat('e.name', "' · '", 'x.position')}
    FROM ${link} x JOIN ${entity} e ON e.id = x.${key} WHERE x.article_id = a.id), '')`;
  return `SELECT a.id AS "articleId", a.lang, a.title, coalesce(a.standfirst, a.summary) AS standfirst, a.body_text AS body,
    ${names('article_tags', 'tags', 'tag_id')} AS tags, ${names('article_authors', 'authors', 'author_id')} AS authors
    FROM articles a`;
}

/** Text as it is stored for the index (see clean() in text.ts). */
export const cleaned = (row: SearchText): SearchText => ({
  articleId: row.articleId, lang: row.lang,
  ...Object.fromEntries(COLUMNS.map((c) => [c, clean(row[c])])) as Record<Column, string>,
});

/**
 * The search text of articles, in the order of `ids`: the order an import's batch inserted them in,
 * which index rowids follow, as they would one by one.
 */
export async function textsOf(sql: Executor, ids: string[]): Promise<SearchText[]> {
  const rows = await sql.all<SearchText>(`${sourceSql(sql)} WHERE a.id IN (SELECT value FROM ${sql.dialect.jsonList('@ids', 'j')})`,
    { ids: JSON.stringify(ids) });
  const byId = new Map(rows.map((r) => [r.articleId, r]));
  return ids.map((id) => byId.get(id)!);
}
