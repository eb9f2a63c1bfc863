import { join } from 'node:path';
import t from 'tap';
import { buildApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { openDatabase, type Database } from '../../../src/db/connection.js';
import { createRepositories, transactor } from '../../../src/db/repositories.js';
import type { WebhookRow } from '../../../src/db/schema.js';
import { createCursors } from '../../../src/lib/cursor.js';
import { recordTransitions } from '../../../src/modules/changes/schedule.js';
import { createDeliveryWorker } from '../../../src/modules/webhooks/worker.js';
import { exec, freshDatabase, onPostgres, query } from '../../database.js';
import { admin, ADMIN_KEY, article, create, newsroom, tempDir, testClock, TEST_ENV } from '../../helpers.js';
import { LISTENER_NAME } from '../../../src/db/postgres-notify.js';
import { EXTERNAL_CHECK_MS } from '../../../src/plugins/response-cache.js';
import { popular, ranking, view } from '../popular/helpers.js';

// Several instances over one database run the same background work on their timers: each piece of it is
// done once, whichever instance does it (on SQLite, by several processes on one file).

type Teardown = { teardown(fn: () => unknown): void };

/** Two instances' connections to one fresh database (a SQLite file, or a PostgreSQL database), each its own pool. */
async function twoInstances(t: Teardown): Promise<[Database, Database]> {
  const { db, url, dispose } = await freshDatabase({ sqlite: join(tempDir('instances'), 'k.db') });
  const other = openDatabase(url);
  t.teardown(async () => {
    await other.close();
    await dispose();
  });
  // Connected before the race, so that the second instance's turns do not start late.
  await Promise.all([db, other].map((d) => Promise.all(Array.from({ length: 3 }, () => d.sql.get('SELECT 1')))));
  return [db, other];
}

/** Runs `turn` on both instances at once, three times each; a turn that met the other's lock (SQLite) fails, as a busy turn does. */
const atOnce = <T>(dbs: Database[], turn: (db: Database) => Promise<T>) => Promise.allSettled([...dbs, ...dbs, ...dbs].map(turn));

t.test('a schedule coming due is recorded once when the instances look for it at the same time', async (t) => {
  const dbs = await twoInstances(t);
  const clock = testClock();
  const config = loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none', ...TEST_ENV });
  const app = await buildApp({ config, db: dbs[0], now: () => clock.now, schedule: { pollMs: 3_600_000 } });
  t.teardown(() => app.close());
  const { section } = await newsroom(app);
  const due = clock.now + 60_000;
  const scheduled = await article(app, { title: 'Programmé', sectionId: section.id, publishAt: new Date(due).toISOString() });
  clock.now = due + 1;
  const turns = await atOnce(dbs, (db) => recordTransitions({ transaction: transactor(db), now: () => clock.now }));
  t.ok(turns.some((turn) => turn.status === 'fulfilled' && turn.value === 1), 'one turn recorded it');
  const published = await query(dbs[1], "SELECT seq FROM changes WHERE type = 'article.published' AND entity_id = @id", { id: scheduled.id });
  t.equal(published.length, 1, 'once');
});

const hook: WebhookRow = {
  id: 'whk_1', url: 'http://93.184.216.34/', description: null, eventTypes: ['*'], sectionIds: null, includeUnpublished: true,
  enabled: true, secret: `whsec_${Buffer.alloc(32).toString('base64')}`, afterSeq: 0, createdAt: 0, updatedAt: 0, version: 1,
};

t.test('the outbox is fanned out to webhooks once, and each due delivery claimed by one instance', async (t) => {
  const dbs = await twoInstances(t);
  const repos = createRepositories(dbs[0].sql);
  await repos.webhooks.insert(hook);
  for (let i = 0; i < 20; i++) {
    await repos.changes.append({
      type: 'tag.updated', entityType: 'tag', entityId: `tag_${i}`, slug: 't', version: 1, sectionId: null,
      previousSectionId: null, public: true, occurredAt: 0, surrogateKeys: [`tag_${i}`],
    });
  }
  const worker = (db: Database) => createDeliveryWorker({
    transaction: transactor(db), webhooks: createRepositories(db.sql).webhooks, cursors: createCursors(Buffer.alloc(32)), now: () => 0, log: { warn() {} },
  }, { allowLoopback: false, timeoutMs: 100, maxAttempts: 2, retryMs: 1000 });
  await atOnce(dbs, (db) => worker(db).fanOut());
  const deliveries = await query<{ seq: number }>(dbs[1], 'SELECT change_seq AS seq FROM webhook_deliveries ORDER BY change_seq');
  t.equal(deliveries.length, 20, 'one delivery a change');
  t.equal(new Set(deliveries.map((d) => d.seq)).size, 20);

  const claims = await atOnce(dbs, (db) => transactor(db)(({ webhooks }) => webhooks.claimDue(0, 60_000, 20), { wait: false }));
  const claimed = claims.flatMap((claim) => (claim.status === 'fulfilled' ? claim.value.map((d) => d.id) : []));
  t.equal(claimed.length, 20, 'every due delivery claimed');
  t.equal(new Set(claimed).size, 20, 'none by two claims');
});

/**
 * An app (a server's) on each instance's connection. Their timers' background work is off: in one
 * thread, a SQLite write waiting for the lock (busy_timeout) would hold up the other app's transaction
 * that has it, as two processes never do.
 */
async function twoApps(t: Teardown, dbs: Database[]) {
  const config = loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none', ...TEST_ENV });
  const quiet = { schedule: { pollMs: 3_600_000 }, webhooks: { pollMs: 3_600_000 } };
  const apps: Awaited<ReturnType<typeof buildApp>>[] = [];
  for (const db of dbs) apps.push(await buildApp({ config, db, ...quiet }));
  t.teardown(() => Promise.all(apps.map((app) => app.close())));
  return apps;
}

/** Reads `url` on `app` every 5 ms until `seen` says the answer is new; resolves with how long it took. */
async function waitFor(app: Awaited<ReturnType<typeof buildApp>>, url: string, seen: (body: any) => boolean) {
  const started = performance.now();
  while (!seen((await app.inject(url)).json())) {
    if (performance.now() - started > 5_000) throw new Error(`${url}: still the old answer after 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  return performance.now() - started;
}

// How soon (the target is 100 ms at p99) is measured by `npm run bench:instances`, on real server processes;
// here, that the other instance serves each new version at all, though it had the old one in its cache.
t.test('a write on one instance is served by the other, though it had the answer in its cache', async (t) => {
  const dbs = await twoInstances(t);
  const [writer, reader] = await twoApps(t, dbs);
  const author = await create(writer, '/v1/authors', { name: 'Avant' });
  const url = `/v1/authors/${author.id}`;
  t.equal((await reader.inject(url)).json().name, 'Avant');
  const hits = reader.responseCache.stats.hits;
  t.equal((await reader.inject(url)).json().name, 'Avant');
  t.equal(reader.responseCache.stats.hits, hits + 1, 'from its cache');
  const took: number[] = [];
  for (const name of ['Un', 'Deux', 'Trois', 'Quatre', 'Cinq']) {
    await writer.inject({ method: 'PATCH', url, headers: admin, payload: { name } });
    took.push(await waitFor(reader, url, (body) => body.name === name));
  }
  // waitFor fails the test when a version is not served within 5 s.
  t.comment(`served by the other instance after ${took.map((ms) => ms.toFixed(1)).join(', ')} ms`);
});

t.test('a conditional read on one instance answers 200 once the other purged what it shows, with no response cache', async (t) => {
  const dbs = await twoInstances(t);
  const [writer] = await twoApps(t, dbs);
  // Without its response cache, the reader dates each answer by its keys' purge instants (in memory on PostgreSQL).
  const reader = await buildApp({
    config: loadConfig({ KIOSQUE_SEED: 'none', ...TEST_ENV }), db: dbs[1], cacheBytes: 0, schedule: { pollMs: 3_600_000 }, webhooks: { pollMs: 3_600_000 },
  });
  t.teardown(() => reader.close());
  const { section, other } = await newsroom(writer);
  await article(writer, { title: 'Reste', sectionId: section.id });
  const leaves = await article(writer, { title: 'Part', sectionId: section.id });
  const list = `/v1/articles?section=${section.id}`;
  await waitFor(reader, list, (body) => body.data.length === 2);
  const lastModified = String((await reader.inject(list)).headers['last-modified']);
  const since = () => reader.inject({ url: list, headers: { 'if-modified-since': lastModified } });
  t.equal((await since()).statusCode, 304, 'current: a 304, dated from the purge instants it holds');
  // A second later, the article moves out: the dates of the one left say nothing of it, the purge of the list's key does.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const moved = await writer.inject({ method: 'PATCH', url: `/v1/articles/${leaves.id}`, headers: admin, payload: { sectionId: other.id } });
  t.equal(moved.statusCode, 200);
  const started = performance.now();
  let answer = await since();
  while (answer.statusCode === 304 && performance.now() - started < 5_000) {
    await new Promise((resolve) => setTimeout(resolve, 5));
    answer = await since();
  }
  const took = performance.now() - started;
  t.equal(answer.statusCode, 200, 'a 200 once the other instance purged the list');
  t.ok(took < 100, `within 100 ms (${took.toFixed(1)} ms)`);
  t.equal(answer.json().data.length, 1);
  t.ok(Date.parse(String(answer.headers['last-modified'])) > Date.parse(lastModified), 'a later Last-Modified');
});

/** Resolves once `done()` is true, looking every 10 ms; fails after 5 s. */
async function until(what: string, done: () => Promise<boolean>) {
  const started = performance.now();
  while (!await done()) {
    if (performance.now() - started > 5_000) throw new Error(`${what}: not after 5 s`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

t.test('notifications lost while an instance was disconnected: it reads the change feed, and misses nothing', {
  skip: onPostgres ? false : 'PostgreSQL only (SQLite has no notifications to lose): set KIOSQUE_TEST_DATABASE_URL',
}, async (t) => {
  const dbs = await twoInstances(t);
  const [writer, reader] = await twoApps(t, dbs);
  const author = await create(writer, '/v1/authors', { name: 'Avant' });
  const url = `/v1/authors/${author.id}`;
  const listening = 'SELECT pid FROM pg_stat_activity WHERE application_name = @name AND datname = current_database()';
  const listeners = async () => (await query(dbs[0], listening, { name: LISTENER_NAME })).length;
  await waitFor(reader, url, (body) => body.name === 'Avant');
  await until('both instances listening', async () => await listeners() === 2);
  // Both instances' listening connections go (a restarted server, a proxy's timeout): what is written
  // before they are back notifies no one.
  await exec(dbs[0], `SELECT pg_terminate_backend(pid) FROM (${listening}) l`, { name: LISTENER_NAME });
  await until('the connections gone', async () => await listeners() === 0);
  await writer.inject({ method: 'PATCH', url, headers: admin, payload: { name: 'Pendant' } });
  t.ok(await waitFor(reader, url, (body) => body.name === 'Pendant') < 100, 'the write made meanwhile is served within 100 ms');
  // Back once both have run LISTEN again; a read then takes in what the reconnection made it look for.
  await until('listening again', async () => (await query(dbs[0], `${listening} AND state = 'idle' AND query LIKE 'LISTEN %'`, { name: LISTENER_NAME })).length === 2);
  await new Promise((resolve) => setTimeout(resolve, EXTERNAL_CHECK_MS + 5));
  t.equal((await reader.inject(url)).json().name, 'Pendant');
  await writer.inject({ method: 'PATCH', url, headers: admin, payload: { name: 'Après' } });
  t.ok(await waitFor(reader, url, (body) => body.name === 'Après') < 100, 'then by notification again');
});

t.test('view counts from every instance add up', async (t) => {
  const dbs = await twoInstances(t);
  const apps = await twoApps(t, dbs);
  const { section } = await newsroom(apps[0]);
  const read = await article(apps[0], { title: 'Lu partout', sectionId: section.id });
  for (const [app, n] of [[apps[0], 3], [apps[1], 2], [apps[0], 1]] as const) {
    for (let i = 0; i < n; i++) t.equal((await view(app, read.id)).statusCode, 202);
  }
  // Each adds its own counts to the same hour's bucket: on PostgreSQL both at once; SQLite's writers take
  // turns, which two connections in one thread cannot (the second's wait for the lock would hold the first).
  if (onPostgres) await Promise.all(apps.map((app) => app.views.flush()));
  else for (const app of apps) await app.views.flush();
  for (const app of apps) t.same(ranking(await popular(app)), [[read.id, 6]]);
});
