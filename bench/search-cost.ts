// CPU per uncached search through app.inject (no response cache), snippets included: the benchmark's 19
// queries, then queries never seen before (two words of five letters or more from the titles of random
// articles, a new pair each time). CPU time of the process, not wall time, so that a shared machine's
// load stays mostly outside the figure (wrk at 50 connections on a busy 2-core machine measured load
// shedding, not search). Median and p99 of each set over `--rounds` rounds.
// Usage: npx tsx bench/search-cost.ts --db /tmp/kiosque-100k.db [--rounds 5]
import { parseArgs } from 'node:util';
import { uncachedApp } from './in-process.js';
import { tokens } from '../src/modules/search/text.js';
import { prng } from './text.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, rounds: { type: 'string', default: '5' } } });
const { app, db } = await uncachedApp(values.db);

const known = ['recrutement', 'élections', 'climat', 'budget', 'intelligence', 'salaires', 'rugby', 'énergie', 'logement', 'festival',
  'salaires industrie', 'chercheurs laboratoires', 'budget assemblée', 'climat villes', 'rugby france',
  '"intelligence artificielle"', '"assemblée nationale"', '"premiers romans"', '"pompes à chaleur"'];
const random = prng(7);
const titles = (await db.sql.all<{ title: string }>('SELECT title FROM articles ORDER BY id')).map((r) => tokens(r.title).filter((w) => w.length >= 5));
const fresh = new Set<string>();
const rounds = Number(values.rounds);
while (fresh.size < known.length * rounds) {
  const words = titles[Math.floor(random() * titles.length)];
  if (words.length >= 2) fresh.add(`${words[Math.floor(random() * words.length)]} ${words[Math.floor(random() * words.length)]}`);
}

async function cpu(q: string): Promise<number> {
  const start = process.cpuUsage();
  const res = await app.inject(`/v1/search?q=${encodeURIComponent(q)}`);
  const { user, system } = process.cpuUsage(start);
  if (res.statusCode !== 200) throw new Error(`${q}: ${res.statusCode} ${res.body}`);
  return user + system;
}
const at = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const show = (name: string, xs: number[]) => console.log(`${name}: median ${(at(xs, 0.5) / 1000).toFixed(2)} ms, p99 ${(at(xs, 0.99) / 1000).toFixed(2)} ms of CPU (${xs.length} searches)`);

for (const q of known) await cpu(q); // warm-up: the first requests compile the hot code
const seen: number[] = [];
for (let r = 0; r < rounds; r++) for (const q of known) seen.push(await cpu(q));
const never: number[] = [];
for (const q of fresh) never.push(await cpu(q));
show('the benchmark\'s 19 queries, in turn', seen);
show('queries never seen before', never);
await app.close();
await db.close();
