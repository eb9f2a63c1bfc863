import { join } from 'node:path';
import t from 'tap';
import { ADMIN_KEY, articlePayload, newsroom, send, serve, sleep, tempDir } from './harness.js';
import { dribble, postHead, rawConnection, statusOf } from './slow-io.js';

const TIMEOUT_MS = 2_000;

t.test('slow clients (slowloris headers, slow bodies) are cut off by the timeouts; other clients are served meanwhile', async (t) => {
  const server = await serve(join(tempDir('slow'), 'k.db'), { KIOSQUE_REQUEST_TIMEOUT_MS: String(TIMEOUT_MS) });
  t.teardown(() => { server.child.kill('SIGKILL'); });
  const room = await newsroom(server.port);
  const published = (await send(server.port, 'POST', '/v1/articles', articlePayload(room, 'Pour les lecteurs pressés'))).json();

  // Headers one line every 300 ms, never finished; bodies one byte every 300 ms.
  const slowloris = Array.from({ length: 20 }, () => {
    const exchange = rawConnection(server.port);
    void dribble(exchange.socket, `GET /v1/articles HTTP/1.1\r\nHost: 127.0.0.1\r\n${'X-Padding: abcdefgh\r\n'.repeat(40)}`, 40, 300);
    return exchange;
  });
  const slowBodies = Array.from({ length: 5 }, (_, i) => {
    const body = JSON.stringify(articlePayload(room, `Corps lent ${i}`));
    const exchange = rawConnection(server.port);
    exchange.socket.write(postHead('/v1/articles', body, ADMIN_KEY));
    void dribble(exchange.socket, body, body.length, 300);
    return exchange;
  });

  // Meanwhile a reader asks for the article every 200 ms, as a normal client.
  const latencies: number[] = [];
  const statuses = new Set<number>();
  const until = Date.now() + TIMEOUT_MS + 2_500;
  while (Date.now() < until) {
    const start = performance.now();
    statuses.add((await send(server.port, 'GET', `/v1/articles/${published.slug}`)).status);
    latencies.push(performance.now() - start);
    await sleep(200);
  }
  t.same([...statuses], [200], `${latencies.length} normal requests all answered 200`);
  const worst = Math.max(...latencies);
  t.ok(worst < 1_000, `the slowest normal request took ${Math.round(worst)} ms`);

  for (const [kind, exchanges] of [['slowloris', slowloris], ['slow body', slowBodies]] as const) {
    const ends = await Promise.all(exchanges.map((e) => e.ended));
    const late = ends.filter((e) => e.afterMs < TIMEOUT_MS - 100 || e.afterMs > TIMEOUT_MS + 3_000);
    t.same(late, [], `every ${kind} connection was closed ${TIMEOUT_MS} ms to ${TIMEOUT_MS + 3_000} ms after it opened`);
    t.same([...new Set(ends.map((e) => statusOf(e.response)))].filter((s) => s !== 408 && s !== 0), [],
      `${kind}: answered 408 Request Timeout or just closed, never served`);
  }
  const stored = (await send(server.port, 'GET', '/v1/articles?limit=100&fields=title')).json().data.map((a: { title: string }) => a.title);
  t.same(stored, ['Pour les lecteurs pressés'], 'no slow body was written');
  server.child.kill('SIGTERM');
  t.equal((await server.exited).code, 0);
});
