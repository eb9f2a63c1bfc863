import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import type { Audience } from '../../lib/reader.js';
import { withConstraints } from '../../db/errors.js';
import { articleAuthors, articles, articleSlugs, articleTags, type ArticleRow } from '../../db/schema.js';
import { createSearchIndex } from '../search/index-repository.js';
import { articleColumns, bodyColumns, buildListQuery, VISIBLE, type BodyColumn, type ListFilter } from './list-query.js';

/** An article row with the section it belongs to. */
export type ArticleWithSection = ArticleRow & { sectionSlug: string; sectionPath: string; sectionName: string;
  sectionVersion: number; sectionUpdatedAt: number;
};
/** An entity an answer shows, as its validators see it. */
export interface Versioned { id: string; version: number; updatedAt: number }
export interface Byline extends Versioned { articleId: string; slug: string; name: string }
export interface TagLine extends Byline { type: string }

type Row = ArticleWithSection & { bodyValue?: string };

/** What an article's validators depend on: its versions and times, and those of its section, authors and tags. */
export type ArticleVersions = Pick<ArticleWithSection, 'id' | 'version' | 'status' | 'publishAt' | 'updatedAt' | 'sectionId'
  | 'sectionVersion' | 'sectionUpdatedAt'> & { bylines: Versioned[]; tags: Versioned[] };

// Authors and tags as [id, version, updatedAt, position] arrays, put in order here (an ORDER BY costs a sort per row).
const versionsOf = (link: string, entity: string, key: string) => `(SELECT json_group_array(json_array(e.id, e.version,
  e.updated_at, l.position)) FROM ${link} l JOIN ${entity} e ON e.id = l.${key} WHERE l.article_id = a.id)`;
const versionColumns = `a.id, a.version, a.status, a.publish_at AS publishAt, a.updated_at AS updatedAt,
  a.section_id AS sectionId, s.version AS sectionVersion, s.updated_at AS sectionUpdatedAt,
  ${versionsOf('article_authors', 'authors', 'author_id')} AS bylines, ${versionsOf('article_tags', 'tags', 'tag_id')} AS tags`;
const fromJson = (json: string): Versioned[] => (JSON.parse(json) as [string, number, number, number][])
  .sort((a, b) => a[3] - b[3]).map(([id, version, updatedAt]) => ({ id, version, updatedAt }));

