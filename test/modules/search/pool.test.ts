import t from 'tap';
import { createSearchRepository, POOLS } from '../../../src/modules/search/repository.js';
import { publicAudience } from '../../../src/lib/reader.js';
import { parseQuery } from '../../../src/modules/search/query.js';
import { transactor } from '../../../src/db/repositories.js';
import { admin, article, makeApp, newsroom } from '../../helpers.js';

const DAY = 86_400_000;

t.test('only the newest matches are ranked: the pool bounds the work whatever the words', async (t) => {
  const { app, db, clock } = await makeApp(t);
  const { section, child } = await newsroom(app);
  const at = (days: number) => new Date(clock.now - days * DAY).toISOString();
  // Written oldest first, as a newsroom does; the oldest is the best match by far.
  const best = await article(app, { title: 'Budget budget budget', standfirst: 'Le budget.', sectionId: section.id, publishAt: at(9) });
  const middle = await article(app, { title: 'Un budget', sectionId: child.id, publishAt: at(8) });
  const newer = await article(app, { title: 'Autre chose', body: 'Le budget, enfin.', sectionId: section.id, publishAt: at(7) });
  const newest = await article(app, { title: 'Encore autre chose', body: 'Un mot du budget.', sectionId: section.id, publishAt: at(6) });
  const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
  const set = (...articles: Record<string, any>[]) => articles.map((a) => String(a.id)).sort();
  const params = { terms: parseQuery('budget '), filter: {}, audience: publicAudience(clock.now), limit: 10 };

  const all = await createSearchRepository(db.sql).search(params);
  t.equal(all[0].id, best.id, 'the best match first');
  t.same(ids(all), set(best, middle, newer, newest), 'every match ranks while there are fewer than the pool');
  t.same(ids(await createSearchRepository(db.sql, { pool: 2, poolFiltered: 3 }).search(params)), set(newer, newest), 'the two newest matches');
  const filtered = await createSearchRepository(db.sql, { pool: 2, poolFiltered: 3 }).search({ ...params, filter: { section: section.id } });
  t.same(ids(filtered), set(middle, newer, newest), 'with a filter, the deeper pool (the section includes its sub-section)');
  t.ok(POOLS.pool >= 1000 && POOLS.poolFiltered > POOLS.pool, 'the pools in use');
  const page = await createSearchRepository(db.sql).search({ ...params, limit: 3, snippets: 2 });
  t.same(page.map((r) => r.snippet !== ''), [true, true, false], 'the row past the page, fetched to tell that another follows, gets no snippet');

  // A rebuilt index walks in publication order, whatever the order of writing.
  const republished = await app.inject({ method: 'PATCH', url: `/v1/articles/${best.id}`, headers: admin, payload: { publishAt: at(1) } });
  t.equal(republished.statusCode, 200);
  const repo = createSearchRepository(db.sql, { pool: 2, poolFiltered: 3 });
  t.same(ids(await repo.search(params)), set(newer, newest), 'rowids keep the order of first indexing');
  await transactor(db)((tx) => tx.search.rebuild());
  t.same(ids(await repo.search(params)), set(best, newest), 'after a rebuild, the article published last is among the newest');
});
