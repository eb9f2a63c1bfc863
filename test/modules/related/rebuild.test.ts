import { join } from 'node:path';
import t from 'tap';
import { run } from '../../../src/cli/index.js';
import { freshDatabase, query } from '../../database.js';
import { tempDir } from '../../helpers.js';

function capture() {
  const lines: string[] = [];
  return { lines, out: (line: string) => lines.push(line) };
}

t.test('kiosque related rebuild stores every published article\'s candidates', async (t) => {
  const { db, url, dispose } = await freshDatabase({ sqlite: join(tempDir('related'), 'k.db') });
  t.teardown(dispose);
  const env = { DATABASE_URL: url, KIOSQUE_SEED: 'none' };
  t.equal(await run(['seed'], env, capture().out), 0);
  const published = await query<{ n: unknown }>(db, 'SELECT count(*) AS n FROM articles WHERE publish_at IS NOT NULL');
  const c = capture();
  t.equal(await run(['related', 'rebuild'], env, c.out), 0);
  t.same(c.lines, [`related candidates stored: ${Number(published[0].n)} articles`]);
  const stored = await query<{ n: unknown }>(db, 'SELECT count(*) AS n FROM related_sets');
  t.equal(Number(stored[0].n), Number(published[0].n));
  const candidates = await query<{ n: unknown }>(db, 'SELECT count(*) AS n FROM related_candidates');
  t.ok(Number(candidates[0].n) > Number(published[0].n), 'with their candidates');
});

t.test('related needs a subcommand', async (t) => {
  const env = { DATABASE_URL: `file:${join(tempDir('related'), 'k.db')}`, KIOSQUE_SEED: 'none' };
  const c = capture();
  t.equal(await run(['related'], env, c.out), 2);
  t.match(c.lines[0], /related rebuild/);
});
