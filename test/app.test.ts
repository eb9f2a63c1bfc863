import { join } from 'node:path';
import t from 'tap';
import { buildApp } from '../src/app.js';
import { TEST_ENV, tempDir } from './helpers.js';
import { loadConfig } from '../src/config.js';
import { migrateDatabase, openDatabase } from '../src/db/connection.js';
import { seedDemo } from '../src/db/seed/index.js';
import { createRepositories } from '../src/db/repositories.js';

t.test('an app that owns its database closes it last, after flushing pending views', async (t) => {
  const file = join(tempDir('app'), 'k.db');
  const db = openDatabase(file);
  migrateDatabase(db);
  const config = loadConfig({ KIOSQUE_SEED: 'none', ...TEST_ENV });
  seedDemo({ db, repos: createRepositories(db), now: Date.now, config });
  const app = await buildApp({ config, db, ownsDatabase: true });
  const [first] = (await app.inject('/v1/articles?limit=1')).json().data;
  const res = await app.inject({ method: 'POST', url: `/v1/articles/${first.id}/views`, headers: { 'user-agent': 'Mozilla/5.0' } });
  t.equal(res.statusCode, 202);
  const before = openDatabase(file).$client.prepare('select coalesce(sum(count), 0) from article_views where article_id = ?').pluck();
  const counted = before.get(first.id) as number;
  await app.close();
  t.equal(db.$client.open, false, 'closed with the app');
  t.equal(before.get(first.id), counted + 1, 'the pending view was written first');
});
