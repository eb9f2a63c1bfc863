import type { Dialect, Executor } from '../../db/executor.js';
import { withConstraints } from '../../db/errors.js';
import { insertManySql, insertSql, selectColumns, setClause, toParams } from '../../db/rows.js';
import type { ArticleRow } from '../../db/schema.js';
import { articleAuthors, articles, articleTags } from '../../db/schema/sqlite.js';
import { KEYS } from '../../lib/keys.js';
import type { Audience } from '../../lib/reader.js';
import { createSearchIndex } from '../search/index-repository.js';
import { LIST_LINES } from './list-lines.js';
import { LIST_PLANS } from './list-plan.js';
import { articleColumns, bodyColumns, buildListQuery, visible, type BodyColumn, type ListFilter } from './sql.js';

/** An article row with the section it belongs to. */
export type ArticleWithSection = ArticleRow & { sectionSlug: string; sectionPath: string; sectionName: string;
  sectionVersion: number; sectionUpdatedAt: number;
};
/** An entity an answer shows, as its validators see it. */
export interface Versioned { id: string; version: number; updatedAt: number }
export interface Byline extends Versioned { articleId: string; slug: string; name: string }
export interface TagLine extends Byline { type: string }

/** A new article's row, with its authors' and tags' ids in their order. */
export interface NewArticle { row: ArticleRow; authorIds: string[]; tagIds: string[] }

type Row = ArticleWithSection & { bodyValue?: string };
/** An article with its bylines and tags, in their order: all that its representation shows but its links. */
export interface Lines { bylines: Byline[]; tags: TagLine[] }
export type ArticleWithLines = Row & Lines;

/** What an article's validators depend on: its versions and times, and those of its section, authors and tags. */
export type ArticleVersions = Pick<ArticleWithSection, 'id' | 'version' | 'status' | 'publishAt' | 'updatedAt' | 'sectionId'
  | 'sectionVersion' | 'sectionUpdatedAt'> & { bylines: Versioned[]; tags: Versioned[] };

const fromVersions = (d: Dialect, json: unknown): Versioned[] => d.json<[string, number, number, number][]>(json)
  .sort((a, b) => a[3] - b[3]).map(([id, version, updatedAt]) => ({ id, version, updatedAt }));

type Line = [id: string, version: number, updatedAt: number, position: number, slug: string, name: string, type: string];
/** Bylines or tags aggregated as Line arrays, in their order. */
const fromLines = (d: Dialect, articleId: string, json: unknown) => d.json<Line[]>(json).sort((a, b) => a[3] - b[3])
  .map(([id, version, updatedAt, , slug, name, type]) => ({ articleId, id, version, updatedAt, slug, name, type }));

const ROW_COLUMNS = selectColumns(articles, 'a');
/** Articles a statement of insertMany() writes at most: a statement binds a copy of its rows' text (bodies four times over). */
const ARTICLE_ROWS = 32;

