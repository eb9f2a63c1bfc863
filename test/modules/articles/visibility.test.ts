import t from 'tap';
import type { App } from '../../../src/app.js';
import { admin, article, create, makeApp, newsroom } from '../../helpers.js';

const HOUR = 3_600_000;
const START = Date.parse('2026-06-01T08:00:00Z');
const iso = (ms: number) => new Date(ms).toISOString();

async function keyWith(app: App, scopes: string[]) {
  const key = await create(app, '/v1/keys', { name: `key ${scopes.join(' ')}`, scopes });
  return { authorization: `Bearer ${key.key}` };
}

const patch = (app: App, id: string, payload: object) =>
  app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: admin, payload });

const HIDDEN = ['draft', 'scheduled', 'archived', 'withheld', 'canceled', 'embargoed'] as const;
type Hidden = (typeof HIDDEN)[number];

/**
 * A published article linking to one published article, one external page,
 * and six articles that were published when linked and have since been
 * hidden each in its own way.
 */
async function newsroomWithSecrets(app: App) {
  const { section } = await newsroom(app);
  const visible = await article(app, { title: 'Visible', sectionId: section.id });
  const friend = await article(app, { title: 'Ami visible', sectionId: section.id });
  const hidden = {} as Record<Hidden, Record<string, any>>;
  for (const name of HIDDEN) hidden[name] = await article(app, { title: `Secret ${name}`, sectionId: section.id });
  const put = await app.inject({
    method: 'PUT', url: `/v1/articles/${visible.id}/links`, headers: admin,
    payload: { links: [
      { kind: 'article', articleId: friend.id },
      ...HIDDEN.map((name) => ({ kind: 'article', articleId: hidden[name].id })),
      { kind: 'external', url: 'https://example.org/', title: 'Ailleurs' },
    ] },
  });
  if (put.statusCode !== 200) throw new Error(put.body);
  const later = iso(START + HOUR);
  const changes: Record<Hidden, object> = {
    draft: { status: 'draft' },
    scheduled: { status: 'scheduled', publishAt: later },
    archived: { status: 'archived' },
    withheld: { pubStatus: 'withheld' },
    canceled: { pubStatus: 'canceled' },
    embargoed: { embargoUntil: later },
  };
  for (const name of HIDDEN) {
    const res = await patch(app, hidden[name].id, changes[name]);
    if (res.statusCode !== 200) throw new Error(res.body);
    hidden[name] = res.json();
  }
  return { section, visible, friend, hidden };
}

t.test('hidden articles never reach anonymous readers or content:read keys', async (t) => {
  const { app } = await makeApp(t);
  const { visible, friend, hidden } = await newsroomWithSecrets(app);
  const reader = await keyWith(app, ['content:read']);
  const secretIds = HIDDEN.map((name) => hidden[name].id);

  for (const [who, headers] of [['anonymous', {}], ['content:read', reader]] as const) {
    t.test(who, async (t) => {
      const get = (url: string, extra: Record<string, string> = {}) => app.inject({ url, headers: { ...headers, ...extra } });
      const page = (await get('/v1/articles?limit=100&include=links')).json();
      t.same(page.data.map((a: any) => a.id), [friend.id, visible.id], 'the list holds only what is published');
      t.same(page.data[1].links.map((l: any) => l.article?.id ?? l.url), [friend.id, 'https://example.org/'], 'list links too');
      t.same((await get('/v1/articles?sort=oldest&fields=id')).json().data, [{ id: visible.id }, { id: friend.id }]);
      t.same((await get('/v1/articles?section=actualites&fields=id')).json().data.length, 2);

      for (const name of HIDDEN) {
        const a = hidden[name];
        for (const url of [`/v1/articles/${a.id}`, `/v1/articles/${a.slug}`, `/v1/articles/${a.id}/links`, `/v1/articles/${a.slug}/links`]) {
          const res = await get(url);
          t.equal(res.statusCode, 404, `${name}: ${url}`);
          t.equal(res.json().code, 'NOT_FOUND');
        }
        t.equal((await get(`/v1/articles/${a.id}`, { 'if-none-match': '*' })).statusCode, 404, `${name}: not even a 304`);
        t.equal((await get(`/v1/articles/${a.id}?fields=id`, { 'if-modified-since': new Date(START + 10 * HOUR).toUTCString() })).statusCode, 404);
      }

      const links = (await get(`/v1/articles/${visible.id}/links`)).json().data;
      t.same(links.map((l: any) => l.article?.id ?? l.url), [friend.id, 'https://example.org/'], 'GET …/links leaves hidden targets out');
      t.same(links.map((l: any) => l.position), [0, 7], 'positions are the stored ones');
      const included = (await get(`/v1/articles/${visible.id}?include=links`)).json().links;
      t.same(included, links, 'include=links agrees with GET …/links');
      const body = JSON.stringify([page, links, included]);
      for (const id of secretIds) t.notMatch(body, id, 'no hidden id anywhere');
      t.notMatch(body, /Secret/, 'no hidden title anywhere');
    });
  }
});

