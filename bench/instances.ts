// Several instances on one database (issue 14): how soon another instance serves a write's new
// version. Two real servers (`kiosque serve`, each its own process) on one database; an article read
// on B until B has it in its response cache; then, --writes times: a PATCH of its title on A, and from
// A's answer (the write acknowledged, so committed) B is read again and again, one request at a time,
// until it answers the new title. The latency of each write is that wait; target: p99 ≤ 100 ms.
// On SQLite, B learns of A's commits from the change feed; on PostgreSQL, from a notification.
// Usage: npm run bench:instances [-- --db postgres://… --writes 200 --port 3990]
//        (without --db, a fresh SQLite file; on PostgreSQL, a database of its own, emptied first is best)
// The servers listen on --port and the port after it.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './measure.js';

const { values } = parseArgs({
  options: { db: { type: 'string' }, writes: { type: 'string', default: '200' }, port: { type: 'string', default: '3990' } },
});
const writes = Number(values.writes);
const port = Number(values.port);
const ADMIN = 'bench-admin-key-0123456789abcdef';
const dir = mkdtempSync(join(tmpdir(), 'kiosque-instances-'));
const url = values.db ?? `file:${join(dir, 'kiosque.db')}`;
const env = {
  DATABASE_URL: url, KIOSQUE_SEED: 'none', KIOSQUE_ADMIN_KEY: ADMIN,
  KIOSQUE_RATE_LIMIT_ANONYMOUS: '0', KIOSQUE_RATE_LIMIT_KEY: '0', KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: '0',
};
// A first, alone: it migrates the database.
const a = await startServer(['src/cli/main.ts', 'serve'], port, '/healthz', env);
const b = await startServer(['src/cli/main.ts', 'serve'], port + 1, '/healthz', env);
const headers = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
const send = async (method: string, path: string, body: object) => {
  const res = await fetch(`${a.url}${path}`, { method, headers, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<{ id: string }>;
};
const title = async () => ((await (await fetch(read)).json()) as { title: string }).title;

const section = await send('POST', '/v1/sections', { name: `Instances ${Date.now()}` });
const article = await send('POST', '/v1/articles', { title: 'v0', sectionId: section.id, body: 'Un article lu ailleurs.', status: 'published' });
const read = `${b.url}/v1/articles/${article.id}`;
await title();
await title();

const latencies: number[] = [];
let reads = 0;
const loads: number[] = [loadavg()[0]];
try {
  for (let i = 1; i <= writes; i += 1) {
    await send('PATCH', `/v1/articles/${article.id}`, { title: `v${i}` });
    const acknowledged = performance.now();
    for (;;) {
      reads += 1;
      if (await title() === `v${i}`) break;
      if (performance.now() - acknowledged > 10_000) throw new Error(`write ${i}: B still served the old title after 10 s`);
    }
    latencies.push(performance.now() - acknowledged);
    if (i % 20 === 0) loads.push(loadavg()[0]);
  }
} finally {
  await Promise.all([a.stop(), b.stop()]);
  rmSync(dir, { recursive: true, force: true });
}

const sorted = [...latencies].sort((x, y) => x - y);
const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const p99 = at(0.99);
console.log(`${writes} writes on A, each read on B until new (${url.startsWith('file:') ? 'SQLite' : 'PostgreSQL'}), ${reads} reads on B`);
console.log('| p50 ms | p90 ms | p99 ms | max ms | target (p99 ≤ 100 ms) |');
console.log('| ---: | ---: | ---: | ---: | --- |');
console.log(`| ${at(0.5).toFixed(1)} | ${at(0.9).toFixed(1)} | ${p99.toFixed(1)} | ${sorted[sorted.length - 1].toFixed(1)} | ${p99 <= 100 ? 'met' : 'MISSED'} |`);
console.log(`load average (1 min) during the run: ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}, ${new Date().toISOString()}`);
