import { createConnection, createServer, type Server, type Socket } from 'node:net';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/connection.js';
import { createRepositories, transactor } from '../../src/db/repositories.js';
import type { NewChange } from '../../src/modules/changes/repository.js';
import { ADMIN_KEY, admin, isProblem, TEST_ENV } from '../helpers.js';
import { freshDatabase, onPostgres, query } from '../database.js';

// PostgreSQL's own behaviour: several writers at once, and a server that goes away.
// SQLite has one writer at a time, and its faults have their own tests (plugins/storage-errors.test.ts).
const skip = onPostgres ? false : 'PostgreSQL only: set KIOSQUE_TEST_DATABASE_URL';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const change = (entityId: string): NewChange => ({
  type: 'tag.updated', entityType: 'tag', entityId, slug: entityId, version: 1, sectionId: null,
  previousSectionId: null, public: true, occurredAt: 0, surrogateKeys: [entityId],
});

t.test('the suite runs as a role that is not a superuser', { skip }, async (t) => {
  const { db, dispose } = await freshDatabase();
  t.teardown(dispose);
  t.same(await query(db, 'SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user'), [{ rolsuper: false, rolcreaterole: false }]);
});

t.test('the change feed never skips a change whose transaction commits after a later one', { skip }, async (t) => {
  const { db, dispose } = await freshDatabase();
  t.teardown(dispose);
  const { changes } = createRepositories(db.sql);
  const transaction = transactor(db);
  const seen: string[] = [];
  let cursor = 0;
  // A reader following the feed as a client does: from its cursor, again and again.
  const follow = async () => {
    const { rows, latest } = await changes.list(cursor, 100, { publicOnly: false, sectionIds: null });
    seen.push(...rows.map((r) => r.entityId));
    cursor = rows.length ? rows[rows.length - 1].seq : Math.max(cursor, latest);
  };

  let releaseFirst!: () => void;
  const firstHeld = new Promise<void>((resolve) => { releaseFirst = resolve; });
  let firstAppended!: () => void;
  const appended = new Promise<void>((resolve) => { firstAppended = resolve; });
  // The first writer appends its change, then holds its transaction open.
  const first = transaction(async (tx) => {
    await tx.changes.append(change('first'));
    firstAppended();
    await firstHeld;
  });
  await appended;
  // The second writer starts after it and would commit first: it writes, appends, and commits as soon as it may.
  let secondCommitted = false;
  const second = transaction(async (tx) => {
    await tx.tags.insert({ id: 'tag_second', slug: 'second', name: 'Second', type: 'topic', createdAt: 0, updatedAt: 0, version: 1 });
    await tx.changes.append(change('second'));
  }).then(() => { secondCommitted = true; });

  await sleep(300);
  await follow();
  t.equal(secondCommitted, false, 'the later write waits for the earlier one to commit');
  t.same(seen, [], 'and the reader has nothing to pass yet');
  releaseFirst();
  await first;
  await follow();
  await second;
  await follow();
  t.same(seen, ['first', 'second'], 'both, in commit order, none skipped');
  const seqs = (await changes.list(0, 10, { publicOnly: false, sectionIds: null })).rows.map((r) => r.seq);
  t.same(seqs, [seqs[0], seqs[0] + 1], 'sequence order is commit order');
});

/** A TCP relay to the test server that can be cut (connections reset), refuse, and be restored. */
async function relay(target: URL) {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const listen = (port = 0) => new Promise<number>((resolve) => {
    server = createServer((client) => {
      const upstream = createConnection({ port: Number(target.port || 5432), host: target.hostname });
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const drop = () => { client.destroy(); upstream.destroy(); };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
    });
    server.listen(port, '127.0.0.1', () => resolve((server!.address() as { port: number }).port));
  });
  const port = await listen();
  return {
    url: (() => { const u = new URL(target); u.host = `127.0.0.1:${port}`; return u.toString(); })(),
    /** The server goes away: open connections are reset and new ones refused. */
    async cut() {
      for (const s of sockets) s.destroy();
      sockets.clear();
      await new Promise((resolve) => server!.close(resolve));
    },
    restore: () => listen(port),
    close: () => new Promise((resolve) => { for (const s of sockets) s.destroy(); server?.close(resolve); }),
  };
}

