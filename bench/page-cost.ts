// CPU per uncached reader page (GET /v1/pages/articles/:slug, no response cache) through app.inject,
// and of its parts (related, most read), over the newest articles of a dataset in turn: CPU time of
// the process, medians and p99 over `--rounds` rounds, so that a shared machine's load stays mostly
// outside the figure. `--url` times another path pattern (`:slug` replaced).
// Usage: npx tsx bench/page-cost.ts --db /tmp/kiosque-100k.db [--rounds 3] [--articles 50]
import { parseArgs } from 'node:util';
import { uncachedApp } from './in-process.js';

const { values } = parseArgs({ options: {
  db: { type: 'string' }, rounds: { type: 'string', default: '3' }, articles: { type: 'string', default: '50' }, url: { type: 'string', multiple: true },
} });
const { app, db } = await uncachedApp(values.db);
const slugs = ((await app.inject(`/v1/articles?limit=${values.articles}`)).json() as { data: { slug: string }[] }).data.map((a) => a.slug);
const urls = values.url ?? ['/v1/pages/articles/:slug', '/v1/articles/:slug/related', '/v1/popular', '/v1/articles/:slug'];

async function cpu(url: string): Promise<number> {
  const start = process.cpuUsage();
  const res = await app.inject(url);
  const { user, system } = process.cpuUsage(start);
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return user + system;
}
const at = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
for (const pattern of urls) {
  for (const slug of slugs.slice(0, 5)) await cpu(pattern.replace(':slug', slug)); // warm-up
  const times: number[] = [];
  for (let r = 0; r < Number(values.rounds); r++) for (const slug of slugs) times.push(await cpu(pattern.replace(':slug', slug)));
  console.log(`${pattern}: median ${(at(times, 0.5) / 1000).toFixed(2)} ms, p99 ${(at(times, 0.99) / 1000).toFixed(2)} ms of CPU (${times.length} requests)`);
}
await app.close();
await db.close();
