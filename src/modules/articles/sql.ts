import type { Dialect } from '../../db/executor.js';
import type { ArticleSort } from './schemas.js';

/**
 * The SQL fragments every repository that reads articles shares: their
 * columns, the visibility predicate, the filters of lists and searches, and
 * the list query itself. Each is written once for both dialects; the few
 * spellings that differ come from the Dialect.
 */

/** Columns under their property names, so raw rows map onto ArticleWithSection. */
export const articleColumns = `a.id, a.slug, a.title, a.standfirst, a.summary, a.word_count AS "wordCount",
  a.reading_time_minutes AS "readingTimeMinutes", a.toc, a.lang, a.status, a.pub_status AS "pubStatus",
  a.section_id AS "sectionId", a.publish_at AS "publishAt", a.first_published_at AS "firstPublishedAt",
  a.embargo_until AS "embargoUntil", a.hero_image AS "heroImage", a.canonical_url AS "canonicalUrl",
  a.seo_title AS "seoTitle", a.seo_description AS "seoDescription", a.created_at AS "createdAt",
  a.updated_at AS "updatedAt", a.version,
  s.slug AS "sectionSlug", s.path AS "sectionPath", s.name AS "sectionName", s.version AS "sectionVersion",
  s.updated_at AS "sectionUpdatedAt"`;

export const bodyColumns = { html: 'a.body_html', blocks: 'a.body_blocks', text: 'a.body_text', markdown: 'a.body' } as const;
export type BodyColumn = keyof typeof bodyColumns;

/** The sections a partner is entitled to (the JSON list bound to @sections), with their sub-sections. */
export const entitledSections = (d: Dialect) => `SELECT c.id FROM sections p JOIN sections c
  ON c.path = p.path OR c.path LIKE p.path || '/%' WHERE p.id IN (SELECT value FROM ${d.jsonList('@sections', 'j')})`;

/**
 * Readers see an article once it is published, usable and past its embargo
 * (or before it, with a key entitled to embargoed content), and a partner
 * only in the sections (and their sub-sections) it is entitled to. It binds
 * an Audience: @now, @embargo and @sections.
 */
export const visible = (d: Dialect) => `a.status IN ('published', 'scheduled') AND a.publish_at <= @now AND a.pub_status = 'usable'
  AND (a.embargo_until IS NULL OR a.embargo_until <= @now OR @embargo = 1)
  AND (CAST(@sections AS TEXT) IS NULL OR ${d.unindexed('a.section_id')} IN (${entitledSections(d)}))`;

/**
 * The articles of a section (by id or path) and its sub-sections. SQLite is
 * kept from choosing the section index (`walk`): sections are large, so walking the
 * order-by index newest first and filtering finds a page sooner than
 * gathering a whole subtree and sorting it; not for one with few articles (see `Selective`).
 */
export const inSection = (d: Dialect, walk = true) => `${walk ? d.unindexed('a.section_id') : 'a.section_id'} IN (SELECT c.id FROM sections p JOIN sections c
  ON c.path = p.path OR c.path LIKE p.path || '/%' WHERE p.id = @section OR p.path = @section)`;

/** The table linking articles to tags or authors, the linked table, and its key in the link. */
const LINKS = { tag: ['article_tags', 'tags', 'tag_id'], author: ['article_authors', 'authors', 'author_id'] } as const;

/** The rows that link articles (`x.article_id`) to the tag or author that `param` names by id or slug. */
export function linksTo(kind: keyof typeof LINKS, param: string): string {
  const [link, entity, key] = LINKS[kind];
  return `${link} x JOIN ${entity} e ON e.id = x.${key} WHERE (e.id = ${param} OR e.slug = ${param})`;
}

/** The articles linked to that tag or author: a condition on `a`, or (`from`) the list of their ids. */
const linkedTo = (kind: keyof typeof LINKS, param: string, from: boolean) => (from
  ? `a.id IN (SELECT x.article_id FROM ${linksTo(kind, param)})`
  : `EXISTS (SELECT 1 FROM ${linksTo(kind, param)} AND x.article_id = a.id)`);

