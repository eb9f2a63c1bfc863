import t from 'tap';
import { createPoller, reportFailedTurn } from '../../src/lib/poller.js';

t.test('a poller runs on its interval, never twice at once, logs failures and stops after the run in flight', async (t) => {
  const calls: number[] = [];
  const errors: unknown[] = [];
  let active = 0;
  let release: () => void = () => {};
  const poller = createPoller(async () => {
    active++;
    t.equal(active, 1, 'runs never overlap');
    calls.push(calls.length);
    try {
      if (calls.length === 2) throw new Error('boom');
      if (calls.length === 3) await new Promise<void>((resolve) => { release = resolve; });
    } finally {
      active--;
    }
  }, 5, (err) => errors.push(err));
  await poller.run();
  poller.start();
  poller.start();
  await new Promise((resolve) => setTimeout(resolve, 40));
  t.match(errors, [{ message: 'boom' }], 'a failed run is reported, and polling goes on');
  const stopping = poller.stop();
  let stopped = false;
  void stopping.then(() => { stopped = true; });
  await new Promise((resolve) => setTimeout(resolve, 20));
  t.equal(stopped, false, 'stop waits for the run in flight');
  release();
  await stopping;
  const count = calls.length;
  await new Promise((resolve) => setTimeout(resolve, 20));
  t.equal(calls.length, count, 'and nothing runs after it');
  await t.rejects(createPoller(() => { throw new Error('now'); }, 5, () => {}).run(), /now/, 'run() rejects with its error');
});

t.test('a turn failed because another process holds the database is a warning; any other failure an error', async (t) => {
  const logged: [string, unknown, string][] = [];
  const log = {
    warn: (obj: object, msg: string) => logged.push(['warn', obj, msg]),
    error: (obj: object, msg: string) => logged.push(['error', obj, msg]),
  };
  const report = reportFailedTurn(log, 'job failed');
  const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
  report(busy);
  report(Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR' }));
  report(new Error('boom'));
  report(null);
  t.same(logged.map(([level, , msg]) => [level, msg]), [
    ['warn', 'job failed: another process holds the database; trying again next turn'],
    ['error', 'job failed'], ['error', 'job failed'], ['error', 'job failed'],
  ]);
  t.equal((logged[0][1] as { err: unknown }).err, busy, 'with the error');
});
