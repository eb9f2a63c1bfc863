import { existsSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import t from 'tap';
import { ADMIN_KEY, articlePayload, inspect, newsroom, serve, sleep, tempDir } from './harness.js';
import { dribble, postHead, rawConnection, statusOf } from './slow-io.js';

const GRACE_MS = 10_000;

t.test('SIGTERM with slow requests in flight: they complete, new connections are refused, exit 0, WAL checkpointed', async (t) => {
  const file = join(tempDir('sigterm'), 'k.db');
  const server = await serve(file);
  const room = await newsroom(server.port);

  // Five writes whose bodies arrive over about two seconds: slow on the client's side.
  const slow = Array.from({ length: 5 }, (_, i) => {
    const body = JSON.stringify(articlePayload(room, `Envoi lent ${i}`));
    const exchange = rawConnection(server.port);
    exchange.socket.write(postHead('/v1/articles', body, ADMIN_KEY));
    const sent = dribble(exchange.socket, body, 10, 200);
    return { exchange, sent };
  });
  await sleep(500);
  const termAt = Date.now();
  server.child.kill('SIGTERM');
  await sleep(300);

  const refused = await new Promise<string>((resolve) => {
    const socket = connect(server.port, '127.0.0.1');
    socket.on('connect', () => { socket.destroy(); resolve('connected'); });
    socket.on('error', (error: NodeJS.ErrnoException) => resolve(String(error.code)));
  });
  t.equal(refused, 'ECONNREFUSED', 'a new connection is refused once the server is stopping');

  for (const [i, { exchange, sent }] of slow.entries()) {
    await sent;
    const { response } = await exchange.ended;
    t.equal(statusOf(response), 201, `slow write ${i} completed with a 201`);
  }
  const { code } = await server.exited;
  const took = Date.now() - termAt;
  t.equal(code, 0, 'exit code 0');
  t.ok(took < GRACE_MS, `stopped ${took} ms after SIGTERM, within the ${GRACE_MS} ms grace period`);
  t.ok(!existsSync(`${file}-wal`) || statSync(`${file}-wal`).size === 0, 'the WAL was checkpointed into the database');
  inspect(file, (db) => {
    const titles = (db.prepare("select title from articles where title like 'Envoi lent %' order by title").all() as { title: string }[]).map((r) => r.title);
    t.same(titles, [0, 1, 2, 3, 4].map((i) => `Envoi lent ${i}`), 'every slow write is stored');
  });
});