t.test('a content:preview key sees everything, never cached publicly', async (t) => {
  const { app } = await makeApp(t);
  const { visible, friend, hidden } = await newsroomWithSecrets(app);
  for (const headers of [await keyWith(app, ['content:preview']), admin]) {
    const page = (await app.inject({ url: '/v1/articles?limit=100', headers })).json();
    t.same(new Set(page.data.map((a: any) => a.id)), new Set([visible.id, friend.id, ...HIDDEN.map((n) => hidden[n].id)]));
    for (const name of HIDDEN) {
      const res = await app.inject({ url: `/v1/articles/${hidden[name].slug}`, headers });
      t.equal(res.statusCode, 200, name);
      t.equal(res.headers['cache-control'], 'private, no-store');
      t.equal(res.json().id, hidden[name].id);
      t.equal((await app.inject({ url: `/v1/articles/${hidden[name].id}/links`, headers })).statusCode, 200);
    }
    t.match((await app.inject({ url: `/v1/articles/${hidden.draft.id}`, headers })).json(), { status: 'draft', publishedAt: null });
    t.match((await app.inject({ url: `/v1/articles/${hidden.scheduled.id}`, headers })).json(), { status: 'scheduled', publishedAt: null });
    t.match((await app.inject({ url: `/v1/articles/${hidden.archived.id}`, headers })).json(), { status: 'archived' });
    t.match((await app.inject({ url: `/v1/articles/${hidden.withheld.id}`, headers })).json(), { status: 'published', pubStatus: 'withheld' });
    t.match((await app.inject({ url: `/v1/articles/${hidden.canceled.id}`, headers })).json(), { pubStatus: 'canceled' });
    const links = (await app.inject({ url: `/v1/articles/${visible.id}/links`, headers })).json().data;
    t.same(links.map((l: any) => l.article?.id ?? l.url), [friend.id, ...HIDDEN.map((n) => hidden[n].id), 'https://example.org/']);
    const included = (await app.inject({ url: `/v1/articles/${visible.id}?include=links`, headers })).json().links;
    t.same(included, links);
  }
});

