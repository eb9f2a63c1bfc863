import t from 'tap';
import { admin, makeApp } from '../../helpers.js';
import { seedDemo } from '../../../src/db/seed/index.js';
import { query } from '../../database.js';
import { loadConfig } from '../../../src/config.js';
import { demoViewHistory } from '../../../src/modules/popular/history.js';
import { HOUR, popular } from './helpers.js';

async function seeded(t: Parameters<typeof makeApp>[0]) {
  const made = await makeApp(t);
  await seedDemo({ db: made.db, now: () => made.clock.now, config: loadConfig({}) });
  return made;
}

// Seeding the demo newsroom takes seconds: the first seeded app serves both the checks of its readers
// and the first of the two histories compared (its reads count no views).
const first = await seeded(t);
const historyOf = (db: typeof first.db) => query(db, `SELECT a.slug, v.hour, v.count FROM article_views v
  JOIN articles a ON a.id = v.article_id ORDER BY a.slug, v.hour`);

t.test('the demo newsroom has a believable month of readers', async (t) => {
  const { app, db } = first;
  const all = (await app.inject({ url: '/v1/articles?limit=100', headers: admin })).json().data as { id: string; status: string }[];
  const status = new Map(all.map((a) => [a.id, a.status]));
  const visible = new Set((await app.inject('/v1/articles?limit=100')).json().data.map((a: { id: string }) => a.id));

  for (const window of ['1h', '24h', '7d', '30d']) {
    const page = await popular(app, `?window=${window}&limit=50`);
    t.ok(page.data.length >= 5, `${window}: ${page.data.length} articles ranked`);
    for (const { article, views } of page.data) {
      t.equal(status.get(article.id), 'published', `${window}: ${article.slug} is published`);
      t.ok(visible.has(article.id));
      t.ok(views > 0);
    }
  }
  const month = (await popular(app, '?window=30d&limit=50')).data.map((x) => x.views);
  t.equal(month.length, [...status.values()].filter((s) => s === 'published').length, 'every published article was read');
  t.ok(month[0] >= 3 * month[Math.floor(month.length / 2)], `some are clearly more read: ${month[0]} vs a median of ${month[Math.floor(month.length / 2)]}`);

  const count = async (sql: string) => (await query<{ n: number }>(db, sql))[0].n;
  const unpublished = await count(`SELECT count(*) AS n FROM article_views v JOIN articles a ON a.id = v.article_id
    WHERE a.status <> 'published'`);
  t.equal(unpublished, 0, 'no views of drafts, scheduled or archived articles');
  const early = await count(`SELECT count(*) AS n FROM article_views v JOIN articles a ON a.id = v.article_id
    WHERE v.hour < a.publish_at / ${HOUR}`);
  t.equal(early, 0, 'no views before publication');

  // Paris readers sleep: 4 a.m. is quieter than 8 a.m. (2 and 6 UTC in summer).
  const byHour = await query<{ h: number; n: number }>(db, 'SELECT hour % 24 AS h, sum(count) AS n FROM article_views GROUP BY hour % 24');
  const at = (h: number) => byHour.find((x) => x.h === h)!.n;
  t.ok(at(6) > 4 * at(2), `a daily rhythm: ${at(6)} at 8 a.m., ${at(2)} at 4 a.m.`);
});

t.test('the history is the same on every run', async (t) => {
  const [one, two] = [await historyOf(first.db), await historyOf((await seeded(t)).db)];
  t.ok(one.length > 1000);
  t.same(one, two);
});

t.test('demoViewHistory starts at publication and covers the days asked', async (t) => {
  const now = Date.parse('2026-06-01T08:30:00Z');
  const current = Math.floor(now / HOUR);
  const rows = demoViewHistory([
    { key: 'old', id: 'art_old', publishedAt: now - 10 * 24 * HOUR },
    { key: 'fresh', id: 'art_fresh', publishedAt: now - 30 * 60_000 },
  ], now, 7);
  const old = rows.filter((r) => r.articleId === 'art_old');
  t.ok(old.length > 100);
  t.ok(old.every((r) => r.hour > current - 7 * 24), 'only the last 7 days');
  t.same(rows.filter((r) => r.articleId === 'art_fresh').map((r) => r.hour), [current], 'from the hour of publication on');
  t.ok(rows.every((r) => Number.isInteger(r.count) && r.count > 0 && r.hour <= current));
});
