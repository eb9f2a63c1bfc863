// CPU per request of an article read through app.inject: a response-cache hit, and an uncached read
// (the async data layer's cost is on the second only: a hit touches no database). CPU time, not
// wall time, so that a shared machine's load falls outside the figure; medians of 5 rounds.
// Usage: npx tsx bench/inject-cost.ts [DATABASE_URL=:memory:]
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/connection.js';

const ADMIN = 'inject-cost-admin-key-0123456789abcdef';
const db = openDatabase(process.argv[2] ?? ':memory:');
await db.migrate();
const make = async (cacheBytes?: number) => {
  const config = loadConfig({
    KIOSQUE_ADMIN_KEY: ADMIN, KIOSQUE_SEED: 'none', KIOSQUE_METRICS: 'off', KIOSQUE_RATE_LIMIT_ANONYMOUS: '0', KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: '0',
  });
  const app = await buildApp({ config, db, cacheBytes });
  await app.ready();
  return app;
};
const cached = await make();
const headers = { authorization: `Bearer ${ADMIN}` };
const section = (await cached.inject({ method: 'POST', url: '/v1/sections', headers, payload: { name: 'Actualités' } })).json();
const body = '## Partie\n\nDu texte. '.repeat(200);
const article = (await cached.inject({ method: 'POST', url: '/v1/articles', headers, payload: { title: 'Un article', body, sectionId: section.id, status: 'published' } })).json();
const uncached = await make(0);
const url = `/v1/articles/${article.slug}`;

async function cpu(app: typeof cached, n: number) {
  for (let i = 0; i < 200; i++) await app.inject(url);
  const start = process.cpuUsage();
  for (let i = 0; i < n; i++) await app.inject(url);
  const { user, system } = process.cpuUsage(start);
  return (user + system) / n;
}
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rounds: [number, number][] = [];
for (let r = 0; r < 5; r++) rounds.push([await cpu(cached, 5000), await cpu(uncached, 1000)]);
console.log(`${db.dialect.name}: cached hit ${median(rounds.map((r) => r[0])).toFixed(1)} µs of CPU, uncached read ${median(rounds.map((r) => r[1])).toFixed(1)} µs`);
await Promise.all([cached.close(), uncached.close()]);
await db.close();
