import { join } from 'node:path';
import t from 'tap';
import { articlePayload, inspect, integrity, kiosque, newsroom, send, serve, tempDir } from './harness.js';

t.test('online backup under read/write load, then restore: integrity_check ok, the same article bytes', async (t) => {
  const dir = tempDir('backup');
  const file = join(dir, 'k.db');
  // Hundreds of anonymous reads a minute from one address: the rate limit (tested in test/plugins/rate-limit.test.ts) is off here.
  const unlimited = { KIOSQUE_RATE_LIMIT_ANONYMOUS: '0' };
  const server = await serve(file, unlimited);
  t.teardown(() => { server.child.kill('SIGKILL'); });
  const room = await newsroom(server.port);
  for (let i = 0; i < 30; i++) await send(server.port, 'POST', '/v1/articles', articlePayload(room, `Archive ${i}`));

  // 10 writers and 10 readers until the backup is done.
  const stop = { now: false };
  const counts = { writes: 0, reads: 0, failures: 0 };
  const load = Promise.all(Array.from({ length: 20 }, async (_, w) => {
    for (let i = 0; !stop.now; i++) {
      const res = w < 10
        ? await send(server.port, 'POST', '/v1/articles', articlePayload(room, `Pendant la sauvegarde ${w}-${i}`))
        : await send(server.port, 'GET', `/v1/articles?limit=20&section=${room.sectionId}`);
      if (res.status >= 300) counts.failures++;
      else if (w < 10) counts.writes++;
      else counts.reads++;
    }
  }));
  while (counts.writes < 20) await new Promise((resolve) => setTimeout(resolve, 20));
  const copy = join(dir, 'copy.db');
  const before = counts.writes;
  const backup = await kiosque(['backup', copy], { DATABASE_URL: `file:${file}` });
  const during = counts.writes - before;
  stop.now = true;
  await load;
  t.equal(backup.code, 0, backup.output);
  t.match(backup.output, /backed up \d+ pages/);
  t.ok(during > 0, `${during} writes acknowledged while the backup command ran (${counts.reads} reads in all)`);
  t.equal(counts.failures, 0, 'the backup did not make any request fail');

  const copied = inspect(copy, (db) => {
    t.equal(integrity(db), 'ok', 'the backup passes integrity_check');
    return (db.prepare('select id from articles').all() as { id: string }[]).map((r) => r.id);
  });
  t.ok(copied.length >= 50, `the backup holds ${copied.length} articles, a snapshot taken under load`);

  const restoredFile = join(dir, 'restored.db');
  const restore = await kiosque(['restore', copy], { DATABASE_URL: `file:${restoredFile}` });
  t.equal(restore.code, 0, restore.output);
  inspect(restoredFile, (db) => t.equal(integrity(db), 'ok', 'the restored database passes integrity_check'));

  const restored = await serve(restoredFile, unlimited);
  t.teardown(() => { restored.child.kill('SIGKILL'); });
  const differ: string[] = [];
  for (const id of copied) {
    const [a, b] = await Promise.all([server, restored].map((s) => send(s.port, 'GET', `/v1/articles/${id}?format=blocks&include=links`)));
    if (a.status !== 200 || a.body !== b.body || a.headers.etag !== b.headers.etag) differ.push(id);
  }
  t.same(differ, [], `the restored server answers the same bytes and ETags for all ${copied.length} articles`);
  for (const s of [server, restored]) {
    s.child.kill('SIGTERM');
    t.equal((await s.exited).code, 0);
  }
});
