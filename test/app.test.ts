import t from 'tap';
import { buildApp } from '../src/app.js';
import { TEST_ENV } from './helpers.js';
import { loadConfig } from '../src/config.js';
import { seedDemo } from '../src/db/seed/index.js';
import { freshDatabase, query } from './database.js';

t.test('an app that owns its database closes it last, after flushing pending views', async (t) => {
  const { db, dispose } = await freshDatabase();
  t.teardown(dispose);
  const config = loadConfig({ KIOSQUE_SEED: 'none', ...TEST_ENV });
  await seedDemo({ db, now: Date.now, config });
  const app = await buildApp({ config, db, ownsDatabase: true });
  const [first] = (await app.inject('/v1/articles?limit=1')).json().data;
  const res = await app.inject({ method: 'POST', url: `/v1/articles/${first.id}/views`, headers: { 'user-agent': 'Mozilla/5.0' } });
  t.equal(res.statusCode, 202);
  const views = async () => (await query<{ n: number }>(db, 'SELECT coalesce(sum(count), 0) AS n FROM article_views WHERE article_id = @id', { id: first.id }))[0].n;
  const counted = await views();
  let closed = false;
  const close = db.close.bind(db);
  // The pending view must be written before the database closes: the count is read as the close begins.
  let atClose = -1;
  db.close = async () => {
    atClose = await views();
    closed = true;
    return close();
  };
  await app.close();
  db.close = close;
  t.ok(closed, 'closed with the app');
  t.equal(atClose, counted + 1, 'the pending view was written first');
});
