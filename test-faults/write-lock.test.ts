import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import t from 'tap';
import { articlePayload, newsroom, send, serve, tempDir } from './harness.js';

const driver = createRequire(import.meta.url).resolve('better-sqlite3');

/** Another process that takes the database's write lock (BEGIN IMMEDIATE) and sleeps holding it. */
async function holdWriteLock(file: string) {
  const script = `
    const db = new (require(${JSON.stringify(driver)}))(${JSON.stringify(file)});
    db.exec('BEGIN IMMEDIATE');
    console.log('locked');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
  return child;
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

t.test('another process holds the write lock: writes answer 503 with Retry-After within a bounded time, reads go on', async (t) => {
  const file = join(tempDir('lock'), 'k.db');
  // Each write waits for the lock inside the synchronous driver, blocking the event loop up to 1 s:
  // queued writes block it for seconds, which load shedding would (rightly) take for overload and
  // answer reads with 503 too. This scenario is about the lock, so shedding is off here.
  const server = await serve(file, { KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: '0' });
  t.teardown(() => { server.child.kill('SIGKILL'); });
  const room = await newsroom(server.port);
  const published = (await send(server.port, 'POST', '/v1/articles', articlePayload(room, 'Avant le verrou'))).json();

  const holder = await holdWriteLock(file);
  for (const i of [1, 2, 3]) {
    const [res, ms] = await timed(() => send(server.port, 'POST', '/v1/articles', articlePayload(room, `Pendant le verrou ${i}`)));
    t.equal(res.status, 503, `write ${i}: 503, not a 500`);
    t.match(res.headers['content-type'], /^application\/problem\+json/);
    t.equal(res.json().code, 'DATABASE_BUSY');
    t.equal(res.headers['retry-after'], '1');
    t.ok(ms < 3_000, `write ${i} answered in ${Math.round(ms)} ms (busy_timeout is 1 s)`);
  }
  // Writes and reads at once: the reads answer, at worst after the writes' bounded wait.
  const [answers, ms] = await timed(() => Promise.all([
    send(server.port, 'POST', '/v1/sections', { name: 'Sport' }),
    send(server.port, 'GET', `/v1/articles/${published.slug}`),
    send(server.port, 'GET', '/v1/articles?limit=5'),
    send(server.port, 'GET', '/readyz'),
  ]));
  t.same(answers.map((r) => r.status), [503, 200, 200, 200], 'the write is refused, the reads are served');
  t.ok(ms < 4_000, `all answered in ${Math.round(ms)} ms`);

  holder.kill('SIGKILL');
  await new Promise((resolve) => holder.on('exit', resolve));
  const after = await send(server.port, 'POST', '/v1/articles', articlePayload(room, 'Après le verrou'));
  t.equal(after.status, 201, 'writes resume once the lock is released');
  server.child.kill('SIGTERM');
  t.equal((await server.exited).code, 0);
});
