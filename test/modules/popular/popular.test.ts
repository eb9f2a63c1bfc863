import t, { type Test } from 'tap';
import type { App } from '../../../src/app.js';
import { admin, article, create, makeApp, newsroom } from '../../helpers.js';
import { HOUR, popular, ranking, view } from './helpers.js';

const DAY = 24 * HOUR;

/** Counts `n` views of each article, then writes them. */
async function views(app: App, counts: [string, number][]) {
  for (const [id, n] of counts) for (let i = 0; i < n; i++) await view(app, id);
  await app.views.flush();
}

function isProblem(t: Test, res: { statusCode: number; headers: Record<string, unknown>; json(): any }, pointer: string) {
  t.equal(res.statusCode, 400);
  t.match(String(res.headers['content-type']), /^application\/problem\+json/);
  t.match(res.json(), { status: 400, code: 'VALIDATION_FAILED', errors: [{ pointer, in: 'query' }] });
}

t.test('visible articles ranked by views, ties newest first, in the list representation', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, author, tag } = await newsroom(app);
  const made = [];
  for (const title of ['Premier', 'Deuxième', 'Troisième', 'Quatrième']) {
    made.push(await article(app, { title, sectionId: section.id, authorIds: [author.id], tagIds: [tag.id] }));
    clock.advance(60_000);
  }
  const [a, b, c, d] = made.map((x) => x.id);
  await views(app, [[b, 1], [a, 3], [c, 1]]);
  const page = await popular(app);
  t.same(ranking(page), [[a, 3], [c, 1], [b, 1]], 'most read first; of two equals, the newer first; unread left out');
  t.notOk(page.data.some((x) => x.article.id === d));
  t.same(page.meta, { window: '24h', limit: 10 });

  const listed = (await app.inject('/v1/articles')).json().data;
  t.same(page.data[0].article, listed.find((x: { id: string }) => x.id === a), 'the same representation as GET /v1/articles items');
  t.equal(page.data[0].article.body, undefined, 'light: no body');
  t.match(page.data[0].article, { authors: [{ id: author.id }], tags: [{ id: tag.id }], section: { id: section.id } });

  const { app: empty } = await makeApp(t);
  t.same(await popular(empty), { data: [], meta: { window: '24h', limit: 10 } });
});

t.test('windows follow the clock across hours and days', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Au fil du temps', sectionId: section.id });
  const start = clock.now;
  await views(app, [[a.id, 2]]);
  clock.advance(HOUR);
  await views(app, [[a.id, 1]]);
  const count = async (window: string) => (await popular(app, `?window=${window}`)).data[0]?.views ?? 0;

  t.equal(await count('1h'), 3, 'the current hour and the one before');
  clock.now = start + 2 * HOUR - 1;
  t.equal(await count('1h'), 3, 'until the next hour begins');
  clock.now = start + 2 * HOUR;
  t.equal(await count('1h'), 1, 'then the first hour leaves the window');
  t.equal(await count('24h'), 3);
  const expectations: [number, Record<string, number>][] = [
    [DAY, { '1h': 0, '24h': 3, '7d': 3 }],
    [DAY + HOUR, { '24h': 1, '7d': 3 }],
    [DAY + 2 * HOUR, { '24h': 0, '7d': 3, '30d': 3 }],
    [7 * DAY + HOUR, { '7d': 1, '30d': 3 }],
    [7 * DAY + 2 * HOUR, { '7d': 0, '30d': 3 }],
    [30 * DAY + HOUR, { '30d': 1 }],
    [30 * DAY + 2 * HOUR, { '30d': 0 }],
  ];
  for (const [offset, expected] of expectations) {
    clock.now = start + offset;
    for (const [window, n] of Object.entries(expected)) t.equal(await count(window), n, `${window} at +${offset / HOUR}h`);
  }
  t.equal((await popular(app, '?window=7d')).meta.window, '7d');
});

