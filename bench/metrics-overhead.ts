// Per-request cost of the metrics (request timing, repository timing): the
// same requests through app.inject with KIOSQUE_METRICS=off and =admin,
// interleaved in rounds so that the machine's load falls on both alike.
// Usage: npx tsx bench/metrics-overhead.ts [requests=20000]
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/connection.js';

const ADMIN = 'metrics-overhead-admin-key-0123456789';
const total = Number(process.argv[2] ?? 20_000);

async function app(metrics: 'off' | 'admin', cacheBytes?: number) {
  const db = openDatabase(':memory:');
  await db.migrate();
  const instance = await buildApp({ config: loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN, KIOSQUE_METRICS: metrics }), db, cacheBytes });
  const headers = { authorization: `Bearer ${ADMIN}` };
  const post = async (url: string, payload: object) => (await instance.inject({ method: 'POST', url, headers, payload })).json();
  const section = await post('/v1/sections', { name: 'Actualités' });
  const article = await post('/v1/articles', { title: 'Un article', body: '## Partie\n\nDu texte. '.repeat(200), sectionId: section.id, status: 'published' });
  return { instance, url: `/v1/articles/${article.slug}` };
}

// CPU time of this process, not wall time: on a shared machine other processes' load would drown the difference.
async function run(target: Awaited<ReturnType<typeof app>>, n: number) {
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await target.instance.inject(target.url);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / n;
}

async function compare(label: string, cacheBytes?: number) {
  const off = await app('off', cacheBytes);
  const on = await app('admin', cacheBytes);
  const rounds = 20;
  await run(off, 2_000);
  await run(on, 2_000);
  const times = { off: [] as number[], on: [] as number[] };
  for (let r = 0; r < rounds; r++) {
    // Alternate which goes first: the second of a pair tends to pay the first's garbage collection.
    const order = r % 2 === 0 ? (['off', 'on'] as const) : (['on', 'off'] as const);
    for (const which of order) times[which].push(await run(which === 'off' ? off : on, total / rounds));
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const [a, b] = [median(times.off), median(times.on)];
  console.log(`${label}: ${total} requests, median of ${rounds} rounds: CPU per request off ${a.toFixed(1)} µs, on ${b.toFixed(1)} µs, overhead ${(b - a).toFixed(1)} µs (${((b / a - 1) * 100).toFixed(1)}%)`);
  await off.instance.close();
  await on.instance.close();
}

await compare('article by slug, cached');
await compare('article by slug, no response cache', 0);

// The added work alone, without the noise of whole requests: what the onResponse hook does
// (a key, a map lookup, an observation) and one timed repository call around a no-op.
{
  const { Histogram, Registry } = await import('prom-client');
  const { createMetrics } = await import('../src/plugins/metrics.js');
  const histogram = new Histogram({ name: 'h', help: 'h', labelNames: ['method', 'route', 'status_code'], registers: [new Registry()] });
  const children = new Map<string, ReturnType<typeof histogram.labels>>();
  const n = 1_000_000;
  let start = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const key = `GET ${200} /v1/articles/:idOrSlug`;
    let child = children.get(key);
    if (!child) children.set(key, child = histogram.labels('GET', '/v1/articles/:idOrSlug', '200'));
    child.observe(0.0001);
  }
  let used = process.cpuUsage(start);
  console.log(`request timing alone: ${((used.user + used.system) / n * 1000).toFixed(0)} ns per request`);
  const repos = createMetrics().timeRepositories({ articles: { find: async (x: number) => x + 1 } });
  start = process.cpuUsage();
  for (let i = 0; i < n; i++) await repos.articles.find(i);
  used = process.cpuUsage(start);
  console.log(`one timed repository call around a no-op: ${((used.user + used.system) / n * 1000).toFixed(0)} ns`);
}
