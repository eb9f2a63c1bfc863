import type { Db } from '../../db/connection.js';
import { analyzer, clean, stemLanguage } from './text.js';

/** The indexed columns, in article_fts order. */
const COLUMNS = ['title', 'standfirst', 'body', 'tags', 'authors'] as const;
type Column = (typeof COLUMNS)[number];

/** An article's search text: what article_search stores and snippets read back. */
type SearchText = { articleId: string; lang: string } & Record<Column, string>;
export type SearchEntry = SearchText & { rowid: number };
/** The stemmed columns of a text, kept to delete them from FTS5 or to reuse unchanged ones. */
type Stemmed = { text: SearchText; values: string[] };

// The text of articles as it is indexed: the standfirst falls back to the summary, as readers see it.
const SOURCE = `SELECT a.id AS articleId, a.lang, a.title, coalesce(a.standfirst, a.summary) AS standfirst, a.body_text AS body,
  coalesce((SELECT group_concat(t.name, ' · ' ORDER BY x.position) FROM article_tags x JOIN tags t ON t.id = x.tag_id
    WHERE x.article_id = a.id), '') AS tags,
  coalesce((SELECT group_concat(u.name, ' · ' ORDER BY x.position) FROM article_authors x JOIN authors u ON u.id = x.author_id
    WHERE x.article_id = a.id), '') AS authors
  FROM articles a`;

/**
 * Writes of the search index: article_search holds each article's original
 * text, article_fts (external content) its stemmed form. FTS5 cannot read
 * stemmed text back, so every row is inserted and deleted explicitly, with
 * the stemmed values recomputed from the stored original. These run inside
 * the caller's transaction (better-sqlite3 is synchronous, one connection).
 */
export function createSearchIndex(db: Db) {
  const client = db.$client;
  const source = client.prepare(`${SOURCE} WHERE a.id = ?`);
  const byTag = client.prepare(`${SOURCE} WHERE a.id IN (SELECT article_id FROM article_tags WHERE tag_id = ?)`);
  const byAuthor = client.prepare(`${SOURCE} WHERE a.id IN (SELECT article_id FROM article_authors WHERE author_id = ?)`);
  // In publication order, so that index rowids (which searches walk newest first) follow it.
  const everything = client.prepare(`${SOURCE} ORDER BY coalesce(a.publish_at, a.created_at), a.id`);
  const stored = client.prepare(`SELECT rowid, article_id AS articleId, lang, ${COLUMNS.join(', ')}
    FROM article_search WHERE article_id = ?`);
  const insertRow = client.prepare(`INSERT INTO article_search (article_id, lang, ${COLUMNS.join(', ')})
    VALUES (@articleId, @lang, ${COLUMNS.map((c) => `@${c}`).join(', ')})`);
  const updateRow = client.prepare(`UPDATE article_search SET lang = @lang, ${COLUMNS.map((c) => `${c} = @${c}`).join(', ')}
    WHERE rowid = @rowid`);
  const ftsInsert = client.prepare(`INSERT INTO article_fts (rowid, ${COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?)`);
  const ftsDelete = client.prepare(`INSERT INTO article_fts (article_fts, rowid, ${COLUMNS.join(', ')})
    VALUES ('delete', ?, ?, ?, ?, ?, ?)`);
  const clear = client.prepare(`INSERT INTO article_fts (article_fts) VALUES ('delete-all')`);
  const clearRows = client.prepare('DELETE FROM article_search');
  const optimize = client.prepare(`INSERT INTO article_fts (article_fts) VALUES ('optimize')`);

  const cleaned = (row: SearchText): SearchText => ({
    articleId: row.articleId, lang: row.lang,
    ...Object.fromEntries(COLUMNS.map((c) => [c, clean(row[c])])) as Record<Column, string>,
  });
  /** Stems each column, reusing the values of `before` where the text did not change. */
  const stem = (text: SearchText, before?: Stemmed): Stemmed => {
    const lang = stemLanguage(text.lang);
    const same = (i: number) => before !== undefined && before.text.lang === text.lang && before.text[COLUMNS[i]] === text[COLUMNS[i]];
    return { text, values: COLUMNS.map((c, i) => (same(i) ? before!.values[i] : analyzer.indexed(text[c], lang))) };
  };
  const unchanged = (a: SearchText, b: SearchText) => a.lang === b.lang && COLUMNS.every((c) => a[c] === b[c]);

  /** Removes an entry from FTS5, with the stemmed values it was indexed with; returns them. */
  function unindex(old: SearchEntry): Stemmed {
    const before = stem(old);
    ftsDelete.run(old.rowid, ...before.values);
    return before;
  }

  /** Brings one article's index entry in line with `current`, its text now. */
  function sync(articleId: string, current: SearchText): void {
    const old = stored.get(articleId) as SearchEntry | undefined;
    const text = cleaned(current);
    if (old && unchanged(old, text)) return;
    let before: Stemmed | undefined;
    let rowid: number;
    if (old) {
      before = unindex(old);
      rowid = old.rowid;
      updateRow.run({ ...text, rowid });
    } else {
      rowid = Number(insertRow.run(text).lastInsertRowid);
    }
    ftsInsert.run(rowid, ...stem(text, before).values);
  }

  const syncAll = (rows: SearchText[]) => {
    for (const row of rows) sync(row.articleId, row);
  };

  return {
    /** Indexes an article as it is now stored (after an insert or update, in the same transaction). */
    indexArticle(id: string): void {
      sync(id, source.get(id) as SearchText);
    },
    /** An article's index entry, to read before the article is deleted: its text row cascades away with it. */
    entryOf(id: string): SearchEntry | undefined {
      return stored.get(id) as SearchEntry | undefined;
    },
    /** Removes from FTS5 an entry read with entryOf(), once its article (and so its text row) is deleted. */
    remove(entry: SearchEntry | undefined): void {
      if (entry) unindex(entry);
    },
    /** Re-indexes the articles carrying a tag (after it was renamed). */
    reindexTag(tagId: string): void {
      syncAll(byTag.all(tagId) as SearchText[]);
    },
    /** Re-indexes the articles of an author (after a rename). */
    reindexAuthor(authorId: string): void {
      syncAll(byAuthor.all(authorId) as SearchText[]);
    },
    /** Rebuilds the whole index in one transaction; returns how many articles it holds. */
    rebuild(): number {
      return client.transaction(() => {
        clear.run();
        clearRows.run();
        const rows = everything.all() as SearchText[];
        syncAll(rows);
        optimize.run();
        return rows.length;
      })();
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
