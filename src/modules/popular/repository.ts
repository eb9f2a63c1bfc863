import type { Db } from '../../db/connection.js';
import type { Audience } from '../../lib/reader.js';
import { articleColumns, IN_SECTION, VISIBLE } from '../articles/list-query.js';
import type { ArticleWithSection } from '../articles/repository.js';

/** Views of one article in one hour (epoch hours: ms / 3,600,000, floored). */
export interface ViewCount { articleId: string; hour: number; count: number }

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
  const siteWide = client.prepare(ranking(false));
  const inSection = client.prepare(ranking(true));

  return {
    /** Adds counts to their hour buckets, in one transaction. */
    add(counts: ViewCount[]): void {
      addAll(counts);
    },
    /** Visible articles by views summed over the buckets, most read first, ties newest first. */
    popular({ from, to, audience, section, limit }: PopularFilter): PopularRow[] {
      const params = { from, to, ...audience, limit };
      return (section === undefined ? siteWide.all(params) : inSection.all({ ...params, section })) as PopularRow[];
    },
  };
}

export type ViewsRepository = ReturnType<typeof createViewsRepository>;
