import { spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import t from 'tap';
import { workersOption } from '../../src/cluster.js';
import { StartupError } from '../../src/server.js';
import { tempDir } from '../helpers.js';
import { childrenOf } from '../processes.js';

const main = new URL('../../src/cli/main.ts', import.meta.url).pathname;

/** Starts `kiosque serve` as a real process; resolves with it and its port once it listens. */
function serve(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, [...process.execArgv, main, 'serve', ...args], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', KIOSQUE_SEED: 'none', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.stderr.on('data', (chunk: Buffer) => { output += chunk; });
    exited.then(() => reject(new Error(`exited before listening:\n${output}`)));
  });
  return { child, port, exited, output: () => output };
}

t.test('SIGTERM: the server stops cleanly, exit 0, database checkpointed and closed', async (t) => {
  const dir = tempDir('serve');
  const db = join(dir, 'k.db');
  const server = serve({ DATABASE_URL: `file:${db}` });
  const port = await server.port;
  const res = await fetch(`http://127.0.0.1:${port}/readyz`);
  t.equal(res.status, 200);
  server.child.kill('SIGTERM');
  t.equal(await server.exited, 0);
  t.match(server.output(), /shutting down/);
  t.ok(!existsSync(`${db}-wal`) || statSync(`${db}-wal`).size === 0, 'the WAL was checkpointed');
});

t.test('a bad configuration stops the start with a message and exit code 1', async (t) => {
  const server = serve({ PORT: 'not-a-port' });
  await t.rejects(server.port);
  t.equal(await server.exited, 1);
  t.match(server.output(), /PORT/);
});

t.test('other commands run and exit with their code', async (t) => {
  const dir = tempDir('main');
  const child = spawn(process.execPath, [...process.execArgv, main, 'migrate'], {
    env: { ...process.env, DATABASE_URL: `file:${join(dir, 'k.db')}` }, stdio: 'ignore',
  });
  t.equal(await new Promise((resolve) => child.on('exit', resolve)), 0);
  t.ok(existsSync(join(dir, 'k.db')));
});

t.test('a start-up failure (the database cannot be opened) exits 1 with the error', async (t) => {
  const dir = tempDir('bad');
  const server = serve({ DATABASE_URL: `file:${dir}` });
  await t.rejects(server.port);
  t.equal(await server.exited, 1);
  t.match(server.output(), /^cannot use the database file:.*: unable to open database file\n$/, 'one line');
});

t.test('a port already taken: exit code 1 with the error', async (t) => {
  const taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  t.teardown(() => { taken.close(); });
  const server = serve({ DATABASE_URL: `file:${join(tempDir('taken'), 'k.db')}`, PORT: String((taken.address() as { port: number }).port) });
  await t.rejects(server.port);
  t.equal(await server.exited, 1);
  t.match(server.output(), /EADDRINUSE/);
});

t.test('an unreachable PostgreSQL at start is one line naming it (without its password) and exit code 1', async (t) => {
  // Nothing listens on port 1: the connection is refused at once, whether a PostgreSQL runs here or not.
  const server = serve({ DATABASE_URL: 'postgres://kiosque:s3cret@127.0.0.1:1/kiosque' });
  await t.rejects(server.port);
  t.equal(await server.exited, 1);
  t.match(server.output(), /^cannot use the database postgres:\/\/kiosque:\*\*\*@127\.0\.0\.1:1\/kiosque: connect ECONNREFUSED 127\.0\.0\.1:1\n$/);
  t.notMatch(server.output(), /s3cret/);
});

t.test('serve --workers 2: two processes on one port, a dead one replaced, SIGTERM stops them all', async (t) => {
  const dir = tempDir('workers');
  const db = join(dir, 'k.db');
  const server = serve({ DATABASE_URL: `file:${db}`, KIOSQUE_SEED: 'demo' }, ['--workers', '2']);
  const port = await server.port;
  t.match(server.output(), /seeded the demo newsroom/, 'seeded once, before the workers start');
  let workers: number[] = [];
  for (let i = 0; i < 100 && (workers = childrenOf(server.child.pid!)).length < 2; i++) await sleep(100);
  t.equal(workers.length, 2, 'two workers');
  for (let i = 0; i < 100 && (server.output().match(/listening at/g) ?? []).length < 2; i++) await sleep(100);
  const answers = await Promise.all(Array.from({ length: 20 }, () => fetch(`http://127.0.0.1:${port}/v1/sections`).then((r) => r.status)));
  t.same(new Set(answers), new Set([200]), 'both answer on the one port');

  process.kill(workers[0], 'SIGKILL');
  let now = workers;
  for (let i = 0; i < 100 && ((now = childrenOf(server.child.pid!)).length < 2 || now.includes(workers[0])); i++) await sleep(100);
  t.equal(now.length, 2, 'a dead worker is replaced');
  t.notOk(now.includes(workers[0]));
  t.match(server.output(), new RegExp(`worker ${workers[0]} exited \\(code null, signal SIGKILL\\): starting another`));
  for (let i = 0; i < 100 && (server.output().match(/listening at/g) ?? []).length < 3; i++) await sleep(100);
  t.equal((await fetch(`http://127.0.0.1:${port}/v1/sections`)).status, 200);

  server.child.kill('SIGTERM');
  t.equal(await server.exited, 0, 'exit 0 once every worker has stopped');
  t.match(server.output(), /SIGTERM: stopping the workers/);
  t.same(now.filter((pid) => spawnSync('kill', ['-0', String(pid)]).status === 0), [], 'no worker left');
});

t.test('serve --workers: SIGTERM just after a worker died stops the others, and starts no new one', async (t) => {
  const server = serve({ DATABASE_URL: `file:${join(tempDir('workers'), 'k.db')}` }, ['--workers', '2']);
  await server.port;
  let workers: number[] = [];
  for (let i = 0; i < 100 && (workers = childrenOf(server.child.pid!)).length < 2; i++) await sleep(100);
  process.kill(workers[0], 'SIGKILL');
  for (let i = 0; i < 100 && !server.output().includes(`worker ${workers[0]} exited`); i++) await sleep(20);
  // Within the second before its replacement starts.
  server.child.kill('SIGTERM');
  t.equal(await server.exited, 0);
  t.notOk(server.output().match(/listening at/g)!.length > 2, 'no replacement started');
  t.equal(spawnSync('kill', ['-0', String(workers[1])]).status, 1, 'the other worker stopped');
});

t.test('--workers takes a count from 1 to 64 or auto; anything else stops the start with a message', async (t) => {
  t.equal(workersOption([]), undefined, 'one process without it');
  t.equal(workersOption(['--workers', '3']), 3);
  t.equal(workersOption(['--workers=auto']), availableParallelism());
  for (const bad of [['--workers', '0'], ['--workers', '65'], ['--workers', 'two'], ['--threads', '2'], ['extra']]) {
    let error: unknown;
    try {
      workersOption(bad);
    } catch (e) {
      error = e;
    }
    t.ok(error instanceof StartupError, `${bad.join(' ')}: ${(error as Error).message}`);
  }
  const server = serve({}, ['--workers', '0']);
  await t.rejects(server.port);
  t.equal(await server.exited, 1);
  t.equal(server.output(), '--workers must be auto or 1 to 64: got 0\n');
});
