import type { Db } from '../../db/connection.js';
import { publicAudience, type Audience } from '../../lib/reader.js';
import { isId } from '../../lib/ids.js';
import { articleColumns, IN_SECTION, VISIBLE } from '../articles/list-query.js';
import type { ArticleWithSection } from '../articles/repository.js';

/** Views of one article in one hour (epoch hours: ms / 3,600,000, floored). */
export interface ViewCount { articleId: string; hour: number; count: number }

/** Beacon views not yet resolved: the article as the URL named it, and the last of them (ms). */
export interface PendingViews { idOrSlug: string; hour: number; count: number; lastAt: number }

export interface PopularFilter {
  /** The hour buckets summed, both ends included. */
  from: number;
  to: number;
  /** Only articles this audience sees are ranked. */
  audience: Audience;
  /** A section id or path; its sub-sections are included. */
  section?: string;
  limit: number;
}

export type PopularRow = ArticleWithSection & { views: number };


// Buckets are summed before the join, so each ranked article is joined once.
const ranking = (inSection: boolean) => `SELECT ${articleColumns}, v.views
  FROM (SELECT article_id, sum(count) AS views FROM article_views
        WHERE hour BETWEEN @from AND @to GROUP BY article_id) v
  JOIN articles a ON a.id = v.article_id JOIN sections s ON s.id = a.section_id
  WHERE ${VISIBLE}${inSection ? ` AND ${IN_SECTION}` : ''}
  ORDER BY v.views DESC, coalesce(a.publish_at, a.created_at) DESC, a.id DESC
  LIMIT @limit`;

export function createViewsRepository(db: Db) {
  const client = db.$client;
  // An article deleted while its views waited in memory is skipped, not a foreign-key failure of the batch.
  const upsert = client.prepare(`INSERT INTO article_views (article_id, hour, count)
    SELECT @articleId, @hour, @count WHERE EXISTS (SELECT 1 FROM articles WHERE id = @articleId)
    ON CONFLICT (article_id, hour) DO UPDATE SET count = count + excluded.count`);
  const addAll = client.transaction((counts: ViewCount[]) => {
    for (const c of counts) upsert.run(c);
  });
  // Visible at the last view's instant: an article scheduled or under embargo then, or not
  // published (any more), gets nothing, and neither does one deleted since.
  const upsertVisible = client.prepare(`INSERT INTO article_views (article_id, hour, count)
    SELECT a.id, @hour, @count FROM articles a WHERE a.id = @articleId AND ${VISIBLE}
    ON CONFLICT (article_id, hour) DO UPDATE SET count = count + excluded.count`);
  const bySlug = client.prepare('SELECT id FROM articles WHERE slug = ?').pluck();
  const byOldSlug = client.prepare('SELECT article_id FROM article_slugs WHERE slug = ?').pluck();
  const idOf = (idOrSlug: string) => (isId(idOrSlug, 'art') ? idOrSlug : (bySlug.get(idOrSlug) ?? byOldSlug.get(idOrSlug))) as string | undefined;
  const addAllPending = client.transaction((views: PendingViews[]) => {
    let counted = 0;
    for (const v of views) {
      const articleId = idOf(v.idOrSlug);
      if (articleId !== undefined) counted += upsertVisible.run({ articleId, hour: v.hour, count: v.count, ...publicAudience(v.lastAt) }).changes;
    }
    return counted;
  });
  const siteWide = client.prepare(ranking(false));
  const inSection = client.prepare(ranking(true));

  return {
    /** Adds counts to their hour buckets, in one transaction. */
    add(counts: ViewCount[]): void {
      addAll(counts);
    },
    /**
     * Adds beacon views to their hour buckets, in one transaction: each name is
     * resolved (id, slug, former slug) and counted only if it names an article
     * visible at its last view. Returns how many of them counted.
     */
    addPending(views: PendingViews[]): number {
      return addAllPending(views);
    },
    /** Visible articles by views summed over the buckets, most read first, ties newest first. */
    popular({ from, to, audience, section, limit }: PopularFilter): PopularRow[] {
      const params = { from, to, ...audience, limit };
      return (section === undefined ? siteWide.all(params) : inSection.all({ ...params, section })) as PopularRow[];
    },
  };
}

export type ViewsRepository = ReturnType<typeof createViewsRepository>;
