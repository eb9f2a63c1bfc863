import { request } from 'node:http';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { freshDatabase } from '../database.js';
import { inThreadRenderer, TEST_ENV } from '../helpers.js';

// A server stopped right after a load (SIGTERM at the end of a benchmark): its clients have gone, their
// requests are still running. Their handlers finish on an open database; then the database closes.

type Teardown = { teardown(fn: () => unknown): void };

/** A server's app owning a fresh database, with a route that waits for `gate` and then queries. */
async function server(t: Teardown, drain?: { ms: number }) {
  const { db, dispose } = await freshDatabase();
  t.teardown(dispose);
  const app = await buildApp({
    config: loadConfig({ KIOSQUE_SEED: 'none', ...TEST_ENV }), db, ownsDatabase: true, cacheBytes: 0, renderer: inThreadRenderer, drain,
  });
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  let entered!: () => void;
  const started = new Promise<void>((resolve) => { entered = resolve; });
  const answers: unknown[] = [];
  app.get('/slow', async () => {
    entered();
    await gate;
    // What a handler meeting a closed database would have got: its error.
    const answer = await db.sql.get('SELECT 1 AS one').catch((error: Error) => error);
    answers.push(answer);
    return answer;
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  /** Sends GET /slow and hangs up once its handler runs. */
  const abandoned = async () => {
    const req = request({ port, path: '/slow' });
    req.on('error', () => undefined);
    req.end();
    await started;
    req.destroy();
  };
  return { app, release, answers, abandoned };
}

t.test('a request whose client left finishes on an open database before the app closes it', async (t) => {
  const { app, release, answers, abandoned } = await server(t);
  await abandoned();
  let closed = false;
  const closing = app.close().then(() => { closed = true; });
  await new Promise((resolve) => setTimeout(resolve, 100));
  t.notOk(closed, 'the close waits for the request');
  release();
  await closing;
  t.same(answers, [{ one: 1 }], 'its query answered, not "Cannot use a pool after calling end on the pool"');
});

t.test('the wait is bounded: a request that never ends does not hold the close', async (t) => {
  const { app, release, abandoned } = await server(t, { ms: 50 });
  await abandoned();
  const started = performance.now();
  await app.close();
  t.ok(performance.now() - started < 5_000, 'closed after the bound');
  release();
});

t.test('with nothing running, the close does not wait', async (t) => {
  const { app } = await server(t, { ms: 60_000 });
  t.equal((await app.inject('/healthz')).statusCode, 200);
  t.equal((await app.inject('/nowhere')).statusCode, 404);
  const started = performance.now();
  await app.close();
  t.ok(performance.now() - started < 30_000, 'answered requests, found or not, are not waited for');
});
