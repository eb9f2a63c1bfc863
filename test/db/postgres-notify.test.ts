import t from 'tap';
import { createListener } from '../../src/db/postgres-notify.js';
import { onPostgres } from '../database.js';

// The listening connection's own life (test/modules/changes/instances.test.ts has instances use it).
const skip = onPostgres ? false : 'PostgreSQL only: set KIOSQUE_TEST_DATABASE_URL';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

t.test('a server it cannot reach: the version moves at each look, and it keeps trying until closed', async (t) => {
  // Nothing listens on port 1: each attempt is refused at once.
  const listener = createListener('postgres://kiosque:x@127.0.0.1:1/kiosque', 20);
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
  const listener = createListener('postgres://kiosque:x@127.0.0.1:1/kiosque', 10);
  listener.version();
  await listener.close();
  await sleep(60);
  t.equal(listener.version(), 2);
});
