// CPU per body edit through app.inject: a PATCH of each of the newest 100 articles' Markdown with a sentence
// added, as the benchmark's edits row sends it, and where that CPU goes by thread (the main thread, the
// render worker, V8's helper threads), read from /proc/self/task (Linux). It writes to the database: give
// it a copy. Usage: npx tsx bench/edit-cost.ts <database file> [edits = 100]
import { readdirSync, readFileSync } from 'node:fs';
import { ADMIN, openApp } from './in-process.js';

/** Each thread's CPU time in ms, by name and id (clock ticks of 10 ms). */
function threads(): Map<string, number> {
  return new Map(readdirSync('/proc/self/task').map((id) => {
    const fields = readFileSync(`/proc/self/task/${id}/stat`, 'utf8').split(') ')[1].split(' ');
    return [`${readFileSync(`/proc/self/task/${id}/comm`, 'utf8').trim()} ${id}`, (Number(fields[11]) + Number(fields[12])) * 10];
  }));
}

const { app, db, newest } = await openApp(process.argv[2]);
const n = Number(process.argv[3] ?? 100);
const headers = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
const bodies = new Map<string, string>();
for (const { id } of newest) bodies.set(id, (await app.inject(`/v1/articles/${id}?format=markdown`)).json().body.markdown);

const edit = async (i: number) => {
  const id = newest[i % newest.length].id;
  const res = await app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers, payload: JSON.stringify({ body: `${bodies.get(id)}\n\nMise à jour n° ${i}.` }) });
  if (res.statusCode !== 200) throw new Error(`PATCH ${id}: ${res.statusCode} ${res.body}`);
};
// A few unmeasured, as the benchmark's warm-up.
for (let i = 0; i < 10; i++) await edit(i);
const before = threads();
const start = process.cpuUsage();
for (let i = 0; i < n; i++) await edit(10 + i);
const { user, system } = process.cpuUsage(start);
console.log(`a PATCH of the body costs ${((user + system) / n / 1000).toFixed(1)} ms of CPU, by thread:`);
for (const [name, ms] of threads()) {
  const spent = (ms - (before.get(name) ?? 0)) / n;
  if (spent >= 0.1) console.log(`  ${name}: ${spent.toFixed(1)} ms`);
}
await app.close();
await db.close();
