// CPU the related refresh spends per edited article: the newest 100 articles' standfirsts rewritten, then
// their bodies, then their standfirsts again with only a number changed (what the benchmark's mixed profile
// sends), each pass followed by refresh turns until the change feed is read (the app's own turns kept
// out). It writes to the database: give it a copy. Usage: npx tsx bench/refresh-cost.ts <database file>
import { createRepositories, transactor } from '../src/db/repositories.js';
import { RELATED_CURSOR, refreshRelated } from '../src/modules/related/refresh.js';
import { ADMIN, openApp } from './in-process.js';

const { app, db, newest } = await openApp(process.argv[2], { KIOSQUE_RELATED_REFRESH_MS: '3600000' });
const repos = createRepositories(db.sql);
const deps = { repos, transaction: transactor(db), now: () => Date.now() };
const headers = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };

/** Refresh turns until the cursor stops moving; how many sets they computed. */
async function drain() {
  let computed = 0;
  for (let cursor = await repos.changes.cursor(RELATED_CURSOR); ;) {
    computed += await refreshRelated(deps, true);
    const next = await repos.changes.cursor(RELATED_CURSOR);
    if (next === cursor) return computed;
    cursor = next;
  }
}

await drain();
const passes = {
  'standfirsts rewritten': (i: number) => ({ standfirst: `Un chapeau réécrit pour l’article ${i}, avec d’autres mots.` }),
  'bodies rewritten': (i: number) => ({ body: `Un corps réécrit, version ${i}.\n\nUn paragraphe de plus.` }),
  'a number in the standfirst': (i: number) => ({ standfirst: `Un chapeau réécrit pour l’article ${i + 1000}, avec d’autres mots.` }),
};
for (const [name, payload] of Object.entries(passes)) {
  for (const [i, { id }] of newest.entries()) {
    const res = await app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers, payload: JSON.stringify(payload(i)) });
    if (res.statusCode !== 200) throw new Error(`PATCH ${id}: ${res.statusCode} ${res.body}`);
  }
  const start = process.cpuUsage();
  const computed = await drain();
  const { user, system } = process.cpuUsage(start);
  console.log(`${name}: ${computed} of ${newest.length} articles computed again, ${((user + system) / newest.length / 1000).toFixed(2)} ms of CPU an edited article`);
}
await app.close();
await db.close();
