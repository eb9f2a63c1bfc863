// The benchmark: the bare-Fastify ceiling and Kiosque's read paths, each
// server in its own process, autocannon in this one. Every scenario runs
// `--runs` times (median reported); a run is retried while the machine is
// visibly busy before it starts. Prints a Markdown table with the ratio to
// the ceiling measured in the same session and writes JSON for comparisons.
// Usage: npm run bench -- --db /tmp/kiosque-100k.db [--duration 10] [--connections 50] [--runs 3] [--only search]
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    db: { type: 'string' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' }, only: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const runs = Number(values.runs);

interface Server { child: ChildProcess; url: string; cpu(): number; peakRss(): number }

async function start(args: string[], port: number, env: Record<string, string> = {}): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    env: { ...process.env, PORT: String(port), LOG_LEVEL: 'warn', ...env }, stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  for (;;) {
    try {
      if ((await fetch(`${url}/healthz`)).status < 500 || (await fetch(`${url}/ceiling`)).ok) break;
    } catch { /* not listening yet */ }
    if (performance.now() - started > 120_000) throw new Error(`${args.join(' ')} never answered`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const stat = () => readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return {
    child, url,
    cpu: () => (Number(stat()[11]) + Number(stat()[12])) / 100, // utime + stime, in seconds
    peakRss: () => Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))![1]) / 1024,
  };
}

async function quiet(): Promise<void> {
  // The client and servers share two cores: wait (a while) for other work to settle.
  for (let i = 0; i < 30 && loadavg()[0] > 1.5; i++) await new Promise((r) => setTimeout(r, 2000));
}

type Options = Parameters<typeof autocannon>[0];
interface Result { rps: number; p50: number; p99: number; p999: number; errors: number; non2xx: number; cpu: number }

