import { join } from 'node:path';
import t from 'tap';
import { run } from '../../../src/cli/index.js';
import { buildApp } from '../../../src/app.js';
import { TEST_ENV, tempDir } from '../../helpers.js';
import { loadConfig } from '../../../src/config.js';
import { exec, freshDatabase } from '../../database.js';

function capture() {
  const lines: string[] = [];
  return { lines, out: (line: string) => lines.push(line) };
}

t.test('kiosque search reindex rebuilds the index from the articles', async (t) => {
  const { db, url, dispose } = await freshDatabase({ sqlite: join(tempDir('search'), 'k.db') });
  t.teardown(dispose);
  const env = { DATABASE_URL: url, KIOSQUE_SEED: 'none' };
  t.equal(await run(['seed'], env, capture().out), 0);

  // Lose the index, as a database from before search would have none.
  if (db.dialect.name === 'sqlite') await exec(db, `INSERT INTO article_fts (article_fts) VALUES ('delete-all')`);
  await exec(db, 'DELETE FROM article_search');

  const c = capture();
  t.equal(await run(['search', 'reindex'], env, c.out), 0);
  t.same(c.lines, ['search index rebuilt: 40 articles']);

  const app = await buildApp({ config: loadConfig({ ...env, ...TEST_ENV }), db });
  t.teardown(() => app.close());
  const res = await app.inject({ url: '/v1/search?q=intelligence%20artificielle' });
  t.equal(res.statusCode, 200);
  t.ok(res.json().data.length > 0, 'the demo newsroom is searchable');
});

t.test('search needs a subcommand', async (t) => {
  const c = capture();
  const env = { DATABASE_URL: `file:${join(tempDir('search'), 'k.db')}`, KIOSQUE_SEED: 'none' };
  t.equal(await run(['search'], env, c.out), 2);
  t.match(c.lines[0], /search reindex/);
  t.equal(await run(['search', 'rebuild-everything'], env, capture().out), 2);
});
