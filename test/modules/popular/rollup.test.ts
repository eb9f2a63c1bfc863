import t, { type Test } from 'tap';
import type { App } from '../../../src/app.js';
import type { Database } from '../../../src/db/connection.js';
import type { Executor } from '../../../src/db/executor.js';
import { transactor, type Repositories, type Transactor } from '../../../src/db/repositories.js';
import { createViewsRepository } from '../../../src/modules/popular/repository.js';
import { rollUpViews } from '../../../src/modules/popular/rollup.js';
import { windowHours } from '../../../src/modules/popular/schemas.js';
import { publicAudience } from '../../../src/lib/reader.js';
import { admin, article, makeApp, newsroom } from '../../helpers.js';
import { query } from '../../database.js';
import { HOUR, popular, ranking, view } from './helpers.js';

const DAY = 24 * HOUR;

/** Each window's totals as stored, and as the hourly buckets sum them (every article, visible or not). */
async function totals(db: Database, current: number) {
  const stored: Record<string, [string, number][]> = {};
  const summed: Record<string, [string, number][]> = {};
  for (const [name, hours] of Object.entries(windowHours)) {
    const rows = (sql: string) => query<{ id: string; views: unknown }>(db, `${sql} ORDER BY 1`, { hours, from: current - hours, to: current });
    stored[name] = (await rows('SELECT article_id AS id, views FROM article_view_totals WHERE window_hours = @hours')).map((r) => [r.id, Number(r.views)]);
    summed[name] = (await rows(`SELECT article_id AS id, sum(count) AS views FROM article_views
      WHERE hour BETWEEN @from AND @to GROUP BY article_id`)).map((r) => [r.id, Number(r.views)]);
  }
  return { stored, summed };
}

/**
 * Writes the counted views, slides the windows, then holds the totals to the buckets' sums and each
 * window's ranking (from the totals: the windows start where they should) to the buckets' sums of the
 * articles readers see, most read first.
 */
async function check(t: Test, { app, db, clock }: { app: App; db: Database; clock: { now: number } }, visible: Set<string>, label: string) {
  await app.views.flush();
  await app.viewRollup.run();
  const current = Math.floor(clock.now / HOUR);
  const starts = await query<{ hours: unknown; from: unknown }>(db, 'SELECT hours, from_hour AS "from" FROM view_windows ORDER BY hours');
  t.same(starts.map((s) => [Number(s.hours), Number(s.from)]), Object.values(windowHours).map((h) => [h, current - h]), `${label}: every window starts where it should`);
  const { stored, summed } = await totals(db, current);
  t.same(stored, summed, `${label}: the totals are the buckets' sums`);
  for (const [name, sums] of Object.entries(summed)) {
    // Ties go to the newest: ids sort by creation, and these articles were published as created.
    const expected = sums.filter(([id]) => visible.has(id)).sort((x, y) => y[1] - x[1] || (y[0] > x[0] ? 1 : -1));
    t.same(ranking(await popular(app, `?window=${name}&limit=50`)), expected, `${label}: ${name} ranking`);
  }
}

/** Counts `n` views of each article (they are written by `check`). */
async function views(app: App, counts: [string, number][]) {
  for (const [id, n] of counts) for (let i = 0; i < n; i++) await view(app, id);
}