t.test('section filter, by id or path, includes sub-sections', async (t) => {
  const { app } = await makeApp(t);
  const { section, child, other } = await newsroom(app);
  const grandchild = await create(app, '/v1/sections', { name: 'Robotique', parentId: child.id });
  const inParent = await article(app, { title: 'Parent', sectionId: section.id });
  const inChild = await article(app, { title: 'Enfant', sectionId: child.id });
  const inGrandchild = await article(app, { title: 'Petit-enfant', sectionId: grandchild.id });
  const elsewhere = await article(app, { title: 'Ailleurs', sectionId: other.id });
  await views(app, [[inParent.id, 1], [inChild.id, 2], [inGrandchild.id, 3], [elsewhere.id, 4]]);

  const ids = async (query: string) => (await popular(app, query)).data.map((x) => x.article.id);
  const all = [inGrandchild.id, inChild.id, inParent.id];
  t.same(await ids(`?section=${section.id}`), all);
  t.same(await ids(`?section=${section.path}`), all);
  t.same(await ids(`?section=${child.path}`), [inGrandchild.id, inChild.id]);
  t.same(await ids(`?section=${grandchild.id}`), [inGrandchild.id]);
  t.same(await ids(`?section=${other.path}`), [elsewhere.id]);
  t.same(await ids('?section=nulle-part'), [], 'an unknown section ranks nothing');
  t.same(await ids(''), [elsewhere.id, ...all]);
});

t.test('an article that stops being visible leaves the ranking at once', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const [a, b, c, d] = [
    await article(app, { title: 'Retiré', sectionId: section.id }),
    await article(app, { title: 'Archivé ensuite', sectionId: section.id }),
    await article(app, { title: 'Sous embargo ensuite', sectionId: section.id }),
    await article(app, { title: 'Toujours là', sectionId: section.id }),
  ];
  await views(app, [[a.id, 4], [b.id, 3], [c.id, 2], [d.id, 1]]);
  t.equal((await popular(app)).data.length, 4);
  const patch = (id: string, payload: object) => app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: admin, payload });
  await patch(a.id, { pubStatus: 'withheld' });
  await patch(b.id, { status: 'archived' });
  await patch(c.id, { embargoUntil: new Date(clock.now + HOUR).toISOString() });
  t.same(ranking(await popular(app)), [[d.id, 1]]);
  t.same(ranking(await popular(app, '', admin)), [[d.id, 1]], 'a preview key sees the readers’ ranking too');
  clock.advance(HOUR);
  t.same(ranking(await popular(app)), [[c.id, 2], [d.id, 1]], 'back once the embargo lifts');
});

t.test('limit is 1 to 50, 10 by default; window is one of 1h, 24h, 7d, 30d', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const made = [];
  for (let i = 0; i < 12; i++) made.push(await article(app, { title: `N${i}`, sectionId: section.id }));
  await views(app, made.map((a, i) => [a.id, i + 1] as [string, number]));
  t.equal((await popular(app)).data.length, 10);
  t.same(ranking(await popular(app, '?limit=1')), [[made[11].id, 12]]);
  t.same((await popular(app, '?limit=50')).meta, { window: '24h', limit: 50 });
  t.equal((await popular(app, '?limit=50')).data.length, 12);
  for (const limit of ['0', '51', '-1', '2.5', 'dix']) isProblem(t, await app.inject(`/v1/popular?limit=${limit}`), '/limit');
  for (const window of ['2h', '1d', '', 'all']) isProblem(t, await app.inject(`/v1/popular?window=${window}`), '/window');
  isProblem(t, await app.inject(`/v1/popular?section=${'x'.repeat(301)}`), '/section');
});

t.test('caching: validators follow the ranking and what each article shows', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'En tête', sectionId: section.id });
  await views(app, [[a.id, 2]]);
  const first = await app.inject('/v1/popular');
  const etag = first.headers.etag as string;
  t.match(etag, /^"[\w-]{22}"$/);
  t.equal(first.headers['cache-control'], 'public, max-age=30, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400', 'a list');
  t.equal(first.headers.vary, 'Authorization');
  t.same(String(first.headers['surrogate-key']).split(' ').sort(), ['articles', 'popular', 'refs', a.id].sort());
  t.equal((await app.inject('/v1/popular')).headers.etag, etag, 'stable while nothing changes');

  const again = await app.inject({ url: '/v1/popular', headers: { 'if-none-match': etag } });
  t.equal(again.statusCode, 304);
  t.equal(again.body, '');
  t.not((await app.inject('/v1/popular?limit=5')).headers.etag, etag, 'each query has its own validator');

  await views(app, [[a.id, 1]]);
  const counted = await app.inject({ url: '/v1/popular', headers: { 'if-none-match': etag } });
  t.equal(counted.statusCode, 200, 'new counts, new ETag');
  await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { title: 'Nouveau titre' } });
  const renamed = await app.inject({ url: '/v1/popular', headers: { 'if-none-match': counted.headers.etag as string } });
  t.equal(renamed.statusCode, 200, 'a changed article, new ETag');
  t.equal(renamed.json().data[0].article.title, 'Nouveau titre');

  t.equal((await app.inject({ url: '/v1/popular', headers: admin })).headers['cache-control'], 'private, no-store');
});
