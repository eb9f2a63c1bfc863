// Where the mixed profile's CPU goes, in process: the requests of bench/scenarios.ts's mixed() sent one at a
// time through app.inject, each kind's CPU time summed, and how many were answered from the response
// cache. CPU time, not wall time, so that a shared machine's load falls outside the figure. It writes to
// the database: give it a copy. Usage: npx tsx bench/mixed-cost.ts <database file> [cycles = 300]
import { ADMIN, openApp } from './in-process.js';
import { COUNT, scenarios, type Context } from './scenarios.js';

const { app, db, newest: articles } = await openApp(process.argv[2]);
const context: Context = { newest: articles[0], etag: '', articles: articles.slice(1), bodies: [], adminKey: ADMIN };
const mixed = scenarios().find((s) => s.name.startsWith('mixed'))!.load(context).requests;
const cycles = Number(process.argv[3] ?? 300);

const kind = (method: string, path: string) => (method !== 'GET' ? method : path.split('?')[0].replace(/\/v1\/articles\/.+/, '/v1/articles/:ref'));
const spent = new Map<string, { n: number; us: number; hits: number }>();
let etag: string | undefined;
let n = 0;
async function send(i: number, measured: boolean) {
  const r = mixed[i % mixed.length];
  const method = r.method ?? 'GET';
  const headers = { ...r.headers, ...(r.ifMatch && etag && { 'if-match': etag }) };
  const hits = app.responseCache.stats.hits;
  const start = process.cpuUsage();
  const res = await app.inject({ method, url: r.path, headers, payload: r.body?.replace(COUNT, String(++n)) });
  const { user, system } = process.cpuUsage(start);
  if (res.statusCode >= 300) throw new Error(`${method} ${r.path}: ${res.statusCode} ${res.body}`);
  if (r.keepEtagOf) etag = res.headers.etag as string;
  if (!measured) return;
  const k = kind(method, r.path);
  const s = spent.get(k) ?? { n: 0, us: 0, hits: 0 };
  spent.set(k, { n: s.n + 1, us: s.us + user + system, hits: s.hits + app.responseCache.stats.hits - hits });
}

// One pass unmeasured, as the benchmark's warm-up: every article's first edit changes its standfirst's length.
for (let i = 0; i < mixed.length; i++) await send(i, false);
for (let i = 0; i < cycles * 20; i++) await send(mixed.length + i, true);
const total = [...spent.values()].reduce((a, s) => a + s.us, 0);
for (const [k, s] of [...spent].sort((a, b) => b[1].us - a[1].us)) {
  console.log(`${k.padEnd(20)} ${String(s.n).padStart(6)} requests, ${(s.hits / s.n * 100).toFixed(0).padStart(3)}% from the cache, `
    + `${(s.us / s.n).toFixed(0).padStart(6)} µs each, ${(s.us / total * 100).toFixed(0).padStart(3)}% of the CPU`);
}
console.log(`all: ${(total / (cycles * 20)).toFixed(0)} µs of CPU a request`);
await app.close();
await db.close();
