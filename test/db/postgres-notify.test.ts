import { createConnection, createServer, type Socket } from 'node:net';
import t from 'tap';
import { createListener } from '../../src/db/postgres-notify.js';
import { onPostgres } from '../database.js';

// The listening connection's own life (test/modules/changes/instances.test.ts has instances use it).
const skip = onPostgres ? false : 'PostgreSQL only: set KIOSQUE_TEST_DATABASE_URL';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

t.test('a server it cannot reach: the version moves at each look, and it keeps trying until closed', async (t) => {
  // Nothing listens on port 1: each attempt is refused at once.
  const listener = createListener('postgres://kiosque:x@127.0.0.1:1/kiosque', { retryMs: 20 });
  const looks = [listener.version(), listener.version(), listener.version()];
  t.same(looks, [1, 2, 3], 'not listening: each look reads the feed');
  await sleep(100);
  t.equal(listener.version(), 4, 'still not listening after its retries: the version moves with looks, not attempts');
  await listener.close();
  await sleep(50);
});

t.test('closed while connecting: the connection made is ended', { skip }, async (t) => {
  const listener = createListener(process.env.KIOSQUE_TEST_DATABASE_URL!);
  listener.version();
  await listener.close();
  await sleep(200);
  t.equal(listener.version(), 2, 'never listened');
});

t.test('closed while a refused attempt is under way: no attempt after it', async (t) => {
  const listener = createListener('postgres://kiosque:x@127.0.0.1:1/kiosque', { retryMs: 10 });
  listener.version();
  await listener.close();
  await sleep(60);
  t.equal(listener.version(), 2);
});

/** A TCP relay to the test server whose open connections can go silent: nothing passes, nothing is closed. */
async function stallingRelay(target: URL) {
  const open = new Set<Socket>();
  const all = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = createConnection({ port: Number(target.port || 5432), host: target.hostname });
    open.add(client).add(upstream);
    all.add(client).add(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => { client.destroy(); upstream.destroy(); open.delete(client); open.delete(upstream); };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = new URL(target);
  url.host = `127.0.0.1:${(server.address() as { port: number }).port}`;
  return {
    url: url.toString(),
    /** The connections open now stop passing anything; new ones pass. */
    stall() {
      for (const socket of open) socket.unpipe();
      open.clear();
    },
    close: () => new Promise((resolve) => {
      for (const socket of all) socket.destroy();
      server.close(resolve);
    }),
  };
}

t.test('a connection gone silent is found by its heartbeat: the cache reads the feed meanwhile, then it listens again', { skip }, async (t) => {
  const relay = await stallingRelay(new URL(process.env.KIOSQUE_TEST_DATABASE_URL!));
  const listener = createListener(relay.url, { retryMs: 50, heartbeatMs: 200 });
  t.teardown(async () => {
    await listener.close();
    await relay.close();
  });
  const listening = async () => {
    for (let i = 0; i < 100; i++) {
      const v = listener.version();
      await sleep(20);
      if (listener.version() === v) return true;
    }
    return false;
  };
  t.ok(await listening(), 'listening: the version stays');
  relay.stall();
  await sleep(50);
  const before = listener.version();
  t.equal(listener.version(), before, 'a silent connection is not noticed at once');
  // The heartbeat's query gets no answer within 200 ms: the connection is dropped and another made.
  const stalled = performance.now();
  while (listener.version() === before && performance.now() - stalled < 3_000) await sleep(10);
  t.not(listener.version(), before, `noticed after ${Math.round(performance.now() - stalled)} ms: the version moved`);
  t.ok(await listening(), 'listening again through a new connection');
});

t.test('closed while its connection is silent: it does not wait for the goodbye that will not come', { skip }, async (t) => {
  const relay = await stallingRelay(new URL(process.env.KIOSQUE_TEST_DATABASE_URL!));
  t.teardown(() => relay.close());
  const listener = createListener(relay.url, { heartbeatMs: 300 });
  listener.version();
  for (let i = 0; i < 100 && listener.version() !== listener.version(); i++) await sleep(20);
  relay.stall();
  const started = performance.now();
  await listener.close();
  t.ok(performance.now() - started < 2_000, `closed in ${Math.round(performance.now() - started)} ms`);
});
