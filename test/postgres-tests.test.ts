import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';

// The PostgreSQL pass of `npm test` runs the test files test/postgres-tests.json names (see test/suite.mjs).
// tap passes over a glob that names nothing: a file renamed or moved would leave that pass without a word.
const root = new URL('..', import.meta.url).pathname;
const globs: string[] = JSON.parse(readFileSync(join(root, 'test/postgres-tests.json'), 'utf8'));

/** The paths a glob of that list stands for: `{a,b}` alternatives, and `*` within one file name. */
function expand(glob: string): string[] {
  const braces = /\{([^}]+)\}/.exec(glob);
  if (braces) return braces[1].split(',').flatMap((choice) => expand(glob.replace(braces[0], choice)));
  const star = glob.lastIndexOf('*');
  if (star < 0) return existsSync(join(root, glob)) ? [glob] : [];
  const dir = glob.slice(0, glob.lastIndexOf('/', star));
  const pattern = new RegExp(`^${glob.slice(dir.length + 1).replace(/\./g, '\\.').replace('*', '.*')}$`);
  return existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((name) => pattern.test(name)).map((name) => `${dir}/${name}`) : [];
}

t.test('every glob of the PostgreSQL pass, and each of its alternatives, names test files', async (t) => {
  for (const glob of globs) {
    const alternatives = /\{([^}]+)\}/.exec(glob)?.[1].split(',').map((choice) => glob.replace(/\{[^}]+\}/, choice)) ?? [glob];
    for (const alternative of alternatives) t.ok(expand(alternative).some((file) => file.endsWith('.test.ts')), alternative);
  }
  t.ok(expand('test/modules/{changes,search}/*.test.ts').includes('test/modules/search/sync.test.ts'), 'the expansion finds files');
  t.same(expand('test/modules/{nothing,none}/*.test.ts'), [], 'and only them');
});
