import type { Executor } from '../../db/executor.js';
import type { Audience } from '../../lib/reader.js';
import { visible } from '../articles/sql.js';

export interface SitemapPage { sectionId: string; page: number; lastModified: number }
export interface SitemapEntry {
  id: string; slug: string; canonicalUrl: string | null; sectionPath: string; lastModified: number; heroImage: string | null;
}
export interface NewsEntry extends SitemapEntry { title: string; lang: string; publishedAt: number }

// Oldest first, so new articles fill the last page and earlier pages stay as they were.
const ORDER = 'a.publish_at, a.id';

export function createSitemapsRepository(sql: Executor) {
  const d = sql.dialect;
  const changed = d.greatest('a.updated_at', 'a.publish_at');
  const entryColumns = `a.id, a.slug, a.canonical_url AS "canonicalUrl", s.path AS "sectionPath", a.hero_image AS "heroImage",
    ${changed} AS "lastModified"`;
  const pages = `SELECT "sectionId", page, max(changed) AS "lastModified" FROM (
      SELECT a.section_id AS "sectionId", ${changed} AS changed,
        (row_number() OVER (PARTITION BY a.section_id ORDER BY ${ORDER}) - 1) / CAST(@size AS INTEGER) AS page
      FROM articles a WHERE ${visible(d)}) p
    GROUP BY "sectionId", page ORDER BY "sectionId", page`;
  const page = `SELECT ${entryColumns} FROM articles a JOIN sections s ON s.id = a.section_id
    WHERE a.section_id = @section AND ${visible(d)} ORDER BY ${ORDER} LIMIT @size OFFSET @offset`;
  // publish_at is never before first_published_at: the range on it (indexed) holds every candidate.
  const news = `SELECT ${entryColumns}, a.title, a.lang, coalesce(a.first_published_at, a.publish_at) AS "publishedAt"
    FROM articles a JOIN sections s ON s.id = a.section_id
    WHERE ${visible(d)} AND a.publish_at > @since AND coalesce(a.first_published_at, a.publish_at) > @since
    ORDER BY "publishedAt" DESC, a.id DESC LIMIT @limit`;
  return {
    /** Each section's pages of `size` articles `audience` sees (0-based), with their latest change. */
    async pages(audience: Audience, size: number): Promise<SitemapPage[]> {
      return sql.all(pages, { ...audience, size });
    },
    /** Page `index` (0-based) of the articles `audience` sees filed in a section itself. */
    async page(sectionId: string, index: number, audience: Audience, size: number): Promise<SitemapEntry[]> {
      return sql.all(page, { section: sectionId, ...audience, size, offset: index * size });
    },
    /** Articles `audience` sees, first published since `since`, newest first. */
    async news(audience: Audience, since: number, limit: number): Promise<NewsEntry[]> {
      return sql.all(news, { ...audience, since, limit });
    },
  };
}

export type SitemapsRepository = ReturnType<typeof createSitemapsRepository>;
