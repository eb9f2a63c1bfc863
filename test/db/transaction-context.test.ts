import t from 'tap';
import { transactionContext } from '../../src/db/transaction-context.js';

const tick = () => new Promise((resolve) => setImmediate(resolve));

t.test('work a transaction left running no longer counts as inside it once it has ended', async (t) => {
  const context = transactionContext<string>();
  let release!: () => void;
  const gate = new Promise<void>((resolve) => { release = resolve; });
  let later: string | undefined = 'not run';
  const inside = await context.run('tx', async () => {
    // Started inside, runs after: with the storage left enabled, it would still see the transaction.
    void gate.then(() => { later = context.getStore(); });
    return context.getStore();
  });
  t.equal(inside, 'tx');
  release();
  await tick();
  t.equal(later, undefined);
  t.equal(context.getStore(), undefined);
});

t.test('transactions open together each keep their own until the last one ends', async (t) => {
  const context = transactionContext<string>();
  let endFirst!: () => void;
  const firstEnds = new Promise<void>((resolve) => { endFirst = resolve; });
  const first = context.run('a', async () => {
    await firstEnds;
    return context.getStore();
  });
  const seenBySecond: (string | undefined)[] = [];
  const second = context.run('b', async () => {
    seenBySecond.push(context.getStore());
    await first;
    await tick();
    seenBySecond.push(context.getStore());
  });
  endFirst();
  t.equal(await first, 'a');
  await second;
  t.same(seenBySecond, ['b', 'b'], 'the second still sees its own after the first ended');
  await t.rejects(context.run('c', async () => { throw new Error('refused'); }), /refused/);
  t.equal(context.getStore(), undefined);
});
