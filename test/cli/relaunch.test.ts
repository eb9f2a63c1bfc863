import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { writeWxr } from '../../bench/wxr.js';
import { childEnv, tempDir } from '../helpers.js';
import { childrenOf } from '../processes.js';

// `kiosque import` runs in a child process started with a small young generation (bin/kiosque.js).
// These start the command as a user does, `node bin/kiosque.js`, and look at its processes in /proc.

const bin = new URL('../../bin/kiosque.js', import.meta.url).pathname;
const argsOf = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
const envOf = (pid: number) => readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean);
const dir = tempDir('relaunch');
const file = join(dir, 'export.xml');
await writeWxr(file, 3000);

/** `kiosque import` started as a user does, with its child process once it has one. */
async function startImport(name: string, env: Record<string, string> = {}) {
  const command = spawn(process.execPath, [bin, 'import', 'wordpress', file], { env: childEnv({ DATABASE_URL: `file:${join(dir, `${name}.db`)}`, KIOSQUE_SEED: 'none', ...env }), stdio: 'ignore' });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => command.on('exit', (_, signal) => resolve(signal)));
  let inner: number | undefined;
  for (let i = 0; i < 200 && inner === undefined; i++, await sleep(50)) [inner] = childrenOf(command.pid!);
  return { command, exited, inner };
}

t.test('an import runs in a child with a small young generation and two malloc arenas, which gets the signals sent to the command', { skip: !existsSync('/proc/self/task') && 'needs /proc' }, async (t) => {
  const { command, exited, inner } = await startImport('child');
  t.ok(inner, 'the import runs in a child process');
  t.same(argsOf(inner!).slice(0, 3), [process.execPath, '--max-semi-space-size=2', bin], 'started with the flag');
  t.ok(envOf(inner!).includes('MALLOC_ARENA_MAX=2'), 'and two arenas');
  t.same(childrenOf(inner!).length, 0, 'which starts no other process');
  command.kill('SIGTERM');
  t.equal(await exited, 'SIGTERM', 'the command ends as its child did');
  t.notOk(existsSync(`/proc/${inner}/cmdline`) && argsOf(inner!).length, 'the child is gone with it');
});

t.test('an arena count given is kept', { skip: !existsSync('/proc/self/task') && 'needs /proc' }, async (t) => {
  const { command, exited, inner } = await startImport('arenas', { MALLOC_ARENA_MAX: '4' });
  t.ok(envOf(inner!).includes('MALLOC_ARENA_MAX=4'));
  command.kill('SIGTERM');
  await exited;
});

t.test('the child\'s exit and output are the command\'s', async (t) => {
  const usage = spawnSync(process.execPath, [bin, 'import'], { env: childEnv({}), encoding: 'utf8' });
  t.equal(usage.status, 2);
  t.match(usage.stdout, /import wordpress <export\.xml>/);
});

t.test('a young generation given is kept: the import runs in the command itself', { skip: !existsSync('/proc/self/task') && 'needs /proc' }, async (t) => {
  const ways = { 'on the command line': { args: ['--max-semi-space-size=4'], env: {} }, 'in NODE_OPTIONS': { args: [], env: { NODE_OPTIONS: '--max-semi-space-size=4' } } };
  for (const [way, { args, env }] of Object.entries(ways)) {
    const command = spawn(process.execPath, [...args, bin, 'import', 'wordpress', file], {
      env: childEnv({ DATABASE_URL: `file:${join(dir, `${args.length}.db`)}`, KIOSQUE_SEED: 'none', ...env }), stdio: 'ignore',
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => command.on('exit', (_, signal) => resolve(signal)));
    // Its body workers are threads: it has no child process while it imports.
    const seen: number[] = [];
    for (let i = 0; i < 20; i++, await sleep(50)) seen.push(...childrenOf(command.pid!));
    t.same(seen, [], way);
    command.kill('SIGTERM');
    t.equal(await exited, 'SIGTERM');
  }
});
