import { besideModule, type RenderWorker } from '../../content/renderer.js';
import type { Executor, Params } from '../../db/executor.js';
import { chunked } from '../../db/rows.js';
import { KEYS } from '../../lib/keys.js';
import type { SearchIndex } from './index-repository.js';
import { cleaned, COLUMNS, sourceSql, textsOf, type SearchText } from './index-source.js';
import { sameTokenCount, textKeys } from './keys.js';
import { snippetTerms } from './snippet-terms.js';
import { analyzer, learnIndexed, stemLanguage } from './text.js';

/**
 * Renders for this index: on render-worker.ts beside this module, which stems a body's text in the language
 * it is given; this thread's analyzer learns the result, so the index's write of that text finds it ready.
 */
export const stemmingRenders: RenderWorker = {
  source: besideModule(import.meta.url, 'render-worker'),
  learn: learnIndexed,
};

type SearchEntry = SearchText & { rowid: number; snippetTerms: string | null };
/** The stemmed columns of a text, kept to delete them from FTS5 or to reuse unchanged ones. */
type Stemmed = { text: SearchText; values: string[] };

const VALUES = COLUMNS.map((c) => `@${c}`).join(', ');
const BODY = COLUMNS.indexOf('body');

/**
 * SQLite's index: article_search holds each article's original text,
 * article_fts (external content) its stemmed form. FTS5 cannot read stemmed
 * text back, so every row is inserted and deleted explicitly, with the
 * stemmed values recomputed from the stored original.
 */