t.test('losing PostgreSQL while running: 503 with Retry-After at once, then it recovers by itself', { skip }, async (t) => {
  const { url, dispose } = await freshDatabase();
  t.teardown(dispose);
  const link = await relay(new URL(url));
  t.teardown(() => link.close());
  const db = openDatabase(link.url, { pool: 2, acquireTimeoutMs: 1000 });
  const app = await buildApp({ config: loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none', ...TEST_ENV }), db, ownsDatabase: true, cacheBytes: 0 });
  t.teardown(() => app.close());
  t.equal((await app.inject('/v1/sections')).statusCode, 200);

  await link.cut();
  for (const request of [{ url: '/v1/sections' }, { method: 'POST' as const, url: '/v1/sections', headers: admin, payload: { name: 'Sport' } }]) {
    const started = performance.now();
    const res = await app.inject(request);
    const body = isProblem(t, res, 503, 'DATABASE_UNAVAILABLE');
    t.equal(res.headers['retry-after'], '5');
    t.notMatch(body.detail, /ECONN|127\.0\.0\.1|terminated/, 'no internals');
    t.ok(performance.now() - started < 3000, `answered in ${Math.round(performance.now() - started)} ms, not hung`);
  }
  t.equal((await app.inject('/readyz')).statusCode, 503, 'not ready');

  await link.restore();
  t.equal((await app.inject('/v1/sections')).statusCode, 200, 'reads work again, with no restart');
  t.equal((await app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 'Sport' } })).statusCode, 201, 'writes too');
  t.equal((await app.inject('/readyz')).statusCode, 200);
});

t.test('a connection lost inside a transaction: the transaction fails, the connection is dropped, the next one works', { skip }, async (t) => {
  const { url, dispose } = await freshDatabase();
  t.teardown(dispose);
  const link = await relay(new URL(url));
  t.teardown(() => link.close());
  const db = openDatabase(link.url, { pool: 1, acquireTimeoutMs: 1000 });
  t.teardown(() => db.close());
  await t.rejects(db.transaction(async (sql) => {
    await sql.get('SELECT 1 AS one');
    await link.cut();
    await sql.get('SELECT 2 AS two');
  }), { code: 'CONNECTION_LOST' });
  await link.restore();
  t.same(await db.sql.get('SELECT 3 AS three'), { three: 3 }, 'the pool of one opened a new connection');
});

t.test('a pool exhausted by slow queries sheds load with 503 DATABASE_BUSY instead of queueing', { skip }, async (t) => {
  const { url, dispose } = await freshDatabase();
  t.teardown(dispose);
  const db = openDatabase(url, { pool: 1, acquireTimeoutMs: 300 });
  const app = await buildApp({ config: loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none', ...TEST_ENV }), db, ownsDatabase: true, cacheBytes: 0 });
  t.teardown(() => app.close());
  await app.ready();
  // The one connection is taken by a slow statement.
  const slow = db.sql.get('SELECT pg_sleep(1.5) AS slept');
  const started = performance.now();
  const res = await app.inject('/v1/sections');
  const body = isProblem(t, res, 503, 'DATABASE_BUSY');
  t.equal(res.headers['retry-after'], '1');
  t.ok(performance.now() - started < 1200, 'given up after the acquire timeout, not after the slow query');
  t.match(body.detail, /nothing was written/);
  await slow;
  t.equal((await app.inject('/v1/sections')).statusCode, 200, 'served again once a connection is free');
});

t.test('a misconfigured PostgreSQL at start: a wrong password is one clear error', { skip }, async (t) => {
  const { url, dispose } = await freshDatabase();
  t.teardown(dispose);
  const wrong = new URL(url);
  wrong.password = 'not-the-password';
  const { openMigrated } = await import('../../src/server.js');
  await t.rejects(openMigrated(loadConfig({ DATABASE_URL: wrong.toString(), KIOSQUE_SEED: 'none' })),
    { message: /^cannot use the database postgres:\/\/[^:]+:\*\*\*@.*: password authentication failed for user/ });
});
