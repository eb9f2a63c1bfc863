// Cold start: the time from spawning a server on an existing database (migrated and seeded
// beforehand, so the measured starts neither migrate nor seed) to the first 200 from /healthz,
// for each way of starting Kiosque: `node bin/kiosque.js serve` (the bin and the Dockerfile) and
// `npm start`. Runs alternate between the commands so a burst of load from other processes
// hits both; the load average is printed with each median (this machine is shared).
// With --before, the same `node bin/kiosque.js serve` is also run in another checkout (an earlier
// commit, its node_modules installed or linked), in the same rounds, for a comparison under the same load.
// --db names an existing database, migrated and seeded: a SQLite file, or a postgres:// URL.
// Usage: npm run bench:cold-start -- [--runs 9] [--port 3990] [--db /tmp/existing.db|postgres://…] [--before ../checkout]
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from './measure.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '9' }, port: { type: 'string', default: '3990' }, db: { type: 'string' }, before: { type: 'string' },
  },
});
const runs = Number(values.runs);
const port = Number(values.port);
const db = values.db ?? join(mkdtempSync(join(tmpdir(), 'kiosque-cold-')), 'cold.db');
const env = { ...process.env, DATABASE_URL: /^postgres(ql)?:/.test(db) ? db : `file:${db}`, PORT: String(port), KIOSQUE_SEED: 'none', LOG_LEVEL: 'warn' };

const commands: Record<string, [string, string[], string?]> = {
  'node bin/kiosque.js serve': [process.execPath, ['bin/kiosque.js', 'serve']],
  'npm start': ['npm', ['start', '--silent']],
  ...(values.before ? { [`node bin/kiosque.js serve in ${values.before}`]: [process.execPath, ['bin/kiosque.js', 'serve'], values.before] } : {}),
};

/** CPU milliseconds (user + system) used so far by the live processes of a process group (Linux). */
function groupCpuMs(group: number): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      if (Number(fields[2]) === group) ticks += Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]);
    } catch { /* gone meanwhile */ }
  }
  return ticks * 10; // USER_HZ is 100
}

/**
 * Milliseconds from spawn to the first 200 from /healthz, and the CPU the started processes used
 * until then (less sensitive than the wall clock to other processes' load); the group is stopped after.
 */
async function once(command: string, args: string[], cwd?: string): Promise<{ ms: number; cpuMs: number }> {
  const started = performance.now();
  // Its own process group: `npm start` is npm, a shell and tsx's node; all of them are stopped.
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited with ${child.exitCode}`);
      try {
        if ((await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200) {
          return { ms: performance.now() - started, cpuMs: groupCpuMs(child.pid!) };
        }
      } catch { /* not listening yet */ }
      if (performance.now() - started > 60_000) throw new Error(`${command} never answered`);
      await new Promise((r) => setTimeout(r, 5));
    }
  } finally {
    await new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      process.kill(-child.pid!, 'SIGTERM');
    });
    // npm may exit before the server it started has closed: the next run must not find that one listening.
    while (await fetch(`http://127.0.0.1:${port}/healthz`).then(() => true, () => false)) await new Promise((r) => setTimeout(r, 20));
  }
}

if (!values.db) {
  // Creating the database is not part of the measurement: migrate and seed it once.
  for (const step of ['migrate', 'seed']) execFileSync(process.execPath, ['bin/kiosque.js', step], { env, stdio: 'ignore' });
}
const samples: Record<string, { ms: number; cpuMs: number }[]> = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
const loads: number[] = [];
for (let i = 0; i < runs; i++) {
  for (const [name, [command, args, cwd]] of Object.entries(commands)) samples[name].push(await once(command, args, cwd));
  loads.push(loadavg()[0]);
}
console.log(`cold start, spawn to the first 200 from /healthz, median of ${runs} runs (min–max); ${db.replace(/:[^:@/]*@/, ':…@')}`);
for (const [name, runs] of Object.entries(samples)) {
  const ms = runs.map((r) => r.ms);
  const cpu = median(runs.map((r) => r.cpuMs));
  console.log(`${name}: ${Math.round(median(ms))} ms (${Math.round(Math.min(...ms))}–${Math.round(Math.max(...ms))}), ${cpu} ms of CPU`);
}
console.log(`load average (1 min) during the runs: median ${median(loads).toFixed(2)} (${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}), ${new Date().toISOString()}`);