/**
 * The filters of a list that match few articles, which its statement starts from instead of walking the
 * sort's index and testing each article: SQLite plans without statistics, and the walk, which finds a page
 * at once in a large section or tag, reads every article for a rare one (`list-plan-sqlite.ts`).
 */
export interface Selective { section: boolean; author: boolean; tags: boolean[] }

/** The filters an article list and a search share. */
export interface ArticleFilter {
  /** A section id or path; its sub-sections are included. */
  section?: string;
  /** Tag ids or slugs; every one must match. */
  tags?: string[];
  author?: string;
  lang?: string;
  since?: number;
  until?: number;
  /** Which of the filters above to start from (SQLite); none without it. */
  selective?: Selective;
}

export interface ListFilter extends ArticleFilter {
  /** Only the articles this audience sees; null lists everything (preview). */
  audience: import('../../lib/reader.js').Audience | null;
  sort: ArticleSort;
  after?: (string | number)[];
  limit: number;
  body: BodyColumn | null;
}

// Each sort is a keyset: an expression, its direction, and the id as tiebreak.
export const sortKeys: Record<ArticleSort, { expr: string; dir: 'ASC' | 'DESC' }> = {
  newest: { expr: 'coalesce(a.publish_at, a.created_at)', dir: 'DESC' },
  oldest: { expr: 'coalesce(a.publish_at, a.created_at)', dir: 'ASC' },
  updated: { expr: 'a.updated_at', dir: 'DESC' },
  title: { expr: 'a.title', dir: 'ASC' },
};

/**
 * The SQL of one page of the article list, with `moreColumns` (`, …`) if given. Values are always
 * bound; only the shape (which filters are present) varies, so statements are reusable.
 */
export function buildListQuery(d: Dialect, f: ListFilter, moreColumns = ''): { sql: string; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = { limit: f.limit };
  if (f.audience !== null) {
    where.push(visible(d));
    Object.assign(params, f.audience);
  }
  filterClauses(d, f, where, params);
  const { expr, dir } = sortKeys[f.sort];
  if (f.after) {
    where.push(`(${expr}, a.id) ${dir === 'DESC' ? '<' : '>'} (@afterKey, @afterId)`);
    [params.afterKey, params.afterId] = f.after;
  }
  const body = f.body ? `, ${bodyColumns[f.body]} AS "bodyValue"` : '';
  const sql = `SELECT ${articleColumns}${body}${moreColumns}, ${expr} AS "sortKey"
    FROM articles a JOIN sections s ON s.id = a.section_id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
    ORDER BY ${expr} ${dir}, a.id ${dir} LIMIT @limit`;
  return { sql, params };
}

/**
 * Adds the conditions of `f` on the articles aliased `a` to `where`, and
 * their values to `params` (named @section, @tag0…, @author, @lang, @since,
 * @until): the list and the search filter the same way.
 */
export function filterClauses(d: Dialect, f: ArticleFilter, where: string[], params: Record<string, unknown>): void {
  if (f.section !== undefined) {
    where.push(inSection(d, !f.selective?.section));
    params.section = f.section;
  }
  f.tags?.forEach((tag, i) => {
    where.push(linkedTo('tag', `@tag${i}`, f.selective?.tags[i] === true));
    params[`tag${i}`] = tag;
  });
  if (f.author !== undefined) {
    where.push(linkedTo('author', '@author', f.selective?.author === true));
    params.author = f.author;
  }
  if (f.lang !== undefined) {
    where.push('a.lang = @lang');
    params.lang = f.lang;
  }
  if (f.since !== undefined) {
    where.push('a.publish_at >= @since');
    params.since = f.since;
  }
  if (f.until !== undefined) {
    where.push('a.publish_at < @until');
    params.until = f.until;
  }
}
