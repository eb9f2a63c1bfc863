import type { Db } from '../../db/connection.js';
import type { Audience } from '../../lib/reader.js';
import { VISIBLE } from '../articles/list-query.js';

export interface SitemapPage { sectionId: string; page: number; lastModified: number }
export interface SitemapEntry {
  id: string; slug: string; canonicalUrl: string | null; sectionPath: string; lastModified: number; heroImage: string | null;
}
export interface NewsEntry extends SitemapEntry { title: string; lang: string; publishedAt: number }

// Oldest first, so new articles fill the last page and earlier pages stay as they were.
const ORDER = 'a.publish_at, a.id';
const entryColumns = `a.id, a.slug, a.canonical_url AS canonicalUrl, s.path AS sectionPath, a.hero_image AS heroImage,
  max(a.updated_at, a.publish_at) AS lastModified`;

export function createSitemapsRepository(db: Db) {
  const client = db.$client;
  const pages = client.prepare(`SELECT sectionId, page, max(changed) AS lastModified FROM (
      SELECT a.section_id AS sectionId, max(a.updated_at, a.publish_at) AS changed,
        (row_number() OVER (PARTITION BY a.section_id ORDER BY ${ORDER}) - 1) / CAST(@size AS INTEGER) AS page
      FROM articles a WHERE ${VISIBLE})
    GROUP BY sectionId, page ORDER BY sectionId, page`);
  const page = client.prepare(`SELECT ${entryColumns} FROM articles a JOIN sections s ON s.id = a.section_id
    WHERE a.section_id = @section AND ${VISIBLE} ORDER BY ${ORDER} LIMIT @size OFFSET @offset`);
  // publish_at is never before first_published_at: the range on it (indexed) holds every candidate.
  const news = client.prepare(`SELECT ${entryColumns}, a.title, a.lang,
      coalesce(a.first_published_at, a.publish_at) AS publishedAt
    FROM articles a JOIN sections s ON s.id = a.section_id
    WHERE ${VISIBLE} AND a.publish_at > @since AND coalesce(a.first_published_at, a.publish_at) > @since
    ORDER BY publishedAt DESC, a.id DESC LIMIT @limit`);
  return {
    /** Each section's pages of `size` articles `audience` sees (0-based), with their latest change. */
    pages(audience: Audience, size: number): SitemapPage[] {
      return pages.all({ ...audience, size }) as SitemapPage[];
    },
    /** Page `index` (0-based) of the articles `audience` sees filed in a section itself. */
    page(sectionId: string, index: number, audience: Audience, size: number): SitemapEntry[] {
      return page.all({ section: sectionId, ...audience, size, offset: index * size }) as SitemapEntry[];
    },
    /** Articles `audience` sees, first published since `since`, newest first. */
    news(audience: Audience, since: number, limit: number): NewsEntry[] {
      return news.all({ ...audience, since, limit }) as NewsEntry[];
    },
  };
}

export type SitemapsRepository = ReturnType<typeof createSitemapsRepository>;
