// Where an uncached reader page's time goes, statement by statement: every SQLite statement the page
// runs is timed (wall time inside better-sqlite3, which is CPU on a warm page cache), summed by
// statement over the newest articles, and printed with its query plan.
// Usage: npx tsx bench/page-profile.ts --db /tmp/kiosque-100k.db [--articles 30] [--rounds 1] [--url '/v1/pages/articles/:slug']
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { uncachedApp } from './in-process.js';

const { values } = parseArgs({ options: {
  db: { type: 'string' }, articles: { type: 'string', default: '30' }, rounds: { type: 'string', default: '1' }, url: { type: 'string', default: '/v1/pages/articles/:slug' },
} });
const timings = new Map<string, { n: number; ms: number }>();
let recording = false;
const proto = Database.prototype as unknown as { prepare(sql: string): Database.Statement };
const prepare = proto.prepare;
proto.prepare = function timedPrepare(this: Database.Database, text: string) {
  const statement = prepare.call(this, text);
  for (const method of ['all', 'get', 'run'] as const) {
    const original = statement[method].bind(statement) as (...args: unknown[]) => unknown;
    (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
      const start = process.hrtime.bigint();
      try { return original(...args); } finally {
        if (recording) {
          const t = timings.get(text) ?? { n: 0, ms: 0 };
          t.n++; t.ms += Number(process.hrtime.bigint() - start) / 1e6;
          timings.set(text, t);
        }
      }
    };
  }
  return statement;
};
const { app, db } = await uncachedApp(values.db);
const slugs = ((await app.inject(`/v1/articles?limit=${values.articles}`)).json() as { data: { slug: string }[] }).data.map((a) => a.slug);
for (const slug of slugs.slice(0, 5)) await app.inject(values.url.replace(':slug', slug));
recording = true;
const start = process.cpuUsage();
for (let r = 0; r < Number(values.rounds); r++) for (const slug of slugs) await app.inject(values.url.replace(':slug', slug));
const cpu = process.cpuUsage(start);
recording = false;
const requests = slugs.length * Number(values.rounds);
const total = (cpu.user + cpu.system) / 1000 / requests;
const rows = [...timings].sort((a, b) => b[1].ms - a[1].ms);
const sqlMs = rows.reduce((s, [, t]) => s + t.ms, 0) / requests;
console.log(`${values.url}: ${total.toFixed(2)} ms of CPU per request, ${sqlMs.toFixed(2)} ms in SQLite statements`);
const raw = new Database(values.db ?? ':memory:', { readonly: true });
for (const [text, t] of rows) {
  console.log(`\n${(t.ms / requests).toFixed(3)} ms per request, ${(t.n / requests).toFixed(1)} runs: ${text.replace(/\s+/g, ' ').slice(0, 300)}`);
  try {
    const plan = raw.prepare(`EXPLAIN QUERY PLAN ${text}`).all(...(text.includes('@') ? [Object.fromEntries([...text.matchAll(/@(\w+)/g)].map((m) => [m[1], null]))] : [])) as { detail: string }[];
    for (const p of plan) console.log(`    ${p.detail}`);
  } catch (err) { console.log(`    (no plan: ${(err as Error).message})`); }
}
await app.close();
await db.close();
