import type { Executor } from '../../db/executor.js';
import { publicAudience, type Audience } from '../../lib/reader.js';
import { isId } from '../../lib/ids.js';
import { articleColumns, inSection, visible } from '../articles/sql.js';
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

const UPSERT = `INSERT INTO article_views AS v (article_id, hour, count)`;
const ADD = 'ON CONFLICT (article_id, hour) DO UPDATE SET count = v.count + excluded.count';

export function createViewsRepository(sql: Executor) {
  const d = sql.dialect;
  // Buckets are summed before the join, so each ranked article is joined once.
  const ranking = (onlyInSection: boolean) => `SELECT ${articleColumns}, v.views
    FROM (SELECT article_id, sum(count) AS views FROM article_views
          WHERE hour BETWEEN @from AND @to GROUP BY article_id) v
    JOIN articles a ON a.id = v.article_id JOIN sections s ON s.id = a.section_id
    WHERE ${visible(d)}${onlyInSection ? ` AND ${inSection(d)}` : ''}
    ORDER BY v.views DESC, coalesce(a.publish_at, a.created_at) DESC, a.id DESC
    LIMIT @limit`;
  const idOf = async (idOrSlug: string) => (isId(idOrSlug, 'art') ? idOrSlug
    : (await sql.get<{ id: string }>(`SELECT id FROM articles WHERE slug = @slug
        UNION ALL SELECT article_id FROM article_slugs WHERE slug = @slug`, { slug: idOrSlug }))?.id);

  return {
    /** Adds counts to their hour buckets (in the caller's transaction). */
    async add(counts: ViewCount[]): Promise<void> {
      // An article deleted while its views waited in memory is skipped, not a foreign-key failure of the batch.
      for (const c of counts) {
        await sql.run(`${UPSERT} SELECT @articleId, CAST(@hour AS BIGINT), CAST(@count AS BIGINT)
          WHERE EXISTS (SELECT 1 FROM articles WHERE id = @articleId) ${ADD}`, { ...c });
      }
    },
    /**
     * Adds beacon views to their hour buckets (in the caller's transaction): each
     * name is resolved (id, slug, former slug) and counted only if it names an
     * article visible at its last view. Returns how many of them counted.
     */
    async addPending(views: PendingViews[]): Promise<number> {
      let counted = 0;
      for (const v of views) {
        const articleId = await idOf(v.idOrSlug);
        if (articleId === undefined) continue;
        // Visible at the last view's instant: an article scheduled or under embargo then, or not
        // published (any more), gets nothing, and neither does one deleted since.
        counted += await sql.run(`${UPSERT} SELECT a.id, CAST(@hour AS BIGINT), CAST(@count AS BIGINT) FROM articles a
          WHERE a.id = @articleId AND ${visible(d)} ${ADD}`, { articleId, hour: v.hour, count: v.count, ...publicAudience(v.lastAt) });
      }
      return counted;
    },
    /** Visible articles by views summed over the buckets, most read first, ties newest first. */
    async popular({ from, to, audience, section, limit }: PopularFilter): Promise<PopularRow[]> {
      const params = { from, to, ...audience, limit };
      return section === undefined ? sql.all(ranking(false), params) : sql.all(ranking(true), { ...params, section });
    },
  };
}

export type ViewsRepository = ReturnType<typeof createViewsRepository>;