export function createSqliteIndex(sql: Executor): SearchIndex {
  const SOURCE = sourceSql(sql);
  const stored = (articleId: string) => sql.get<SearchEntry>(`SELECT rowid, article_id AS "articleId", lang, ${COLUMNS.join(', ')},
    snippet_terms AS "snippetTerms" FROM article_search WHERE article_id = @articleId`, { articleId });
  const fts = (values: string[]) => Object.fromEntries(COLUMNS.map((c, i) => [c, values[i]]));

  /** Stems each column, reusing the values of `before` where the text did not change. */
  const stem = (text: SearchText, before?: Stemmed): Stemmed => {
    const lang = stemLanguage(text.lang);
    const same = (i: number) => before !== undefined && before.text.lang === text.lang && before.text[COLUMNS[i]] === text[COLUMNS[i]];
    return { text, values: COLUMNS.map((c, i) => (same(i) ? before!.values[i] : analyzer.indexed(text[c], lang))) };
  };
  const unchanged = (a: SearchText, b: SearchText) => a.lang === b.lang && COLUMNS.every((c) => a[c] === b[c]);

  /** Removes an entry from FTS5, with the stemmed values it was indexed with; returns them. */
  async function unindex(old: SearchEntry): Promise<Stemmed> {
    const before = stem(old);
    await sql.run(`INSERT INTO article_fts (article_fts, rowid, ${COLUMNS.join(', ')}) VALUES ('delete', @rowid, ${VALUES})`,
      { rowid: old.rowid, ...fts(before.values) });
    return before;
  }

  /** Brings one article's index entry in line with `current`, its text now; resolves with the search keys that purges. */
  async function sync(current: SearchText): Promise<string[]> {
    const old = await stored(current.articleId);
    const text = cleaned(current);
    if (old && unchanged(old, text)) return [];
    const before = old ? await unindex(old) : undefined;
    const after = stem(text, before);
    // The body's snippet terms are kept while neither it nor the language (its stems follow it) changes.
    const kept = old !== undefined && old.snippetTerms !== null && old.body === text.body && old.lang === text.lang;
    const row = { ...text, snippetTerms: kept ? old.snippetTerms : snippetTerms(text.body, stemLanguage(text.lang), after.values[BODY]) };
    let rowid: number;
    if (old) {
      rowid = old.rowid;
      await sql.run(`UPDATE article_search SET lang = @lang, ${COLUMNS.map((c) => `${c} = @${c}`).join(', ')}, snippet_terms = @snippetTerms
        WHERE rowid = @rowid`, { ...row, rowid });
    } else {
      rowid = (await sql.get<{ rowid: number }>(`INSERT INTO article_search (article_id, lang, ${COLUMNS.join(', ')}, snippet_terms)
        VALUES (@articleId, @lang, ${VALUES}, @snippetTerms) RETURNING rowid`, row))!.rowid;
    }
    await sql.run(`INSERT INTO article_fts (rowid, ${COLUMNS.join(', ')}) VALUES (@rowid, ${VALUES})`, { rowid, ...fts(after.values) });
    return textKeys(old, text, sameTokenCount);
  }

  /** Entries of articles that have none yet, each table's rows in one statement (a run of them past the parameters' bound). */
  async function insertNew(texts: SearchText[]): Promise<void> {
    const width = COLUMNS.length + 3;
    for (const run of chunked(texts.map(cleaned), width)) {
      const params: Params = {};
      const stemmed = run.map((text, i) => {
        const { values } = stem(text);
        Object.assign(params, { [`articleId${i}`]: text.articleId, [`lang${i}`]: text.lang,
          [`snippetTerms${i}`]: snippetTerms(text.body, stemLanguage(text.lang), values[BODY]) });
        for (const c of COLUMNS) params[`${c}${i}`] = text[c];
        return values;
      });
      const rows = await sql.all<{ rowid: number; articleId: string }>(`INSERT INTO article_search (article_id, lang, ${COLUMNS.join(', ')}, snippet_terms)
        VALUES ${run.map((_, i) => `(@articleId${i}, @lang${i}, ${COLUMNS.map((c) => `@${c}${i}`).join(', ')}, @snippetTerms${i})`).join(', ')}
        RETURNING rowid, article_id AS "articleId"`, params);
      const rowids = new Map(rows.map((r) => [r.articleId, r.rowid]));
      const fts: Params = {};
      stemmed.forEach((values, i) => {
        fts[`rowid${i}`] = rowids.get(run[i].articleId);
        COLUMNS.forEach((c, k) => { fts[`${c}${i}`] = values[k]; });
      });
      await sql.run(`INSERT INTO article_fts (rowid, ${COLUMNS.join(', ')})
        VALUES ${run.map((_, i) => `(@rowid${i}, ${COLUMNS.map((c) => `@${c}${i}`).join(', ')})`).join(', ')}`, fts);
    }
  }

  const syncAll = async (rows: SearchText[]) => {
    for (const row of rows) await sync(row);
  };

  return {
    async indexArticle(id) {
      return sync((await sql.get<SearchText>(`${SOURCE} WHERE a.id = @id`, { id }))!);
    },
    async indexNew(ids) {
      if (ids.length === 0) return [];
      await insertNew(await textsOf(sql, ids));
      // An entry that comes purges every search (search/keys.ts).
      return [KEYS.searches];
    },
    entryOf: (id) => stored(id),
    async remove(entry) {
      if (entry) await unindex(entry as SearchEntry);
    },
    async reindexTag(tagId) {
      await syncAll(await sql.all(`${SOURCE} WHERE a.id IN (SELECT article_id FROM article_tags WHERE tag_id = @tagId)`, { tagId }));
    },
    async reindexAuthor(authorId) {
      await syncAll(await sql.all(`${SOURCE} WHERE a.id IN (SELECT article_id FROM article_authors WHERE author_id = @authorId)`, { authorId }));
    },
    async rebuild() {
      await sql.run(`INSERT INTO article_fts (article_fts) VALUES ('delete-all')`);
      await sql.run('DELETE FROM article_search');
      // In publication order, so that index rowids (which searches walk newest first) follow it.
      const rows = await sql.all<SearchText>(`${SOURCE} ORDER BY coalesce(a.publish_at, a.created_at), a.id`);
      await syncAll(rows);
      await sql.run(`INSERT INTO article_fts (article_fts) VALUES ('optimize')`);
      return rows.length;
    },
  };
}
