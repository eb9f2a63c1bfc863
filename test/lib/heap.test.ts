import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { childEnv } from '../helpers.js';

t.test('a lean heap holds a batch job\'s heap nearer what is live', async (t) => {
  const churn = fileURLToPath(new URL('../fixtures/heap/churn.ts', import.meta.url));
  // In processes of their own (flags are the process's).
  const grown = (loader: string[], ...args: string[]) => {
    // Under tsx, no coverage: its offsets are not those of this test's loader (helpers.ts, childEnv).
    const env = loader === process.execArgv ? process.env : childEnv({});
    const { stdout, status } = spawnSync(process.execPath, [...loader, churn, ...args], { encoding: 'utf8', env });
    t.equal(status, 0);
    return JSON.parse(stdout) as { young: number; old: number };
  };
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  // Under this test's own loader, whose start has grown the young generation to its largest already.
  const [lean, usual] = [grown(process.execArgv, 'lean'), grown(process.execArgv)];
  t.ok(lean.old < 0.75 * usual.old, `the old generation grew ${mb(lean.old)}, ${mb(usual.old)} with V8's defaults`);
  // Under tsx, which leaves the young generation as V8 starts it.
  const [leanYoung, usualYoung] = [grown(['--import', 'tsx'], 'lean').young, grown(['--import', 'tsx']).young];
  t.ok(leanYoung < usualYoung / 4, `the young generation grew ${mb(leanYoung)}, ${mb(usualYoung)} with V8's defaults`);
});