export function createArticlesRepository(db: Db) {
  const client = db.$client;
  const one = (key: 'id' | 'slug', columns: string, visible: boolean) => client.prepare(
    `SELECT ${columns} FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.${key} = @key${visible ? ` AND ${VISIBLE}` : ''}`,
  );
  const byName = new Map<string, ReturnType<typeof one>>();
  const statement = (key: 'id' | 'slug', body: BodyColumn | 'versions' | null, visible: boolean) => {
    const name = `${key}:${body}:${visible}`;
    const columns = body === 'versions' ? versionColumns : `${articleColumns}${body ? `, ${bodyColumns[body]} AS bodyValue` : ''}`;
    if (!byName.has(name)) byName.set(name, one(key, columns, visible));
    return byName.get(name)!;
  };
  const oldSlug = client.prepare('SELECT article_id AS id FROM article_slugs WHERE slug = ?').pluck();
  const bylines = client.prepare(`SELECT aa.article_id AS articleId, au.id, au.slug, au.name, au.version,
    au.updated_at AS updatedAt
    FROM article_authors aa JOIN authors au ON au.id = aa.author_id
    WHERE aa.article_id IN (SELECT value FROM json_each(?)) ORDER BY aa.article_id, aa.position`);
  const tagLines = client.prepare(`SELECT at.article_id AS articleId, t.id, t.slug, t.name, t.type, t.version,
    t.updated_at AS updatedAt
    FROM article_tags at JOIN tags t ON t.id = at.tag_id
    WHERE at.article_id IN (SELECT value FROM json_each(?)) ORDER BY at.article_id, at.position`);
  const slugTaken = client.prepare('SELECT 1 FROM articles WHERE slug = ?').pluck();
  const nextTransition = client.prepare(`SELECT min(t) FROM (
      SELECT min(publish_at) AS t FROM articles WHERE publish_at > @now AND status IN ('published', 'scheduled')
      UNION ALL SELECT min(embargo_until) FROM articles WHERE embargo_until > @now)`).pluck();
  const listCache = new Map<string, ReturnType<typeof client.prepare>>();
  // The search index follows every write, in the same transaction.
  const searchIndex = createSearchIndex(db);

  return {
    find(key: 'id' | 'slug', value: string, opts: { body: BodyColumn | null; audience: Audience | null }): Row | undefined {
      return statement(key, opts.body, opts.audience !== null).get({ key: value, ...opts.audience }) as Row | undefined;
    },
    /** What the validators of an article's answers depend on, in one statement and without its row's long columns. */
    versions(key: 'id' | 'slug', value: string, audience: Audience | null): ArticleVersions | undefined {
      const row = statement(key, 'versions', audience !== null).get({ key: value, ...audience }) as
        (Omit<ArticleVersions, 'bylines' | 'tags'> & { bylines: string; tags: string }) | undefined;
      return row && { ...row, bylines: fromJson(row.bylines), tags: fromJson(row.tags) };
    },
    /** The article that once had this slug, if any. */
    idForOldSlug(slug: string): string | undefined {
      return oldSlug.get(slug) as string | undefined;
    },
    bylines(ids: string[]): Byline[] {
      return bylines.all(JSON.stringify(ids)) as Byline[];
    },
    tags(ids: string[]): TagLine[] {
      return tagLines.all(JSON.stringify(ids)) as TagLine[];
    },
    list(filter: ListFilter): Row[] {
      const { sql, params } = buildListQuery(filter);
      let stmt = listCache.get(sql);
      if (!stmt) {
        stmt = client.prepare(sql);
        if (listCache.size < 500) listCache.set(sql, stmt);
      }
      return stmt.all(params) as Row[];
    },
    /** The next instant after `now` at which an article becomes visible (a schedule or an embargo ends), or null. */
    nextTransition(now: number): number | null {
      return nextTransition.get({ now }) as number | null;
    },
    slugTaken(slug: string): boolean {
      return slugTaken.get(slug) !== undefined;
    },
    insert(row: ArticleRow, authorIds: string[], tagIds: string[]): void {
      withConstraints(`An article with slug "${row.slug}"`, () => db.transaction((tx) => {
        // A former slug of another article stays recorded as its: the change of this write purges that one's answers.
        tx.insert(articles).values(row).run();
        if (authorIds.length) tx.insert(articleAuthors).values(authorIds.map((authorId, position) => ({ articleId: row.id, authorId, position }))).run();
        if (tagIds.length) tx.insert(articleTags).values(tagIds.map((tagId, position) => ({ articleId: row.id, tagId, position }))).run();
        searchIndex.indexArticle(row.id);
      }));
    },
    /** Writes `row` if its stored version is still `row.version - 1`; keeps the old slug resolving. */
    update(row: ArticleRow, previousSlug: string, authorIds?: string[], tagIds?: string[]): boolean {
      return withConstraints(`An article with slug "${row.slug}"`, () => db.transaction((tx) => {
        const written = tx.update(articles).set(row)
          .where(and(eq(articles.id, row.id), eq(articles.version, row.version - 1))).run().changes === 1;
        if (!written) return false;
        if (row.slug !== previousSlug) {
          // The latest article to leave a slug is the one it names; a current slug always wins over it.
          tx.insert(articleSlugs).values({ slug: previousSlug, articleId: row.id, createdAt: row.updatedAt })
            .onConflictDoUpdate({ target: articleSlugs.slug, set: { articleId: row.id, createdAt: row.updatedAt } }).run();
        }
        if (authorIds) {
          tx.delete(articleAuthors).where(eq(articleAuthors.articleId, row.id)).run();
          if (authorIds.length) tx.insert(articleAuthors).values(authorIds.map((authorId, position) => ({ articleId: row.id, authorId, position }))).run();
        }
        if (tagIds) {
          tx.delete(articleTags).where(eq(articleTags.articleId, row.id)).run();
          if (tagIds.length) tx.insert(articleTags).values(tagIds.map((tagId, position) => ({ articleId: row.id, tagId, position }))).run();
        }
        searchIndex.indexArticle(row.id);
        return true;
      }));
    },
    /** The full stored row, by id or current slug, for writes. */
    row(idOrSlug: string): ArticleRow | undefined {
      return db.select().from(articles).where(or(eq(articles.id, idOrSlug), eq(articles.slug, idOrSlug))).get();
    },
    delete(id: string, version: number): boolean {
      return db.transaction((tx) => {
        // FTS5 needs the indexed text to delete an entry, and article_search (that text) cascades away with
        // the article: read it first, and drop the entry only if the conditional delete happened.
        const entry = searchIndex.entryOf(id);
        const deleted = tx.delete(articles).where(and(eq(articles.id, id), eq(articles.version, version))).run().changes === 1;
        if (deleted) searchIndex.remove(entry);
        return deleted;
      });
    },
  };
}

export type ArticlesRepository = ReturnType<typeof createArticlesRepository>;
