import { existsSync, readFileSync } from 'node:fs';
import t from 'tap';
import { makeApp } from '../helpers.js';
import { replenish, seedNewsroom } from './newsroom.js';
import { fuzzOperation, seedFor, summarise } from './run.js';
import { createChecker, documentedKey, operationsOf, resolver } from './spec.js';
import { elsewhere, producedElsewhere } from './statuses.js';

// Replay a failing run: FUZZ_SEED=<seed> npx tap --disable-coverage test/fuzz/fuzz.test.ts
// Dig deeper with other seeds and more requests: FUZZ_SEED=7 FUZZ_RUNS=3000 (and a longer --timeout).
const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261126);
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

// Building an app compiles every route's schemas (over a second on a busy machine), so all
// operations share one seeded app. Reads go first, deletions last, so that earlier operations
// meet the whole newsroom; the order and every request follow from the seed, so a run replays.
const order = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
const doc = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'));
const operations = operationsOf(doc).sort((a, b) => order.indexOf(a.method) - order.indexOf(b.method));
const check = createChecker(doc);
const produced = new Map<string, Set<number>>();

t.setTimeout(240_000 * Math.max(1, RUNS / 300));
const { app, clock } = await makeApp(t);
const newsroom = await seedNewsroom(app, clock.now);
const ctx = {
  resolve: resolver(doc),
  known: newsroom.known,
  // `sectionId`, `authorIds`, `articles/idOrSlug`, `keys/id`… name the kind of thing they refer to.
  knownFor: (name: string) => Object.entries(newsroom.byKind).filter(([kind]) => name.toLowerCase().includes(kind)).flatMap(([, values]) => values),
};

for (const op of operations) {
  t.test(`${op.id} (${op.method} ${op.path}): ${RUNS} fuzzed requests`, async (t) => {
    if (op.method !== 'GET') await replenish(app, newsroom, operations.indexOf(op));
    const seed = seedFor(BASE_SEED, op.id);
    const result = await fuzzOperation(app, op, check, { ctx, callers: newsroom.callers, seed, runs: RUNS });
    produced.set(op.id, result.statuses);
    t.ok(result.sent >= RUNS, `${result.sent} requests sent`);
    t.equal(result.failures.length, 0, `no 5xx and every answer as documented (FUZZ_SEED=${BASE_SEED}, operation seed ${seed})\n${summarise(result.failures)}`);
    t.comment(`${op.id}: statuses ${[...result.statuses].sort().join(', ')}`);
  });
}

t.test('every documented status is produced by the fuzzer or, as listed in statuses.ts, by another test', async (t) => {
  const orphans: string[] = [];
  for (const op of operations) {
    for (const key of Object.keys(op.responses)) {
      const fuzzed = [...produced.get(op.id)!].some((s) => documentedKey(op, s) === key);
      const listed = producedElsewhere(op.id, key);
      if (!fuzzed && listed === undefined) orphans.push(`${op.id} ${key}`);
      if (listed?.test) t.ok(existsSync(new URL(`../../${listed.test}`, import.meta.url)), `${listed.test} exists`);
    }
  }
  t.same(orphans, [], 'documented statuses nobody produces: make the fuzzer reach them or list them in test/fuzz/statuses.ts');
});

t.test('every entry of statuses.ts names a status its operation documents', async (t) => {
  for (const entry of elsewhere.filter((e) => e.operation !== '*')) {
    const op = operations.find((o) => o.id === entry.operation);
    t.ok(op?.responses[entry.status], `${entry.operation} documents ${entry.status}`);
  }
});
