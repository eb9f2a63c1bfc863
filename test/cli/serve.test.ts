import { spawn } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import t from 'tap';
import { tempDir } from '../helpers.js';

const main = new URL('../../src/cli/main.ts', import.meta.url).pathname;

/** Starts `kiosque serve` as a real process; resolves with it and its port once it listens. */
function serve(env: Record<string, string>) {
  const child = spawn(process.execPath, [...process.execArgv, main, 'serve'], {
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