async function once(server: Server, options: Options, during?: Options): Promise<Result> {
  await quiet();
  const cpu = server.cpu();
  const [r] = await Promise.all([autocannon({ connections, duration, ...options }), during ? autocannon({ duration, ...during }) : null]);
  return {
    rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, p999: r.latency.p99_9 ?? r.latency.p99,
    errors: r.errors + r.timeouts, non2xx: r.non2xx, cpu: Math.round(((server.cpu() - cpu) / duration) * 100),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function scenario(name: string, server: Server, options: Options, during?: Options) {
  const results: Result[] = [];
  for (let i = 0; i < runs; i++) results.push(await once(server, options, during));
  const keys = Object.keys(results[0]) as (keyof Result)[];
  const row = Object.fromEntries(keys.map((k) => [k, median(results.map((r) => r[k]))])) as unknown as Result;
  console.error(`${name}: ${row.rps} req/s, p99 ${row.p99} ms`);
  return { name, ...row, peakRssMb: Math.round(server.peakRss()) };
}

const words = ['recrutement', 'élections', 'climat', 'budget', 'intelligence', 'salaires', 'rugby', 'énergie', 'logement', 'festival'];
const pairs = ['salaires industrie', 'chercheurs laboratoires', 'budget assemblée', 'climat villes', 'rugby france'];
const phrases = ['"intelligence artificielle"', '"assemblée nationale"', '"premiers romans"', '"pompes à chaleur"'];
let n = 0;
const cycle = (items: string[], base: string) => ({
  requests: [{ method: 'GET' as const, setupRequest: (req: object) => ({ ...req, path: `${base}${encodeURIComponent(items[n++ % items.length])}` }) }],
});

const dir = mkdtempSync(join(tmpdir(), 'kiosque-bench-'));
const db = values.db ?? join(dir, 'bench.db');
const ceiling = await start(['bench/ceiling.ts'], 3999);
const cached = await start(['src/cli/main.ts', 'serve'], 3998, { DATABASE_URL: `file:${db}`, KIOSQUE_SEED: values.db ? 'none' : 'demo' });
const uncached = await start(['src/cli/main.ts', 'serve'], 3997, { DATABASE_URL: `file:${db}`, KIOSQUE_SEED: 'none', KIOSQUE_CACHE_MB: '0' });
try {
  const k = cached.url;
  const newest = ((await (await fetch(`${k}/v1/articles?limit=1`)).json()) as { data: { id: string; slug: string }[] }).data[0];
  const etag = (await fetch(`${k}/v1/articles/${newest.slug}`)).headers.get('etag')!;
  const beacon = { url: `${k}/v1/articles/${newest.id}/views`, method: 'POST' as const, headers: { 'user-agent': 'Mozilla/5.0 (bench)' } };
  const plan: [string, Server, Options, Options?][] = [
    ['bare Fastify ceiling', ceiling, { url: `${ceiling.url}/ceiling` }],
    ['article by slug', cached, { url: `${k}/v1/articles/${newest.slug}` }],
    ['article by slug, no response cache', uncached, { url: `${uncached.url}/v1/articles/${newest.slug}` }],
    ['304 revalidation', cached, { url: `${k}/v1/articles/${newest.slug}`, headers: { 'if-none-match': etag } }],
    ['list of 20', cached, { url: `${k}/v1/articles` }],
    ['list of 20, no response cache', uncached, { url: `${uncached.url}/v1/articles` }],
    ['search, one word (10 queries in turn)', cached, { url: `${k}/v1/search`, ...cycle(words, '/v1/search?q=') }],
    ['search, two words (5 queries in turn)', cached, { url: `${k}/v1/search`, ...cycle(pairs, '/v1/search?q=') }],
    ['search, phrase (4 queries in turn)', cached, { url: `${k}/v1/search`, ...cycle(phrases, '/v1/search?q=') }],
    ['search, one word (no response cache)', uncached, { url: `${uncached.url}/v1/search`, ...cycle(words, '/v1/search?q=') }],
    ['search, two words (no response cache)', uncached, { url: `${uncached.url}/v1/search`, ...cycle(pairs, '/v1/search?q=') }],
    ['search, phrase (no response cache)', uncached, { url: `${uncached.url}/v1/search`, ...cycle(phrases, '/v1/search?q=') }],
    ['related', cached, { url: `${k}/v1/articles/${newest.slug}/related` }],
    ['related, no response cache', uncached, { url: `${uncached.url}/v1/articles/${newest.slug}/related` }],
    ['page composite', cached, { url: `${k}/v1/pages/articles/${newest.slug}` }],
    ['page composite, no response cache', uncached, { url: `${uncached.url}/v1/pages/articles/${newest.slug}` }],
    ['popular', cached, { url: `${k}/v1/popular` }],
    ['view beacon, while 25 connections read', cached, { ...beacon, connections: 25 }, { url: `${k}/v1/articles/${newest.slug}`, connections: 25 }],
  ];
  const rows = [];
  for (const [name, server, options, during] of plan) {
    if (values.only && !name.includes(values.only) && server !== ceiling) continue;
    rows.push(await scenario(name, server, options, during));
  }
  const top = rows[0].rps;
  const table = [
    `${connections} connections (unless said), ${duration} s a run, median of ${runs} runs; ${values.db ?? 'demo newsroom'}`,
    '',
    '| scenario | req/s | vs ceiling | p50 ms | p99 ms | p99.9 ms | errors | non-2xx | server CPU % | peak RSS MB |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name} | ${r.rps} | ${(r.rps / top).toFixed(2)} | ${r.p50} | ${r.p99} | ${r.p999} | ${r.errors} | ${r.non2xx} | ${r.cpu} | ${r.peakRssMb} |`),
  ].join('\n');
  console.log(`\n${table}\n`);
  const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), db: values.db ?? 'demo', connections, duration, runs, rows }, null, 2));
  console.log(`results: ${file}`);
} finally {
  for (const s of [ceiling, cached, uncached]) s.child.kill();
}
