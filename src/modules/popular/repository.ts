import type { DialectName, Executor } from '../../db/executor.js';
import { publicAudience, type Audience } from '../../lib/reader.js';
import { isId } from '../../lib/ids.js';
import { articleColumns, inSection, visible } from '../articles/sql.js';
import type { ArticleWithSection } from '../articles/repository.js';

/** Views of one article in one hour (epoch hours: ms / 3,600,000, floored). */
export interface ViewCount { articleId: string; hour: number; count: number }

/** Beacon views not yet resolved: the article as the URL named it, and the last of them (ms). */
export interface PendingViews { idOrSlug: string; hour: number; count: number; lastAt: number }

export interface PopularFilter {
  /** The window's length: the buckets summed are those of hours `to - hours` to `to`. */
  hours: number;
  /** The current hour. */
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
// A bucket's views also count in the totals of every window that already starts at or before its hour.
const ADD_TOTALS = `INSERT INTO article_view_totals AS t (window_hours, article_id, views)
  SELECT w.hours, @articleId, CAST(@count AS BIGINT) FROM view_windows w WHERE w.from_hour <= @hour
  ON CONFLICT (article_id, window_hours) DO UPDATE SET views = t.views + excluded.views`;
const LOCK = "hashtext('kiosque:view-windows')";

/**
 * On PostgreSQL, writing views and sliding a window must not interleave: a slide that summed the
 * buckets leaving the window before a concurrent write of one of them committed would keep those
 * views in the totals. Writers of views share a transaction-scoped lock; a slide takes it alone, or
 * leaves its turn (the next one slides). SQLite has one writer at a time: nothing to add.
 */
const lockWindows: Record<DialectName, (sql: Executor, slide: boolean) => Promise<boolean>> = {
  sqlite: async () => true,
  postgres: async (sql, slide) => (await sql.get<{ taken: boolean }>(slide
    ? `SELECT pg_try_advisory_xact_lock(${LOCK}) AS taken`
    : `SELECT pg_advisory_xact_lock_shared(${LOCK}) IS NOT NULL AS taken`))!.taken,
};

export function createViewsRepository(sql: Executor) {
  const d = sql.dialect;
  const filters = (onlyInSection: boolean) => `${visible(d)}${onlyInSection ? ` AND ${inSection(d)}` : ''}
    ORDER BY v.views DESC, coalesce(a.publish_at, a.created_at) DESC, a.id DESC LIMIT @limit`;
  // From the rolled-up totals: down the window's index of views, most read first.
  const rolledUp = (onlyInSection: boolean) => `SELECT ${articleColumns}, v.views FROM article_view_totals v
    JOIN articles a ON a.id = v.article_id JOIN sections s ON s.id = a.section_id
    WHERE v.window_hours = @hours AND ${filters(onlyInSection)}`;
  // From the hourly buckets, summed before the join so that each ranked article is joined once: while
  // a window has not slid to the current hour yet.
  const summed = (onlyInSection: boolean) => `SELECT ${articleColumns}, v.views
    FROM (SELECT article_id, sum(count) AS views FROM article_views
          WHERE hour BETWEEN @from AND @to GROUP BY article_id) v
    JOIN articles a ON a.id = v.article_id JOIN sections s ON s.id = a.section_id
    WHERE ${filters(onlyInSection)}`;
  // Totals hold every bucket from the window's start on: a later one (a clock set back) is not in the window.
  const rolledUpTo = async (hours: number, from: number, to: number) => {
    const row = (await sql.get<{ fromHour: unknown; lastHour: unknown }>(`SELECT
      (SELECT from_hour FROM view_windows WHERE hours = @hours) AS "fromHour", (SELECT max(hour) FROM article_views) AS "lastHour"`, { hours }))!;
    return Number(row.fromHour) === from && Number(row.lastHour) <= to;
  };
  const idOf = async (idOrSlug: string) => (isId(idOrSlug, 'art') ? idOrSlug
    : (await sql.get<{ id: string }>(`SELECT id FROM articles WHERE slug = @slug
        UNION ALL SELECT article_id FROM article_slugs WHERE slug = @slug`, { slug: idOrSlug }))?.id);

  const setStart = (hours: number, from: number) => sql.run(`INSERT INTO view_windows (hours, from_hour) VALUES (@hours, @from)
    ON CONFLICT (hours) DO UPDATE SET from_hour = excluded.from_hour`, { hours, from });

  return {
    /** Adds counts to their hour buckets (in the caller's transaction). */
    async add(counts: ViewCount[]): Promise<void> {
      await lockWindows[d.name](sql, false);
      // An article deleted while its views waited in memory is skipped, not a foreign-key failure of the batch.
      for (const c of counts) {
        const added = await sql.run(`${UPSERT} SELECT @articleId, CAST(@hour AS BIGINT), CAST(@count AS BIGINT)
          WHERE EXISTS (SELECT 1 FROM articles WHERE id = @articleId) ${ADD}`, { ...c });
        if (added) await sql.run(ADD_TOTALS, { ...c });
      }
    },
    /**
     * Adds beacon views to their hour buckets (in the caller's transaction): each
     * name is resolved (id, slug, former slug) and counted only if it names an
     * article visible at its last view. Returns how many of them counted.
     */
    async addPending(views: PendingViews[]): Promise<number> {
      await lockWindows[d.name](sql, false);
      let counted = 0;
      for (const v of views) {
        const articleId = await idOf(v.idOrSlug);
        if (articleId === undefined) continue;
        // Visible at the last view's instant: an article scheduled or under embargo then, or not
        // published (any more), gets nothing, and neither does one deleted since.
        const added = await sql.run(`${UPSERT} SELECT a.id, CAST(@hour AS BIGINT), CAST(@count AS BIGINT) FROM articles a
          WHERE a.id = @articleId AND ${visible(d)} ${ADD}`, { articleId, hour: v.hour, count: v.count, ...publicAudience(v.lastAt) });
        if (added) await sql.run(ADD_TOTALS, { articleId, hour: v.hour, count: v.count });
        counted += added;
      }
      return counted;
    },
    /**
     * Visible articles by views over the window, most read first, ties newest first: from the
     * window's totals when they start where the window does, else summed from the buckets.
     */
    async popular({ hours, to, audience, section, limit }: PopularFilter): Promise<PopularRow[]> {
      const from = to - hours;
      const query = await rolledUpTo(hours, from, to) ? rolledUp : summed;
      const params = { hours, from, to, ...audience, limit };
      return section === undefined ? sql.all(query(false), params) : sql.all(query(true), { ...params, section });
    },
    /** Whether this transaction may slide the windows (false: another instance is writing views or sliding them). */
    lockWindows: () => lockWindows[d.name](sql, true),
    /** Each window's first hour, by its length. */
    async windowStarts(): Promise<Map<number, number>> {
      const rows = await sql.all<{ hours: number; fromHour: number }>('SELECT hours, from_hour AS "fromHour" FROM view_windows');
      return new Map(rows.map((r) => [Number(r.hours), Number(r.fromHour)]));
    },
    /** Sums a window's totals afresh from the buckets of `from` on. */
    async rebuildWindow(hours: number, from: number): Promise<void> {
      await sql.run('DELETE FROM article_view_totals WHERE window_hours = @hours', { hours });
      await sql.run(`INSERT INTO article_view_totals (window_hours, article_id, views)
        SELECT CAST(@hours AS BIGINT), article_id, sum(count) FROM article_views WHERE hour >= @from GROUP BY article_id`, { hours, from });
      await setStart(hours, from);
    },
    /** Takes the buckets of hours `from` to `to` (excluded) out of a window's totals, which then start at `to`. */
    async slideWindow(hours: number, from: number, to: number): Promise<void> {
      const leaving = 'SELECT article_id FROM article_views WHERE hour >= @from AND hour < @to';
      await sql.run(`UPDATE article_view_totals SET views = views - CAST((SELECT sum(count) FROM article_views x
          WHERE x.article_id = article_view_totals.article_id AND x.hour >= @from AND x.hour < @to) AS BIGINT)
        WHERE window_hours = @hours AND article_id IN (${leaving})`, { hours, from, to });
      await sql.run('DELETE FROM article_view_totals WHERE window_hours = @hours AND views <= 0', { hours });
      await setStart(hours, to);
    },
  };
}

export type ViewsRepository = ReturnType<typeof createViewsRepository>;