t.test('the rolled-up totals stay the hourly buckets\' sums through views, slides, unpublishing and deleting', async (t) => {
  const made = await makeApp(t);
  const { app, clock } = made;
  const { section, child } = await newsroom(app);
  const ids: string[] = [];
  for (const [i, sectionId] of [section.id, child.id, section.id, child.id, section.id].entries()) {
    ids.push((await article(app, { title: `Article ${i}`, sectionId })).id);
    clock.advance(60_000);
  }
  const [a, b, c, d, e] = ids;
  const visible = new Set(ids);
  await views(app, [[a, 3], [b, 5], [c, 1]]);
  await check(t, made, visible, 'first views');
  clock.advance(HOUR);
  await views(app, [[a, 4], [d, 2]]);
  await check(t, made, visible, 'an hour later');
  // Counted before the hour ends, written after the windows slid: it counts in the windows that still hold its hour.
  await views(app, [[e, 6]]);
  clock.advance(HOUR);
  await app.viewRollup.run();
  await check(t, made, visible, 'a late batch');
  clock.advance(23 * HOUR);
  await views(app, [[b, 1], [c, 9]]);
  await check(t, made, visible, 'the first hour left the day');
  t.same(ranking(await popular(app, `?window=24h&section=${child.id}`)), [[d, 2], [b, 1]], 'a section\'s ranking from the totals');

  const archived = await app.inject({ method: 'PATCH', url: `/v1/articles/${c}`, headers: admin, payload: { status: 'archived' } });
  t.equal(archived.statusCode, 200);
  visible.delete(c);
  await check(t, made, visible, 'an article unpublished');
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${d}`, headers: admin })).statusCode, 204);
  visible.delete(d);
  await check(t, made, visible, 'an article deleted');
  t.same(await query(made.db, 'SELECT article_id FROM article_view_totals WHERE article_id = @d', { d }), [], 'its totals went with it');

  clock.advance(6 * DAY);
  await views(app, [[a, 2]]);
  await check(t, made, visible, 'a week later (the week slides, shorter windows start over)');
  clock.advance(2 * DAY);
  await check(t, made, visible, 'the first views left the week');
  clock.advance(23 * DAY);
  await check(t, made, visible, 'and the month');
});

t.test('until a window slides, its ranking is summed from the buckets', async (t) => {
  const { app, clock } = await makeApp(t, {}, { views: { rollupMs: 3_600_000 } });
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Lu', sectionId: section.id });
  await views(app, [[a.id, 2]]);
  await app.views.flush();
  clock.advance(2 * HOUR);
  t.same(ranking(await popular(app, '?window=1h')), [], 'the hour left the window before the totals slid');
  t.same(ranking(await popular(app, '?window=24h')), [[a.id, 2]]);
  await app.viewRollup.run();
  t.same(ranking(await popular(app, '?window=24h')), [[a.id, 2]], 'the same once slid');
});

t.test('a database with buckets and no totals gets them when a server starts', async (t) => {
  const made = await makeApp(t);
  const { section } = await newsroom(made.app);
  const a = await article(made.app, { title: 'Ancien', sectionId: section.id });
  made.clock.advance(3 * DAY);
  await views(made.app, [[a.id, 4]]);
  await made.app.views.flush();
  await made.db.sql.run('DELETE FROM article_view_totals');
  await made.db.sql.run('DELETE FROM view_windows');
  const deps = { transaction: transactor(made.db), now: () => made.clock.now };
  t.equal(await rollUpViews(deps, true), 4, 'every window summed');
  await check(t, made, new Set([a.id]), 'rolled up from nothing');
  made.clock.now -= DAY;
  t.equal(await rollUpViews(deps), 4, 'a clock set back: every window starts over');
  // The views of the hours ahead of the clock stay in the totals, and out of the rankings.
  const current = Math.floor(made.clock.now / HOUR);
  const { summed } = await totals(made.db, current);
  const repo = createViewsRepository(made.db.sql);
  for (const [name, hours] of Object.entries(windowHours)) {
    const rows = await repo.popular({ hours, to: current, audience: publicAudience(made.clock.now), limit: 10 });
    t.same(rows.map((r) => [r.id, Number(r.views)]), summed[name], `${name}: from the buckets`);
    t.same(summed[name], [], 'none: the article\'s views are a day ahead');
  }
});

// What only PostgreSQL reaches, here without a server: the lock that keeps a slide from interleaving
// with a write of views, and a slide that leaves its turn to whoever holds it.
t.test('on PostgreSQL, a slide takes the windows\' lock alone or leaves its turn', async (t) => {
  const statements: string[] = [];
  const executor = {
    dialect: { name: 'postgres' },
    async get(sql: string) { statements.push(sql); return { taken: false }; },
    async run() { return 0; },
    async all() { return []; },
  } as unknown as Executor;
  const repo = createViewsRepository(executor);
  t.equal(await repo.lockWindows(), false, 'held elsewhere');
  await repo.addPending([]);
  t.match(statements, [/pg_try_advisory_xact_lock/, /pg_advisory_xact_lock_shared/]);
  const taken = ((work: (repos: Repositories) => Promise<unknown>) => work({ views: repo } as unknown as Repositories)) as unknown as Transactor;
  t.equal(await rollUpViews({ transaction: taken, now: () => Date.now() }), 0, 'no window moved');
});
