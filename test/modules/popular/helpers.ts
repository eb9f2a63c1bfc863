import type { App } from '../../../src/app.js';
import type { Database } from '../../../src/db/connection.js';
import type { ViewBufferOptions } from '../../../src/modules/popular/buffer.js';
import { makeApp, type TestApp } from '../../helpers.js';
import { query } from '../../database.js';

export const HOUR = 3_600_000;
export const browser = { 'user-agent': 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15' };

/** Like makeApp, with the view buffer's options set (makeApp keeps the defaults). */
export function makeViewsApp(t: { teardown(fn: () => unknown): void }, views: ViewBufferOptions): Promise<TestApp> {
  return makeApp(t, {}, { views });
}

/** Sends the beacon as a browser would (or with the headers given) and returns the answer. */
export function view(app: App, idOrSlug: string, headers: Record<string, string | undefined> = browser) {
  return app.inject({ method: 'POST', url: `/v1/articles/${idOrSlug}/views`, headers });
}

/** GET /v1/popular, failing loudly unless 200. */
export async function popular(app: App, query = '', headers: Record<string, string> = {}) {
  const res = await app.inject({ url: `/v1/popular${query}`, headers });
  if (res.statusCode !== 200) throw new Error(`GET /v1/popular${query} → ${res.statusCode}: ${res.body}`);
  return res.json() as { data: { article: Record<string, any>; views: number }[]; meta: { window: string; limit: number } };
}

/** What the popular list shows, as [id, views] pairs. */
export const ranking = (page: Awaited<ReturnType<typeof popular>>) => page.data.map((d) => [d.article.id, d.views]);

/** The stored hour buckets, in a stable order. */
export function buckets(db: Database) {
  return query(db, 'SELECT article_id AS "articleId", hour, count FROM article_views ORDER BY hour, article_id');
}
