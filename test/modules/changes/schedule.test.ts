import { join } from 'node:path';
import t from 'tap';
import { buildApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { closeDatabase, migrateDatabase, openDatabase } from '../../../src/db/connection.js';
import { createRepositories } from '../../../src/db/repositories.js';
import { recordTransitions } from '../../../src/modules/changes/schedule.js';
import { admin, ADMIN_KEY, article, newsroom, type TestApp, tempDir } from '../../helpers.js';

type App = TestApp['app'];

async function feed(app: App, query: string, headers: Record<string, string> = admin) {
  const res = await app.inject({ url: `/v1/changes${query}`, headers });
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res;
}

/** An app whose schedule watcher runs only when the test says so. */
async function quietApp(t: { teardown(fn: () => unknown): void }) {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  const clock = { now: Date.parse('2026-06-01T08:00:00Z') };
  const config = loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none' });
  const app = await buildApp({ config, db, now: () => clock.now, ownsDatabase: true, schedule: { pollMs: 3_600_000 } });
  t.teardown(() => app.close());
  return { app, clock };
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
  const dir = tempDir('schedule');
  const clock = { now: Date.parse('2026-06-01T08:00:00Z') };
  const config = loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none' });
  const start = async () => {
    const db = openDatabase(join(dir, 'k.db'));
    migrateDatabase(db);
    return buildApp({ config, db, now: () => clock.now, ownsDatabase: true });
  };
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
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  const logged: unknown[] = [];
  const app = await buildApp({
    config: loadConfig({ KIOSQUE_SEED: 'none' }), db, schedule: { pollMs: 5 },
    logger: { level: 'error', stream: { write: (line: string) => logged.push(JSON.parse(line)) } },
  });
  t.teardown(async () => {
    await app.close();
    closeDatabase(db);
  });
  await app.ready();
  db.$client.exec('DROP TABLE outbox_cursors');
  await t.rejects(app.changeSchedule.run(), /no such table/);
  await new Promise((resolve) => setTimeout(resolve, 50));
  t.match(logged[0], { msg: 'could not record scheduled changes' });
});

t.test('an idle watcher moves its watermark once a minute, not on every run', async (t) => {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  t.teardown(() => closeDatabase(db));
  const { changes } = createRepositories(db);
  let now = 1_000_000;
  const deps = { changes, now: () => now };
  t.equal(recordTransitions(deps), 0);
  t.equal(changes.cursor('schedule'), 1_000_000, 'the first run sets it');
  now += 30_000;
  recordTransitions(deps);
  t.equal(changes.cursor('schedule'), 1_000_000, 'nothing came due: nothing written');
  now += 30_000;
  recordTransitions(deps);
  t.equal(changes.cursor('schedule'), 1_060_000);
});
