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
export interface Byline { articleId: string; id: string; slug: string; name: string; version: number; updatedAt: number }
export interface TagLine extends Byline { type: string }

type Row = ArticleWithSection & { bodyValue?: string };

export function createArticlesRepository(db: Db) {
  const client = db.$client;
  const one = (where: string, body: BodyColumn | null, visible: boolean) => client.prepare(
    `SELECT ${articleColumns}${body ? `, ${bodyColumns[body]} AS bodyValue` : ''}
     FROM articles a JOIN sections s ON s.id = a.section_id WHERE ${where}${visible ? ` AND ${VISIBLE}` : ''}`,
  );
  const byId = new Map<string, ReturnType<typeof one>>();
  const statement = (key: 'id' | 'slug', body: BodyColumn | null, visible: boolean) => {
    const name = `${key}:${body}:${visible}`;
    if (!byId.has(name)) byId.set(name, one(`a.${key} = @key`, body, visible));
    return byId.get(name)!;
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
        tx.delete(articleSlugs).where(eq(articleSlugs.slug, row.slug)).run();
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
          tx.delete(articleSlugs).where(eq(articleSlugs.slug, row.slug)).run();
          tx.insert(articleSlugs).values({ slug: previousSlug, articleId: row.id, createdAt: row.updatedAt }).run();
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
