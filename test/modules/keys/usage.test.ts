import t from 'tap';
import { createUsageRecorder, type KeyUse } from '../../../src/modules/keys/usage.js';

t.test('usage is counted per key and day, written in one batch, and a failed batch is logged, not retried', async (t) => {
  const batches: KeyUse[][] = [];
  const errors: unknown[] = [];
  let fail = false;
  let now = Date.parse('2026-06-01T23:59:59Z');
  const usage = createUsageRecorder({
    write: async (batch) => {
      if (fail) throw new Error('disk full');
      batches.push(batch);
    },
    now: () => now,
    log: { error: (...args: unknown[]) => errors.push(args) },
  });
  usage.record('key_a');
  usage.record('key_a');
  now += 1000;
  usage.record('key_a');
  await usage.flush();
  t.same(batches, [[
    { keyId: 'key_a', day: 20605, count: 2, lastUsedAt: Date.parse('2026-06-01T23:59:59Z') },
    { keyId: 'key_a', day: 20606, count: 1, lastUsedAt: Date.parse('2026-06-02T00:00:00Z') },
  ]], 'one counter per UTC day');
  await usage.flush();
  t.equal(batches.length, 1, 'nothing pending, nothing written');
  fail = true;
  usage.record('key_b');
  await usage.flush();
  t.equal(errors.length, 1, 'the failure is logged');
  fail = false;
  await usage.flush();
  t.equal(batches.length, 1, 'the failed batch is dropped, not retried');
});
