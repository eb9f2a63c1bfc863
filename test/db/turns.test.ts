import t from 'tap';
import { openDatabase } from '../../src/db/connection.js';
import type { Repositories, Transactor } from '../../src/db/repositories.js';
import { recordTransitions } from '../../src/modules/changes/schedule.js';
import { createDeliveryWorker } from '../../src/modules/webhooks/worker.js';

// What only PostgreSQL reaches in the suite's runs, here without a server, so that `npm test` on a machine
// without PostgreSQL covers it too: a turn another instance holds, and a pool's default size.

/** A transactor whose changes repository says another instance has the turn, and fails on anything else. */
const turnTaken = ((work: (repos: Repositories) => Promise<unknown>) => work({
  changes: { takeTurn: async () => false },
} as unknown as Repositories)) as unknown as Transactor;

t.test('a turn another instance holds is left to it', async (t) => {
  t.equal(await recordTransitions({ transaction: turnTaken, now: () => 1 }), 0, 'no transition recorded');
  const worker = createDeliveryWorker({ transaction: turnTaken } as unknown as Parameters<typeof createDeliveryWorker>[0], { timeoutMs: 1000, retryMs: 1000, maxAttempts: 1, allowLoopback: false });
  t.equal(await worker.fanOut(), false, 'no delivery fanned out, and no more to look for');
});

t.test('a PostgreSQL URL opens a pool, connecting only when used', async (t) => {
  for (const options of [{}, { pool: 3 }]) {
    const db = openDatabase('postgres://nobody:secret@127.0.0.1:9/none', options);
    t.equal(db.dialect.name, 'postgres', JSON.stringify(options));
    await db.close();
  }
});
