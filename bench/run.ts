// A first benchmark: the bare-Fastify ceiling and Kiosque's hot reads, each
// as its own server process, measured with autocannon in this process.
// Usage: npm run bench [-- --duration 10 --connections 50]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({ options: { duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } } });
const duration = Number(values.duration);
const connections = Number(values.connections);

function start(args: string[], port: number, env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'inherit', 'inherit'],
  });
}

async function ready(url: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} never answered`);
}

async function measure(title: string, url: string) {
  const r = await autocannon({ url, connections, duration });
  return { title, rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

const dir = mkdtempSync(join(tmpdir(), 'kiosque-bench-'));
const ceiling = start(['bench/ceiling.ts'], 3999);
const kiosque = start(['src/cli/main.ts', 'serve'], 3998, { DATABASE_URL: `file:${join(dir, 'bench.db')}`, KIOSQUE_SEED: 'demo' });
try {
  await ready('http://127.0.0.1:3999/ceiling');
  await ready('http://127.0.0.1:3998/healthz');
  const list = (await (await fetch("http://127.0.0.1:3998/v1/articles?limit=1")).json()) as { data: { slug: string }[] };
  const slug = list.data[0].slug;
  const rows = [];
  rows.push(await measure('bare Fastify ceiling', 'http://127.0.0.1:3999/ceiling'));
  rows.push(await measure('article by slug', `http://127.0.0.1:3998/v1/articles/${slug}`));
  rows.push(await measure('list of 20', 'http://127.0.0.1:3998/v1/articles'));
  const top = rows[0].rps;
  console.log(`\n${connections} connections, ${duration} s each\n`);
  console.log('| scenario | req/s | ratio to ceiling | p50 ms | p99 ms | errors | non-2xx |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) console.log(`| ${r.title} | ${r.rps} | ${(r.rps / top).toFixed(2)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.non2xx} |`);
} finally {
  ceiling.kill();
  kiosque.kill();
}
