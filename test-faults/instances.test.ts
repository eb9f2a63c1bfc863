import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import t from 'tap';
import { freshPostgres } from '../test/database-postgres.js';
import { articlePayload, newsroom, send, serve, sleep, tempDir, type Running } from './harness.js';

// Several real server processes over one database: PostgreSQL when KIOSQUE_TEST_DATABASE_URL names a
// server (.ci/run sets one up), else one SQLite file. What one writes, the others serve; writers on
// both make one change feed, with no gap and no duplicate; each webhook event is delivered once, and
// a delivery whose instance was killed mid-attempt is delivered by another.

const postgres = Boolean(process.env.KIOSQUE_TEST_DATABASE_URL);

async function database(t: { teardown(fn: () => unknown): void }): Promise<string> {
  if (!postgres) return join(tempDir('instances'), 'k.db');
  const { db, url, dispose } = await freshPostgres();
  await db.close();
  t.teardown(dispose);
  return url;
}

async function start(t: { teardown(fn: () => unknown): void }, db: string, env: Record<string, string> = {}): Promise<Running> {
  const server = await serve(db, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '0', KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: 'true', ...env });
  t.teardown(() => { server.child.kill('SIGKILL'); });
  return server;
}

/** Every change of the feed from the start, read as an admin page by page. */
async function feed(port: number) {
  const changes: { cursor: string; type: string; entity: { id: string } }[] = [];
  for (let since = ''; ;) {
    const page = (await send(port, 'GET', `/v1/changes?limit=100${since}`, undefined, { authorization: 'Bearer fault-suite-admin-key-0123456789' })).json();
    changes.push(...page.data);
    if (!page.meta.hasMore) return changes;
    since = `&since=${page.meta.nextCursor}`;
  }
}

t.test(`two instances on one ${postgres ? 'PostgreSQL database' : 'SQLite file'}: each serves the other's writes; their writes make one feed`, async (t) => {
  const db = await database(t);
  const a = await start(t, db);
  const b = await start(t, db);
  const room = await newsroom(a.port);
  const created = (await send(a.port, 'POST', '/v1/articles', articlePayload(room, 'Avant'))).json();
  const path = `/v1/articles/${created.id}`;
  t.equal((await send(b.port, 'GET', path)).json().title, 'Avant');
  t.equal((await send(b.port, 'GET', path)).json().title, 'Avant', "from B's cache");
  await send(a.port, 'PATCH', path, { title: 'Après' });
  const started = performance.now();
  while ((await send(b.port, 'GET', path)).json().title !== 'Après') {
    if (performance.now() - started > 2_000) throw new Error('B still serves the old version after 2 s');
    await sleep(5);
  }
  t.comment(`B served A's write after ${(performance.now() - started).toFixed(1)} ms`);

  // Ten writers on each instance at once.
  const ids: string[] = [];
  await Promise.all([a, b].flatMap((server, s) => Array.from({ length: 10 }, async (_, w) => {
    for (let i = 0; i < 5; i++) {
      const res = await send(server.port, 'POST', '/v1/articles', articlePayload(room, `Instance ${s}, rédacteur ${w}, article ${i}`));
      t.equal(res.status, 201);
      ids.push(res.json().id);
    }
  })));
  for (const server of [a, b]) {
    const changes = await feed(server.port);
    const made = changes.filter((c) => c.type === 'article.published').map((c) => c.entity.id);
    t.same(made.filter((id) => ids.includes(id)).sort(), [...ids].sort(), `the feed read on ${server === a ? 'A' : 'B'}: each write once`);
    t.equal(new Set(changes.map((c) => c.cursor)).size, changes.length, 'no change twice');
  }
});

/** A webhook receiver: records each delivery (by message id), answers 200, or holds requests while `hold` is set. */
async function receiver(t: { teardown(fn: () => unknown): void }) {
  const received: { id: string; type: string }[] = [];
  const held: ServerResponse[] = [];
  const state = { hold: false, received, held, url: '' };
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (chunk) => { body += chunk; });
    req.on('end', () => {
      if (state.hold) return void held.push(res);
      received.push({ id: String(req.headers['webhook-id']), type: JSON.parse(body).type });
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(server.address() as { port: number }).port}/hook`;
  t.teardown(() => new Promise((resolve) => { server.closeAllConnections(); server.close(resolve); }));
  return state;
}

async function until(what: string, done: () => boolean, ms: number) {
  const started = performance.now();
  while (!done()) {
    if (performance.now() - started > ms) throw new Error(`${what}: not within ${ms} ms`);
    await sleep(50);
  }
}

t.test('webhooks with two instances: each event delivered once; a delivery cut by kill -9 is delivered by another instance', async (t) => {
  const db = await database(t);
  const hooks = await receiver(t);
  // Attempts time out after a second: a claim is leased for that and a minute more.
  const env = { KIOSQUE_WEBHOOKS_TIMEOUT_MS: '1000' };
  const a = await start(t, db, env);
  const b = await start(t, db, env);
  const room = await newsroom(a.port);
  t.equal((await send(a.port, 'POST', '/v1/webhooks', { url: hooks.url, eventTypes: ['article.*'] })).status, 201);
  for (let i = 0; i < 10; i++) {
    const server = i % 2 ? a : b;
    t.equal((await send(server.port, 'POST', '/v1/articles', articlePayload(room, `Article ${i}`))).status, 201);
  }
  await until('ten deliveries', () => hooks.received.length >= 10, 20_000);
  // Both instances poll every second: a duplicate would come within a few turns.
  await sleep(3_000);
  t.equal(hooks.received.length, 10, 'ten events, ten deliveries');
  t.equal(new Set(hooks.received.map((r) => r.id)).size, 10, 'none twice');

  // B goes; A attempts the next delivery, which the receiver holds, and A is killed mid-attempt.
  b.child.kill('SIGTERM');
  await b.exited;
  hooks.hold = true;
  await send(a.port, 'POST', '/v1/articles', articlePayload(room, 'Coupé'));
  await until('the attempt under way', () => hooks.held.length === 1, 20_000);
  a.child.kill('SIGKILL');
  await a.exited;
  hooks.hold = false;
  const cut = hooks.held[0];
  cut.destroy();
  const c = await start(t, db, env);
  await until('the delivery made by another instance once its lease ran out', () => hooks.received.length === 11, 90_000);
  t.pass(`delivered by the instance started after (port ${c.port})`);
  await sleep(2_000);
  t.equal(hooks.received.length, 11, 'once');
});