export function createArticlesRepository(sql: Executor) {
  const d = sql.dialect;
  // Authors and tags as [id, version, updatedAt, position] arrays, put in order here (an ORDER BY costs a sort per row).
  // (More columns of the entity after the position: a byline's or a tag's.)
  const versionsOf = (link: string, entity: string, key: string, more: string[] = []) => `(SELECT ${d.jsonAgg(d.jsonArray('e.id', 'e.version', 'e.updated_at', 'l.position', ...more))}
    FROM ${link} l JOIN ${entity} e ON e.id = l.${key} WHERE l.article_id = a.id)`;
  const versionColumns = `a.id, a.version, a.status, a.publish_at AS "publishAt", a.updated_at AS "updatedAt",
    a.section_id AS "sectionId", s.version AS "sectionVersion", s.updated_at AS "sectionUpdatedAt",
    ${versionsOf('article_authors', 'authors', 'author_id')} AS "bylines", ${versionsOf('article_tags', 'tags', 'tag_id')} AS "tags"`;
  // An article's bylines and tags in the statement that reads it: on PostgreSQL, each statement is a round trip.
  const lineColumns = `${versionsOf('article_authors', 'authors', 'author_id', ['e.slug', 'e.name'])} AS "bylines",
    ${versionsOf('article_tags', 'tags', 'tag_id', ['e.slug', 'e.name', 'e.type'])} AS "tags"`;
  const withLines = <T extends { id: string; bylines?: unknown; tags?: unknown }>(row: T) =>
    ({ ...row, bylines: fromLines(d, row.id, row.bylines), tags: fromLines(d, row.id, row.tags) });
  const one = (key: 'id' | 'slug', columns: string, onlyVisible: boolean) =>
    `SELECT ${columns} FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.${key} = @key${onlyVisible ? ` AND ${visible(d)}` : ''}`;
  const statements = new Map<string, string>();
  const statement = (key: 'id' | 'slug', body: BodyColumn | 'versions' | null, onlyVisible: boolean, lines = false) => {
    const name = `${key}:${body}:${onlyVisible}:${lines}`;
    const columns = body === 'versions' ? versionColumns
      : `${articleColumns}${body ? `, ${bodyColumns[body]} AS "bodyValue"` : ''}${lines ? `, ${lineColumns}` : ''}`;
    if (!statements.has(name)) statements.set(name, one(key, columns, onlyVisible));
    return statements.get(name)!;
  };
  const lines = (columns: string, link: string, entity: string, key: string) => `SELECT l.article_id AS "articleId", ${columns},
      e.version, e.updated_at AS "updatedAt"
    FROM ${link} l JOIN ${entity} e ON e.id = l.${key}
    WHERE l.article_id IN (SELECT value FROM ${d.jsonList('@ids', 'j')}) ORDER BY l.article_id, l.position`;
  const bylines = lines('e.id, e.slug, e.name', 'article_authors', 'authors', 'author_id');
  const tagLines = lines('e.id, e.slug, e.name, e.type', 'article_tags', 'tags', 'tag_id');
  // The search index follows every write, in the same transaction; what it changed names the searches to purge.
  const searchIndex = createSearchIndex(sql);
  const searchKeys = new Set<string>();
  const index = async (id: string) => {
    for (const key of await searchIndex.indexArticle(id)) searchKeys.add(key);
  };
  const link = async (table: 'article_authors' | 'article_tags', column: string, articleId: string, ids: string[]) => {
    for (const [position, id] of ids.entries()) {
      await sql.run(`INSERT INTO ${table} (article_id, ${column}, position) VALUES (@articleId, @id, @position)`, { articleId, id, position });
    }
  };

  return {
    async find(key: 'id' | 'slug', value: string, opts: { body: BodyColumn | null; audience: Audience | null }): Promise<Row | undefined> {
      return sql.get<Row>(statement(key, opts.body, opts.audience !== null), { key: value, ...opts.audience });
    },
    /** An article with its bylines and tags, in one statement. */
    async findWithLines(key: 'id' | 'slug', value: string, opts: { body: BodyColumn | null; audience: Audience | null }): Promise<ArticleWithLines | undefined> {
      const row = await sql.get<Row & { bylines: unknown; tags: unknown }>(statement(key, opts.body, opts.audience !== null, true), { key: value, ...opts.audience });
      return row && withLines(row);
    },
    /** What the validators of an article's answers depend on, in one statement and without its row's long columns. */
    async versions(key: 'id' | 'slug', value: string, audience: Audience | null): Promise<ArticleVersions | undefined> {
      const row = await sql.get<Omit<ArticleVersions, 'bylines' | 'tags'> & { bylines: unknown; tags: unknown }>(
        statement(key, 'versions', audience !== null), { key: value, ...audience });
      return row && { ...row, bylines: fromVersions(d, row.bylines), tags: fromVersions(d, row.tags) };
    },
    /** The article that once had this slug, if any. */
    async idForOldSlug(slug: string): Promise<string | undefined> {
      return (await sql.get<{ id: string }>('SELECT article_id AS "id" FROM article_slugs WHERE slug = @slug', { slug }))?.id;
    },
    async bylines(ids: string[]): Promise<Byline[]> {
      return sql.all(bylines, { ids: JSON.stringify(ids) });
    },
    async tags(ids: string[]): Promise<TagLine[]> {
      return sql.all(tagLines, { ids: JSON.stringify(ids) });
    },
    /** A page of the list; on PostgreSQL, each article with its bylines and tags. */
    async list(filter: ListFilter): Promise<(Row & Partial<Lines>)[]> {
      const lines = LIST_LINES[d.name];
      const selective = await LIST_PLANS[d.name](sql, filter);
      const { sql: text, params } = buildListQuery(d, { ...filter, selective }, lines.columns(lineColumns));
      return lines.rows(await sql.all<Row & { bylines?: unknown; tags?: unknown }>(text, params), withLines) as (Row & Partial<Lines>)[];
    },
    /** The next instant after `now` at which an article becomes visible (a schedule or an embargo ends), or null. */
    async nextTransition(now: number): Promise<number | null> {
      const row = await sql.get<{ t: number | null }>(`SELECT min(t) AS "t" FROM (
          SELECT min(publish_at) AS t FROM articles WHERE publish_at > @now AND status IN ('published', 'scheduled')
          UNION ALL SELECT min(embargo_until) FROM articles WHERE embargo_until > @now) x`, { now });
      return row!.t;
    },
    async slugTaken(slug: string): Promise<boolean> {
      return (await sql.get('SELECT 1 AS "taken" FROM articles WHERE slug = @slug', { slug })) !== undefined;
    },
    /** Writes a new article, its bylines, tags and search entry (in the caller's transaction). */
    async insert(row: ArticleRow, authorIds: string[], tagIds: string[]): Promise<void> {
      await withConstraints(`An article with slug "${row.slug}"`, async () => {
        // A former slug of another article stays recorded as its: the change of this write purges that one's answers.
        await sql.run(insertSql(articles, row), toParams(articles, row));
        await link('article_authors', 'author_id', row.id, authorIds);
        await link('article_tags', 'tag_id', row.id, tagIds);
        await index(row.id);
      });
    },
    /** Which of these slugs are articles' current slugs, in one statement. */
    async slugsTaken(slugs: string[]): Promise<Set<string>> {
      const rows = await sql.all<{ slug: string }>(`SELECT slug FROM articles WHERE slug IN (SELECT value FROM ${d.jsonList('@slugs', 'j')})`,
        { slugs: JSON.stringify(slugs) });
      return new Set(rows.map((r) => r.slug));
    },
    /**
     * Writes new articles as insert() writes one, a batch's rows in one statement per table (an import's):
     * their rows, bylines, tags and search entries. A constraint broken fails them all (the caller's
     * transaction or savepoint undoes what was written).
     */
    async insertMany(items: NewArticle[]): Promise<void> {
      const links = (key: 'authorId' | 'tagId', list: (i: NewArticle) => string[]) =>
        items.flatMap((i) => list(i).map((id, position) => ({ articleId: i.row.id, [key]: id, position })));
      await withConstraints('An article of the batch', async () => {
        for (const s of insertManySql(articles, items.map((i) => i.row), ARTICLE_ROWS)) await sql.run(s.sql, s.params);
        for (const s of insertManySql(articleAuthors, links('authorId', (i) => i.authorIds))) await sql.run(s.sql, s.params);
        for (const s of insertManySql(articleTags, links('tagId', (i) => i.tagIds))) await sql.run(s.sql, s.params);
        for (const key of await searchIndex.indexNew(items.map((i) => i.row.id))) searchKeys.add(key);
      });
    },
    /**
     * Writes `row` if its stored version is still `row.version - 1`; keeps the old slug resolving. Given the
     * row it replaces, only the columns that differ are set: SQLite rewrites every index on a column set,
     * changed or not (six of a standfirst edit's 45 pages).
     */
    async update(row: ArticleRow, previousSlug: string, authorIds?: string[], tagIds?: string[], before?: ArticleRow): Promise<boolean> {
      return withConstraints(`An article with slug "${row.slug}"`, async () => {
        const changed = before ? Object.fromEntries(Object.entries(row).filter(([k, v]) => v !== before[k as keyof ArticleRow])) : row;
        const written = await sql.run(`UPDATE articles SET ${setClause(articles, changed, ['id'])} WHERE id = @id AND version = @expected`,
          { ...toParams(articles, changed), id: row.id, expected: row.version - 1 }) === 1;
        if (!written) return false;
        if (row.slug !== previousSlug) {
          // The latest article to leave a slug is the one it names; a current slug always wins over it.
          await sql.run(`INSERT INTO article_slugs (slug, article_id, created_at) VALUES (@slug, @id, @at)
            ON CONFLICT (slug) DO UPDATE SET article_id = excluded.article_id, created_at = excluded.created_at`,
          { slug: previousSlug, id: row.id, at: row.updatedAt });
        }
        if (authorIds) {
          await sql.run('DELETE FROM article_authors WHERE article_id = @id', { id: row.id });
          await link('article_authors', 'author_id', row.id, authorIds);
        }
        if (tagIds) {
          await sql.run('DELETE FROM article_tags WHERE article_id = @id', { id: row.id });
          await link('article_tags', 'tag_id', row.id, tagIds);
        }
        await index(row.id);
        return true;
      });
    },
    /** The full stored row, by id or current slug, for writes. */
    async row(idOrSlug: string): Promise<ArticleRow | undefined> {
      return sql.get(`SELECT ${ROW_COLUMNS} FROM articles a WHERE a.id = @ref OR a.slug = @ref`, { ref: idOrSlug });
    },
    async delete(id: string, version: number): Promise<boolean> {
      // The index entry is read first: SQLite's full-text index needs the indexed text to drop an entry,
      // and that text cascades away with the article. It is dropped only if the conditional delete happened.
      const entry = await searchIndex.entryOf(id);
      const deleted = await sql.run('DELETE FROM articles WHERE id = @id AND version = @version', { id, version }) === 1;
      if (deleted) {
        await searchIndex.remove(entry);
        searchKeys.add(KEYS.searches);
      }
      return deleted;
    },
    /** The search keys (search/keys.ts) the index writes of this transaction purge so far. */
    searchKeys: async (): Promise<string[]> => [...searchKeys],
  };
}

export type ArticlesRepository = ReturnType<typeof createArticlesRepository>;
