// CPU per article write through app.inject: the mixed profile's write (a PATCH of the standfirst, half
// with If-Match), over the newest 100 articles in turn, as bench/scenarios.ts sends it. CPU time, not wall
// time, so that a shared machine's load falls outside the figure; medians of 5 rounds. It writes to the
// database: give it a copy. With `node --cpu-prof` (through tsx), the profile says where the time goes.
// Usage: npx tsx bench/write-cost.ts <database file> [writes a round = 300] [rounds = 5]
import { ADMIN, openApp } from './in-process.js';

const { app, db, newest: articles } = await openApp(process.argv[2]);
const headers = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
const ids = articles.map((a) => a.id);
const n = Number(process.argv[3] ?? 300);
let count = 0;

async function patch(id: string, ifMatch: boolean) {
  const etag = ifMatch ? (await app.inject({ url: `/v1/articles/${id}` })).headers.etag as string : undefined;
  const res = await app.inject({
    method: 'PATCH', url: `/v1/articles/${id}`, headers: { ...headers, ...(etag && { 'if-match': etag }) },
    payload: JSON.stringify({ standfirst: `Révision ${++count} : le texte a été corrigé et complété.` }),
  });
  if (res.statusCode !== 200) throw new Error(`PATCH ${id}: ${res.statusCode} ${res.body}`);
}

async function round() {
  let cpu = 0;
  for (let i = 0; i < n; i++) {
    const id = ids[i % ids.length];
    // The read that gives If-Match its ETag is not counted: only the write.
    const etag = i % 2 === 0 ? (await app.inject({ url: `/v1/articles/${id}` })).headers.etag as string : undefined;
    const start = process.cpuUsage();
    const res = await app.inject({
      method: 'PATCH', url: `/v1/articles/${id}`, headers: { ...headers, ...(etag && { 'if-match': etag }) },
      payload: JSON.stringify({ standfirst: `Révision ${++count} : le texte a été corrigé et complété.` }),
    });
    const { user, system } = process.cpuUsage(start);
    if (res.statusCode !== 200) throw new Error(`PATCH ${id}: ${res.statusCode} ${res.body}`);
    cpu += user + system;
  }
  return cpu / n;
}

// Each article's first edit changes its standfirst's length (and purges every search): not what is measured.
for (const id of ids) await patch(id, false);
const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rounds: number[] = [];
for (let r = 0; r < Number(process.argv[4] ?? 5); r++) rounds.push(await round());
console.log(`${db.dialect.name}: a PATCH of the standfirst costs ${median(rounds).toFixed(0)} µs of CPU (rounds: ${rounds.map((x) => x.toFixed(0)).join(', ')})`);
await app.close();
await db.close();
