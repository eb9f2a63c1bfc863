import type { Executor, Params } from '../../db/executor.js';
import { chunked } from '../../db/rows.js';
import { KEYS } from '../../lib/keys.js';
import type { SearchIndex } from './index-repository.js';
import { cleaned, COLUMNS, sourceSql, textsOf, type SearchText } from './index-source.js';
import { textKeys } from './keys.js';
import { snippetTerms } from './snippet-terms.js';
import { stemLanguage } from './text.js';

/** The text search configuration of a language (migrations/postgres/0001_search.sql): accents folded, then stemmed. */
export function configOf(lang: string): string {
  const stem = stemLanguage(lang);
  return stem === 'fr' ? 'kiosque_french' : stem === 'en' ? 'kiosque_english' : 'kiosque_simple';
}

const weighted = (column: string, weight: string) => `setweight(to_tsvector(CAST(@config AS regconfig), @${column}), '${weight}')`;
/** Title A, standfirst B, tags and authors C, body D: PostgreSQL has four weights where FTS5's bm25 took five. */
const VECTOR = [weighted('title', 'A'), weighted('standfirst', 'B'), weighted('tags', 'C'), weighted('authors', 'C'), weighted('body', 'D')].join(' || ');

/** VECTOR for the row of a multi-row insert whose parameters end in `i`. */
const vectorOf = (i: number) => VECTOR.replace(/@(\w+)/g, `@$1${i}`);

const lastPosition = (param: string) => `SELECT coalesce(max(p), 0) FROM unnest(to_tsvector(CAST(@config AS regconfig), @${param})) u,
  unnest(u.positions) p`;

/**
 * PostgreSQL's index: article_search holds each article's text and its
 * weighted tsvector, computed by the server with the article language's
 * configuration. A row goes with its article (ON DELETE CASCADE), vector included.
 */
/** An entry as stored, with the body's snippet terms (null until indexed again). */
type StoredText = SearchText & { snippetTerms: string | null };

export function createPostgresIndex(sql: Executor): SearchIndex {
  const SOURCE = sourceSql(sql);
  const upsert = `INSERT INTO article_search (article_id, lang, ${COLUMNS.join(', ')}, snippet_terms, search)
    VALUES (@articleId, @lang, ${COLUMNS.map((c) => `@${c}`).join(', ')}, @snippetTerms, ${VECTOR})
    ON CONFLICT (article_id) DO UPDATE SET lang = excluded.lang, ${COLUMNS.map((c) => `${c} = excluded.${c}`).join(', ')},
      snippet_terms = excluded.snippet_terms, search = excluded.search`;
  // The body's first terms for snippets, stemmed here: PostgreSQL's vectors are its own stemmers'.
  // Kept from the entry before while neither the body nor the language (its stems follow it) changes.
  const write = (text: SearchText, old?: StoredText) => sql.run(upsert, {
    ...text, config: configOf(text.lang),
    snippetTerms: old?.snippetTerms != null && old.body === text.body && old.lang === text.lang ? old.snippetTerms : snippetTerms(text.body, stemLanguage(text.lang)),
  });
  const sync = async (rows: SearchText[]) => {
    for (const row of rows) await write(cleaned(row));
  };
  /** Entries of articles that have none yet, in one statement (a run of them past the parameters' bound). */
  async function insertNew(texts: SearchText[]): Promise<void> {
    for (const run of chunked(texts.map(cleaned), COLUMNS.length + 4)) {
      const params: Params = {};
      run.forEach((text, i) => {
        Object.assign(params, { [`articleId${i}`]: text.articleId, [`lang${i}`]: text.lang, [`config${i}`]: configOf(text.lang),
          [`snippetTerms${i}`]: snippetTerms(text.body, stemLanguage(text.lang)) });
        for (const c of COLUMNS) params[`${c}${i}`] = text[c];
      });
      await sql.run(`INSERT INTO article_search (article_id, lang, ${COLUMNS.join(', ')}, snippet_terms, search)
        VALUES ${run.map((_, i) => `(@articleId${i}, @lang${i}, ${COLUMNS.map((c) => `@${c}${i}`).join(', ')}, @snippetTerms${i}, ${vectorOf(i)})`).join(', ')}`, params);
    }
  }
  // A column's length as the vectors' concatenation counts it: its last position (the next column's offset).
  const lengths = `SELECT (${lastPosition('before')}) AS "before", (${lastPosition('after')}) AS "after"`;
  /** Writes the article's entry if its text changed; resolves with the search keys that purges. */
  async function indexOne(current: SearchText): Promise<string[]> {
    const text = cleaned(current);
    const old = await sql.get<StoredText>(`SELECT article_id AS "articleId", lang, ${COLUMNS.join(', ')}, snippet_terms AS "snippetTerms"
      FROM article_search WHERE article_id = @articleId`, text);
    const config = configOf(text.lang);
    const keys = await textKeys(old, text, async (_column, before, after) => {
      const n = (await sql.get<{ before: number; after: number }>(lengths, { config, before, after }))!;
      return Number(n.before) === Number(n.after);
    });
    if (!old || keys.length > 0) await write(text, old);
    return keys;
  }
  return {
    async indexArticle(id) {
      return indexOne((await sql.get<SearchText>(`${SOURCE} WHERE a.id = @id`, { id }))!);
    },
    async indexNew(ids) {
      if (ids.length === 0) return [];
      await insertNew(await textsOf(sql, ids));
      // An entry that comes purges every search (search/keys.ts).
      return [KEYS.searches];
    },
    entryOf: async () => undefined,
    remove: async () => undefined,
    async reindexTag(tagId) {
      await sync(await sql.all(`${SOURCE} WHERE a.id IN (SELECT article_id FROM article_tags WHERE tag_id = @tagId)`, { tagId }));
    },
    async reindexAuthor(authorId) {
      await sync(await sql.all(`${SOURCE} WHERE a.id IN (SELECT article_id FROM article_authors WHERE author_id = @authorId)`, { authorId }));
    },
    async rebuild() {
      await sql.run('DELETE FROM article_search');
      // In publication order, so that index rowids (which searches take newest first) follow it.
      const rows = await sql.all<SearchText>(`${SOURCE} ORDER BY coalesce(a.publish_at, a.created_at), a.id`);
      await sync(rows);
      return rows.length;
    },
  };
}