t.test('a scheduled article and an embargoed one appear at their time, with nothing running', async (t) => {
  const { app, clock } = await makeApp(t);
  const { visible, friend, hidden } = await newsroomWithSecrets(app);
  const preview = await keyWith(app, ['content:preview']);
  const at = START + HOUR;
  const previewTag = (await app.inject({ url: `/v1/articles/${hidden.scheduled.id}`, headers: preview })).headers.etag;

  clock.now = at - 1;
  t.same((await app.inject({ url: '/v1/articles?fields=id' })).json().data, [{ id: friend.id }, { id: visible.id }], 'not a millisecond early');
  t.equal((await app.inject({ url: `/v1/articles/${hidden.scheduled.id}` })).statusCode, 404);

  clock.now = at;
  const ids = (await app.inject({ url: '/v1/articles?fields=id,status' })).json().data;
  t.same(ids, [
    { id: hidden.scheduled.id, status: 'published' }, { id: hidden.embargoed.id, status: 'published' },
    { id: friend.id, status: 'published' }, { id: visible.id, status: 'published' },
  ], 'the scheduled article leads the list at its time; the embargoed one takes its place by publication time');
  t.same((await app.inject({ url: `/v1/articles?since=${iso(START)}&fields=id` })).json().data.length, 4);
  const got = await app.inject({ url: `/v1/articles/${hidden.scheduled.id}` });
  t.equal(got.statusCode, 200);
  t.match(got.json(), { status: 'published', publishAt: iso(at), publishedAt: iso(at), firstPublishedAt: iso(START) });
  const embargoed = await app.inject({ url: `/v1/articles/${hidden.embargoed.slug}` });
  t.match(embargoed.json(), { status: 'published', embargoUntil: iso(at) });

  const previewed = await app.inject({ url: `/v1/articles/${hidden.scheduled.id}`, headers: { ...preview, 'if-none-match': previewTag as string } });
  t.equal(previewed.statusCode, 200, 'the status changed, so the ETag did');
  t.equal(previewed.json().status, 'published');

  const links = (await app.inject({ url: `/v1/articles/${visible.id}/links` })).json().data;
  t.same(links.map((l: any) => l.article?.id ?? l.url),
    [friend.id, hidden.scheduled.id, hidden.embargoed.id, 'https://example.org/'], 'their links show up too');
  for (const name of ['draft', 'archived', 'withheld', 'canceled'] as const) {
    t.equal((await app.inject({ url: `/v1/articles/${hidden[name].id}` })).statusCode, 404, `${name} stays hidden`);
  }
});

t.test('a newly scheduled article keeps its first publication for the future', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const at = START + 2 * HOUR;
  const a = await article(app, { title: 'Programmé', sectionId: section.id, status: 'scheduled', publishAt: iso(at) });
  t.match(a, { status: 'scheduled', publishAt: iso(at), publishedAt: null, firstPublishedAt: null });
  t.equal((await app.inject({ url: `/v1/articles/${a.slug}` })).statusCode, 404);
  t.same((await app.inject({ url: '/v1/articles' })).json().data, []);
  clock.advance(2 * HOUR);
  const res = await app.inject({ url: `/v1/articles/${a.slug}` });
  t.match(res.json(), { status: 'published', publishAt: iso(at), publishedAt: iso(at), firstPublishedAt: iso(at) });
  t.equal(res.headers['cache-control'], 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400');
  t.same((await app.inject({ url: '/v1/articles?fields=id,status' })).json().data, [{ id: a.id, status: 'published' }]);
});

t.test('a former slug of a hidden article does not reveal it', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Ancien nom', sectionId: section.id });
  await patch(app, a.id, { slug: 'nouveau-nom', status: 'draft' });
  t.equal((await app.inject({ url: '/v1/articles/ancien-nom' })).statusCode, 404);
  t.equal((await app.inject({ url: '/v1/articles/ancien-nom', headers: admin })).json().slug, 'nouveau-nom');
});

t.test('without anonymous reads, reading needs a key', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'false' });
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Réservé', sectionId: section.id });
  for (const url of ['/v1/articles', `/v1/articles/${a.id}`, `/v1/articles/${a.id}/links`]) {
    const res = await app.inject({ url });
    t.equal(res.statusCode, 401, url);
    t.equal(res.json().code, 'UNAUTHORIZED');
  }
  const reader = await keyWith(app, ['content:read']);
  t.equal((await app.inject({ url: `/v1/articles/${a.id}`, headers: reader })).statusCode, 200);
});
