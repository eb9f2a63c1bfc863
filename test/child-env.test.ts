import { spawnSync } from 'node:child_process';
import t from 'tap';
import { childEnv } from './helpers.js';

// Servers the suites start as child processes (bin/kiosque.js, compiled by tsx) must record no coverage:
// merged with the test processes' coverage of the same files at other byte offsets, theirs made the
// whole-run report wrong (see childEnv).
const report = 'console.log(JSON.stringify({ coverage: process.env._TAPJS_PROCESSINFO_COVERAGE_, options: process.env.NODE_OPTIONS ?? "" }))';

t.test('a child started with childEnv records no coverage, though tap puts its loader back into it', async (t) => {
  const child = JSON.parse(String(spawnSync(process.execPath, ['-e', report], { env: childEnv({ EXTRA: '1' }) }).stdout));
  t.equal(child.coverage, '0', 'processinfo in the child records no coverage');
  t.match(child.options, /@tapjs\/processinfo/, 'leaving NODE_OPTIONS out would not have kept the loader out');
  t.equal(childEnv({ EXTRA: '1' }).EXTRA, '1', 'with the variables asked for');
  t.notOk('NODE_V8_COVERAGE' in childEnv({}), 'nor Node\'s own coverage');
});
