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
import { freshDatabase, query } from '../../database.js';
import { ADMIN_KEY, article, newsroom, tempDir, testClock, TEST_ENV } from '../../helpers.js';

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

