import { join } from 'node:path';
import t from 'tap';
import {
  articlePayload, halfWritten, inspect, integrity, newsroom, send, serve, sleep, tempDir, type Newsroom,
} from './harness.js';

const CYCLES = 10;
const CONNECTIONS = 50;

/** 50 connections writing articles until the server dies; returns the ids it acknowledged with a 2xx. */
async function writeLoad(port: number, room: Newsroom, cycle: number, stop: { now: boolean }) {
  const acknowledged: string[] = [];
  let refused = 0;
  async function worker(w: number) {
    for (let i = 0; !stop.now; i++) {
      try {
        const res = await send(port, 'POST', '/v1/articles', articlePayload(room, `Cycle ${cycle}, rédacteur ${w}, article ${i}`));
        if (res.status >= 200 && res.status < 300) acknowledged.push(res.json().id);
        else refused++;
      } catch {
        return; // the connection died with the server
      }
    }
  }
  const workers = Array.from({ length: CONNECTIONS }, (_, w) => worker(w));
  return { acknowledged, refused: () => refused, done: Promise.all(workers) };
}

t.test(`kill -9 during a ${CONNECTIONS}-connection write load, ${CYCLES} times: every acknowledged write survives, none is half-written`, async (t) => {
  const file = join(tempDir('kill9'), 'k.db');
  let server = await serve(file);
  const room = await newsroom(server.port);
  const acknowledged: string[] = [];
  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    if (cycle > 1) server = await serve(file);
    const stop = { now: false };
    const load = await writeLoad(server.port, room, cycle, stop);
    // A random moment once writes are flowing: the first acknowledgement, then 0–800 ms.
    while (load.acknowledged.length === 0) await sleep(10);
    const moment = Math.floor(Math.random() * 800);
    await sleep(moment);
    server.child.kill('SIGKILL');
    const { signal } = await server.exited;
    stop.now = true;
    await load.done;
    t.equal(signal, 'SIGKILL', `cycle ${cycle}: killed ${moment} ms into the load, ${load.acknowledged.length} writes acknowledged`);
    t.equal(load.refused(), 0, 'no write was refused before the kill');
    acknowledged.push(...load.acknowledged);

    inspect(file, (db) => {
      t.equal(integrity(db), 'ok', `cycle ${cycle}: integrity_check`);
      const stored = new Set((db.prepare('select id from articles').all() as { id: string }[]).map((r) => r.id));
      const lost = acknowledged.filter((id) => !stored.has(id));
      t.same(lost, [], `cycle ${cycle}: every acknowledged article is stored`);
      t.same(halfWritten(db), [], `cycle ${cycle}: every stored article has its bylines, tags and search entry`);
    });
  }
  t.ok(acknowledged.length >= CYCLES, `${acknowledged.length} writes acknowledged in all`);

  // After a last restart, the API serves every acknowledged article whole. Often more than
  // 600 of them, the anonymous rate limit per minute: this reader is not limited.
  server = await serve(file, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '0' });
  t.teardown(() => { server.child.kill('SIGKILL'); });
  const missing: string[] = [];
  for (let i = 0; i < acknowledged.length; i += 25) {
    await Promise.all(acknowledged.slice(i, i + 25).map(async (id) => {
      const res = await send(server.port, 'GET', `/v1/articles/${id}`);
      const body = res.status === 200 ? res.json() : null;
      if (body?.authors.length !== 2 || body.tags.length !== 2) missing.push(`${id} (${res.status})`);
    }));
  }
  t.same(missing, [], 'the restarted server answers every acknowledged article with its authors and tags');
  server.child.kill('SIGTERM');
  t.equal((await server.exited).code, 0);
});
