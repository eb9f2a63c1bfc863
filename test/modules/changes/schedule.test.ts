import t from 'tap';
import { buildApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { recordTransitions } from '../../../src/modules/changes/schedule.js';
import { admin, ADMIN_KEY, article, makeApp, newsroom, type TestApp } from '../../helpers.js';
import { exec, testDatabase, testRepositories } from '../../database.js';

type App = TestApp['app'];

async function feed(app: App, query: string, headers: Record<string, string> = admin) {
  const res = await app.inject({ url: `/v1/changes${query}`, headers });
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res;
}

/** An app whose schedule watcher runs only when the test says so. */
function quietApp(t: { teardown(fn: () => unknown): void }) {
  return makeApp(t, {}, { schedule: { pollMs: 3_600_000 } });
}

t.test('a schedule or an embargo coming due is an article.published change, once', async (t) => {
  const { app, clock } = await quietApp(t);
  const { section } = await newsroom(app);
  const hour = 3_600_000;
  const at = clock.now + hour;
  const scheduled = await article(app, { title: 'Programmé', sectionId: section.id, publishAt: new Date(at).toISOString() });
  const embargoed = await article(app, { title: 'Sous embargo', sectionId: section.id, embargoUntil: new Date(at + hour).toISOString() });
  const edited = await article(app, { title: 'Programmé puis modifié', sectionId: section.id, publishAt: new Date(at).toISOString() });
  const start = (await feed(app, '?since=latest', {})).json().meta.nextCursor;
  t.same((await feed(app, `?since=${start}`, {})).json().data, [], 'readers are told nothing yet');

  clock.now = at + 1;
  // Edited after its time came but before the watcher ran: the edit already told readers.
  await app.inject({ method: 'PATCH', url: `/v1/articles/${edited.id}`, headers: admin, payload: { standfirst: 'Modifié' } });
  await app.changeSchedule.run();
  clock.now = at + 2 * hour;
  await app.changeSchedule.run();
  await app.changeSchedule.run();
  const seen = (await feed(app, `?since=${start}`, {})).json().data;
  t.same(seen.map((c: any) => [c.type, c.entity.id]), [
    ['article.published', edited.id], ['article.published', scheduled.id], ['article.published', embargoed.id],
  ]);
  t.equal(seen[1].occurredAt, new Date(at).toISOString(), 'dated when it became visible');
  t.equal(seen[2].occurredAt, new Date(at + hour).toISOString());
  t.ok(seen[1].surrogateKeys.includes('articles') && seen[1].surrogateKeys.includes(section.id));
});

t.test('the schedule watcher catches up after a restart', async (t) => {
  const db = await testDatabase(t);
  const clock = { now: Date.parse('2026-06-01T08:00:00Z') };
  const config = loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none' });
  const start = () => buildApp({ config, db, now: () => clock.now });
  let app = await start();
  const { section } = await newsroom(app);
  const at = clock.now + 60_000;
  const a = await article(app, { title: 'Programmé', sectionId: section.id, publishAt: new Date(at).toISOString() });
  await app.close();
  clock.now = at + 60_000;
  app = await start();
  t.teardown(() => app.close());
  const last = (await feed(app, '?limit=500')).json().data.at(-1);
  t.match(last, { type: 'article.published', entity: { id: a.id }, occurredAt: new Date(at).toISOString() });
});

t.test('the schedule watcher logs a failed run and keeps going', async (t) => {
  const logged: unknown[] = [];
  const { app, db } = await makeApp(t, {}, {
    schedule: { pollMs: 5 }, logger: { level: 'error', stream: { write: (line: string) => logged.push(JSON.parse(line)) } },
  });
  await app.ready();
  await exec(db, 'DROP TABLE outbox_cursors');
  await t.rejects(app.changeSchedule.run(), /no such table|does not exist/);
  await new Promise((resolve) => setTimeout(resolve, 50));
  t.match(logged[0], { msg: 'could not record scheduled changes' });
});

t.test('an idle watcher moves its watermark once a minute, not on every run', async (t) => {
  const { repos: { changes }, transaction } = await testRepositories(t);
  let now = 1_000_000;
  const deps = { transaction, now: () => now };
  t.equal(await recordTransitions(deps), 0);
  t.equal(await changes.cursor('schedule'), 1_000_000, 'the first run sets it');
  now += 30_000;
  await recordTransitions(deps);
  t.equal(await changes.cursor('schedule'), 1_000_000, 'nothing came due: nothing written');
  now += 30_000;
  await recordTransitions(deps);
  t.equal(await changes.cursor('schedule'), 1_060_000);
});
