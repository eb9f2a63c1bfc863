import t from 'tap';
import { admin, article, create, isProblem, makeApp, newsroom } from '../../helpers.js';
import { query } from '../../database.js';
import { browser, view } from '../popular/helpers.js';
import type { App } from '../../../src/app.js';

/** A content:read key with these entitlements; returns its Authorization header and id. */
async function partner(app: App, entitlements: Record<string, unknown>) {
  const key = await create(app, '/v1/keys', { name: 'Partenaire', scopes: ['content:read'], ...entitlements });
  return { headers: { authorization: `Bearer ${key.key}` }, id: key.id as string };
}

/** Two articles sharing a tag: one in a sub-section of the partner's section, one in another section. */
async function twoSections(app: App) {
  const room = await newsroom(app);
  const inside = await article(app, { title: 'Réforme des retraites au Sénat', sectionId: room.child.id, tagIds: [room.tag.id] });
  const outside = await article(app, { title: 'Réforme des retraites au théâtre', sectionId: room.other.id, tagIds: [room.tag.id] });
  const p = await partner(app, { sections: [room.section.id] });
  return { room, inside, outside, p };
}

t.test('a partner restricted to one section learns nothing of the others, on every read path', async (t) => {
  const { app } = await makeApp(t);
  const { room, inside, outside, p } = await twoSections(app);
  const get = (url: string, headers: Record<string, string> = p.headers) => app.inject({ url, headers });

  const missing = isProblem(t, await get('/v1/articles/aucun-article'), 404, 'NOT_FOUND');
  const hidden = isProblem(t, await get(`/v1/articles/${outside.slug}`), 404, 'NOT_FOUND');
  t.same({ ...hidden, requestId: '' }, { ...missing, requestId: '' }, 'the same 404 as an article that does not exist');
  t.equal((await get(`/v1/articles/${inside.id}`)).statusCode, 200, 'its sub-section is included');
  t.equal((await get(`/v1/articles/${outside.slug}`, {})).statusCode, 200, 'anonymous readers still see it');

  const ids = (res: { json(): any }) => res.json().data.map((a: any) => a.id ?? a.article?.id);
  t.same(ids(await get('/v1/articles')), [inside.id], 'list');
  t.same(ids(await get(`/v1/articles?section=${room.other.id}`)), [], 'list filtered on the other section');
  t.same(ids(await get('/v1/search?q=retraites')), [inside.id], 'search');
  t.same(ids(await get(`/v1/articles/${inside.id}/related`)), [], 'related');
  isProblem(t, await get(`/v1/articles/${outside.id}/related`), 404, 'NOT_FOUND');
  isProblem(t, await get(`/v1/articles/${outside.id}/links`), 404, 'NOT_FOUND');
  isProblem(t, await get(`/v1/pages/articles/${outside.slug}`), 404, 'NOT_FOUND');
  isProblem(t, await get(`/v1/sections/${room.other.id}/front`), 404, 'NOT_FOUND');
  const front = (await get(`/v1/sections/${room.section.id}/front`)).json();
  t.same(front.articles.map((a: any) => a.id), [inside.id], 'its own front');

  for (const a of [inside, outside]) t.equal((await view(app, a.id, browser)).statusCode, 202);
  await app.views.flush();
  t.same(ids(await get('/v1/popular')), [inside.id], 'most read');
  const shown = async (headers?: Record<string, string>) => {
    const page = (await get(`/v1/pages/articles/${inside.slug}`, headers)).json();
    return [...page.related, ...page.popular].map((r: any) => r.article.id);
  };
  t.ok((await shown({})).includes(outside.id), 'readers see the other section on the page');
  t.notOk((await shown()).includes(outside.id), 'the partner does not');
  t.same((await get('/v1/popular', {})).json().data.length, 2, 'anonymous readers see both');
});

t.test('curated links to articles outside the entitlement are left out', async (t) => {
  const { app } = await makeApp(t);
  const { inside, outside, p } = await twoSections(app);
  const put = await app.inject({ method: 'PUT', url: `/v1/articles/${inside.id}/links`, headers: admin, payload: { links: [{ kind: 'article', articleId: outside.id }] } });
  t.equal(put.statusCode, 200);
  t.same((await app.inject({ url: `/v1/articles/${inside.id}/links`, headers: p.headers })).json().data, []);
  t.same((await app.inject({ url: `/v1/articles/${inside.id}?include=links`, headers: p.headers })).json().links, []);
  t.equal((await app.inject({ url: `/v1/articles/${inside.id}/links` })).json().data.length, 1, 'readers see the link');
});

t.test('a field allow-list trims every article a partner receives', async (t) => {
  const { app } = await makeApp(t);
  const room = await newsroom(app);
  const a = await article(app, { title: 'Titres seulement', sectionId: room.section.id });
  const p = await partner(app, { fields: ['title', 'slug', 'url'] });
  const one = (await app.inject({ url: `/v1/articles/${a.id}?format=markdown`, headers: p.headers })).json();
  t.same(Object.keys(one).sort(), ['id', 'slug', 'title', 'url'], 'no body, no other field');
  const asked = (await app.inject({ url: `/v1/articles/${a.id}?fields=title,standfirst`, headers: p.headers })).json();
  t.same(Object.keys(asked), ['id', 'title'], 'what it asks for, within what it may have, and its id');
  const list = (await app.inject({ url: '/v1/articles?include=body', headers: p.headers })).json();
  t.same(Object.keys(list.data[0]).sort(), ['id', 'slug', 'title', 'url']);
  const search = (await app.inject({ url: '/v1/search?q=titres', headers: p.headers })).json();
  t.same(Object.keys(search.data[0].article).sort(), ['id', 'slug', 'title', 'url']);
  t.ok((await app.inject({ url: `/v1/articles/${a.id}` })).json().body.html, 'readers get the body');
});

t.test('an embargoed article is seen only by entitled keys, then by everyone at the embargo time', async (t) => {
  const { app, clock } = await makeApp(t);
  const room = await newsroom(app);
  const until = clock.now + 3_600_000;
  const a = await article(app, { title: 'Résultats trimestriels', sectionId: room.section.id, embargoUntil: new Date(until).toISOString() });
  const entitled = await partner(app, { embargoAccess: true });
  const plain = await partner(app, { sections: [room.section.id] });
  isProblem(t, await app.inject({ url: `/v1/articles/${a.id}` }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ url: `/v1/articles/${a.id}`, headers: plain.headers }), 404, 'NOT_FOUND');
  const seen = await app.inject({ url: `/v1/articles/${a.id}`, headers: entitled.headers });
  t.equal(seen.statusCode, 200);
  t.equal(seen.json().embargoUntil, new Date(until).toISOString(), 'with the embargo time');
  t.equal((await app.inject({ url: '/v1/articles', headers: entitled.headers })).json().data.length, 1);
  t.equal((await app.inject({ url: '/v1/articles' })).json().data.length, 0);
  clock.now = until;
  t.equal((await app.inject({ url: `/v1/articles/${a.id}` })).statusCode, 200, 'public at that instant, no job run');
  t.equal((await app.inject({ url: '/v1/articles' })).json().data.length, 1);
});

t.test('Cache-Control depends on who asks: anonymous, partner, preview', async (t) => {
  const { app } = await makeApp(t);
  const room = await newsroom(app);
  const a = await article(app, { title: 'Un article', sectionId: room.section.id });
  const p = await partner(app, { sections: [room.section.id] });
  const cc = async (url: string, headers = {}) => (await app.inject({ url, headers })).headers['cache-control'];
  t.equal(await cc(`/v1/articles/${a.id}`), 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400');
  t.equal(await cc('/v1/articles'), 'public, max-age=30, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400', 'lists are shorter');
  t.equal(await cc(`/v1/articles/${a.id}`, p.headers), 'private, max-age=30', 'a partner answer is not for shared caches');
  t.equal(await cc(`/v1/articles/${a.id}`, admin), 'private, no-store', 'previews are kept nowhere');
  const res = await app.inject({ url: `/v1/articles/${a.id}`, headers: p.headers });
  t.match(res.headers.vary, /Authorization/);
});

t.test('with anonymous reads off, keyed answers are private unless the operator lets shared caches keep them', async (t) => {
  for (const [shared, item, list] of [
    [undefined, 'private, max-age=30', 'private, max-age=30'],
    ['true', 'public, max-age=5', 'public, max-age=1'],
  ] as const) {
    const env: Record<string, string> = { KIOSQUE_ANONYMOUS_READ: 'false', KIOSQUE_CACHE_CONTROL_ITEM: 'public, max-age=5', KIOSQUE_CACHE_CONTROL_LIST: 'public, max-age=1' };
    if (shared) env.KIOSQUE_CACHE_KEYED_PUBLIC = shared;
    const { app } = await makeApp(t, env);
    const room = await newsroom(app);
    const a = await article(app, { title: 'Un article', sectionId: room.section.id });
    // A key with no entitlements: what it reads is what every key reads, but only a key may read it.
    const reader = await partner(app, {});
    const one = await app.inject({ url: `/v1/articles/${a.id}`, headers: reader.headers });
    t.equal(one.headers['cache-control'], item, `an item, KIOSQUE_CACHE_KEYED_PUBLIC=${shared ?? 'unset'}`);
    t.match(one.headers.vary, /Authorization/);
    t.equal((await app.inject({ url: '/v1/articles', headers: reader.headers })).headers['cache-control'], list, `a list, KIOSQUE_CACHE_KEYED_PUBLIC=${shared ?? 'unset'}`);
    t.equal((await app.inject({ url: `/v1/articles/${a.id}` })).statusCode, 401, 'no answer without a key');
  }
});

t.test('with anonymous reads on, a key without entitlements reads what everyone reads, as publicly cacheable', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_CACHE_CONTROL_ITEM: 'public, max-age=5' });
  const room = await newsroom(app);
  const a = await article(app, { title: 'Un article', sectionId: room.section.id });
  const reader = await partner(app, {});
  t.equal((await app.inject({ url: `/v1/articles/${a.id}`, headers: reader.headers })).headers['cache-control'], 'public, max-age=5');
});

t.test('Cache-Control classes come from the configuration', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_CACHE_CONTROL_ITEM: 'public, max-age=5', KIOSQUE_CACHE_CONTROL_LIST: 'public, max-age=1' });
  await newsroom(app);
  t.equal((await app.inject({ url: '/v1/sections' })).headers['cache-control'], 'public, max-age=1');
  const first = (await app.inject({ url: '/v1/sections' })).json().data[0];
  t.equal((await app.inject({ url: `/v1/sections/${first.id}` })).headers['cache-control'], 'public, max-age=5');
});

t.test('a revoked key stops working at once, even for answers the server has cached', async (t) => {
  const { app } = await makeApp(t);
  const room = await newsroom(app);
  const a = await article(app, { title: 'Un article', sectionId: room.section.id });
  const p = await partner(app, { sections: [room.section.id] });
  t.equal((await app.inject({ url: `/v1/articles/${a.id}`, headers: p.headers })).statusCode, 200);
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/keys/${p.id}`, headers: admin })).statusCode, 200);
  isProblem(t, await app.inject({ url: `/v1/articles/${a.id}`, headers: p.headers }), 401, 'UNAUTHORIZED');
});

t.test('key usage is recorded: last use and requests per day, for admins', async (t) => {
  const { app, clock } = await makeApp(t);
  const p = await partner(app, {});
  for (let i = 0; i < 3; i++) await app.inject({ url: '/v1/sections', headers: p.headers });
  clock.advance(24 * 3_600_000);
  await app.inject({ url: '/v1/sections', headers: p.headers });
  const res = await app.inject({ url: `/v1/keys/${p.id}`, headers: admin });
  t.equal(res.statusCode, 200);
  t.same(res.json().usage, [{ date: '2026-06-02', requests: 1 }, { date: '2026-06-01', requests: 3 }], 'newest day first');
  t.equal(res.json().lastUsedAt, '2026-06-02T08:00:00.000Z');
  const listed = (await app.inject({ url: '/v1/keys', headers: admin })).json().data.find((k: any) => k.id === p.id);
  t.equal(listed.lastUsedAt, '2026-06-02T08:00:00.000Z', 'the list shows the last use too');
  isProblem(t, await app.inject({ url: '/v1/keys/key_unknown', headers: admin }), 404, 'NOT_FOUND');
});

t.test('usage is written in batches, and on close', async (t) => {
  const { app, db } = await makeApp(t);
  const p = await partner(app, {});
  await app.inject({ url: '/v1/sections', headers: p.headers });
  const count = async () => (await query<{ n: number }>(db, 'SELECT coalesce(sum(count), 0) AS n FROM api_key_usage'))[0].n;
  t.equal(await count(), 0, 'nothing written by the request itself');
  await app.close();
  t.equal(await count(), 1, 'written when the app closes');
});

t.test('entitlements are for read-only keys, and name real sections and fields', async (t) => {
  const { app } = await makeApp(t);
  const room = await newsroom(app);
  const post = (payload: object) => app.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name: 'P', ...payload } });
  const writer = isProblem(t, await post({ scopes: ['content:write'], sections: [room.section.id] }), 400, 'VALIDATION_FAILED');
  t.equal(writer.errors[0].pointer, '/scopes');
  const unknown = isProblem(t, await post({ scopes: ['content:read'], sections: ['nulle-part'] }), 400, 'VALIDATION_FAILED');
  t.equal(unknown.errors[0].pointer, '/sections/0');
  isProblem(t, await post({ scopes: ['content:read'], fields: ['password'] }), 400, 'VALIDATION_FAILED');
  const byPath = await post({ scopes: ['content:read'], sections: [room.child.path], fields: ['title'], rateLimit: 10 });
  t.equal(byPath.statusCode, 201);
  t.match(byPath.json(), { sections: [room.child.id], fields: ['id', 'title'], embargoAccess: false, rateLimit: 10 });
});

t.test('syndication formats follow the entitlements too: feeds, ninjs, JSON-LD', async (t) => {
  const { app } = await makeApp(t);
  const { room, inside, outside, p } = await twoSections(app);
  const headlines = await partner(app, { fields: ['title', 'url', 'standfirst'] });
  const feed = (await app.inject({ url: '/v1/feeds/json', headers: p.headers })).json();
  t.same(feed.items.map((i: any) => i.id).some((id: string) => id.includes(outside.slug)), false, 'the other section is not in the site feed');
  t.equal(feed.items.length, 1);
  isProblem(t, await app.inject({ url: `/v1/feeds/sections/${room.other.id}/json`, headers: p.headers }), 404, 'NOT_FOUND',
  );
  t.equal((await app.inject({ url: `/v1/feeds/sections/${room.child.path.replace('/', '%2F')}/json`, headers: p.headers })).statusCode, 200,
    'a sub-section of its own has its feed');
  isProblem(t, await app.inject({ url: `/v1/articles/${outside.id}/ninjs`, headers: p.headers }), 404, 'NOT_FOUND');

  const summaries = (await app.inject({ url: '/v1/feeds/json', headers: headlines.headers })).json();
  t.notOk(summaries.items.some((i: any) => 'content_html' in i), 'no bodies in the feed for a headlines-only partner');
  t.ok((await app.inject({ url: '/v1/feeds/json' })).json().items.every((i: any) => 'content_html' in i), 'readers get them');
  const ninjs = (await app.inject({ url: `/v1/articles/${inside.id}/ninjs`, headers: headlines.headers })).json();
  t.notOk('bodies' in ninjs, 'nor in ninjs');
  const withLd = (await app.inject({ url: `/v1/articles/${inside.id}?include=jsonLd`, headers: headlines.headers })).json();
  t.notOk('jsonLd' in withLd, 'JSON-LD is a field the allow-list does not name');
  t.notOk('jsonLd' in (await app.inject({ url: `/v1/pages/articles/${inside.slug}`, headers: headlines.headers })).json());
  t.ok((await app.inject({ url: `/v1/pages/articles/${inside.slug}` })).json().jsonLd, 'readers get it on the page');
});

t.test('a partner of one section knows no other: sections, section feeds, sitemaps, the change feed', async (t) => {
  const { app } = await makeApp(t);
  const { room, inside, outside, p } = await twoSections(app);
  const get = (url: string, headers: Record<string, string> = p.headers) => app.inject({ url, headers });
  const paths = (await get('/v1/sections')).json().data.map((s: { path: string }) => s.path);
  t.same(paths, ['actualites', 'actualites/ia'], 'its section and sub-sections');
  t.equal((await get('/v1/sections', {})).json().data.length, 3, 'readers list them all');
  isProblem(t, await get(`/v1/sections/${room.other.id}`), 404, 'NOT_FOUND');
  t.match((await get(`/v1/sections/${room.child.id}`)).json(), { parent: { id: room.section.id }, parentId: room.section.id });

  const child = await partner(app, { sections: [room.child.id] });
  const own = (await get(`/v1/sections/${room.child.id}`, child.headers)).json();
  t.match(own, { path: 'actualites/ia', parent: null, parentId: null }, 'a parent outside the grant is not shown');
  isProblem(t, await get(`/v1/sections/${room.section.id}`, child.headers), 404, 'NOT_FOUND');

  const index = (await get('/sitemap.xml')).body;
  t.notMatch(index, room.other.id, 'no sitemap of the other section in the index');
  t.match(index, room.child.id);
  isProblem(t, await get(`/sitemaps/sections/${room.other.id}/1.xml`), 404, 'NOT_FOUND');
  t.notMatch((await get('/sitemap-news.xml')).body, outside.slug);
  t.match((await get('/sitemap-news.xml')).body, inside.slug);
  t.match((await get('/sitemap-news.xml', {})).body, outside.slug, 'readers get every section');

  await app.inject({ method: 'PATCH', url: `/v1/sections/${room.other.id}`, headers: admin, payload: { description: 'Renommée' } });
  const changes = (await get('/v1/changes')).json().data;
  t.notOk(changes.some((c: { entity: { id: string } }) => [room.other.id, outside.id].includes(c.entity.id)), 'no change of the other section');
  t.ok(changes.some((c: { entity: { id: string } }) => c.entity.id === room.child.id), 'the creation of its sub-section');
  t.ok(changes.every((c: { surrogateKeys: string[] }) => c.surrogateKeys.length === 0), 'no surrogate keys for a partner');
});

t.test('a partner\'s fields are cut from every representation, and missing ones never fail a route', async (t) => {
  const { app } = await makeApp(t);
  const { room, inside } = await twoSections(app);
  await app.inject({ method: 'PUT', url: `/v1/articles/${inside.id}/links`, headers: admin, payload: { links: [
    { kind: 'article', articleId: (await article(app, { title: 'Lien interne', standfirst: 'Chapeau du lien', sectionId: room.section.id })).id },
    { kind: 'external', url: 'https://www.insee.fr', title: 'Insee', description: 'La statistique' },
  ] } });
  const bare = await partner(app, { fields: ['slug'] });
  const get = (url: string) => app.inject({ url, headers: bare.headers });
  for (const url of [`/v1/articles/${inside.id}/related`, `/v1/pages/articles/${inside.slug}`, `/v1/articles/${inside.id}/links`,
    `/v1/articles/${inside.id}?include=links,body`, `/v1/articles/${inside.id}/ninjs`, '/v1/feeds/atom', '/v1/feeds/rss', '/v1/feeds/json',
    '/sitemap.xml', `/sitemaps/sections/${room.child.id}/1.xml`, '/sitemap-news.xml', '/v1/changes', '/v1/search?q=retraites']) {
    const res = await get(url);
    t.equal(res.statusCode, 200, url);
    t.notMatch(res.body, /Réforme|Chapeau du lien|localhost:3000\/actualites/, `${url}: no title, standfirst or reader URL`);
  }
  const [internal, external] = (await get(`/v1/articles/${inside.id}/links`)).json().data;
  t.same(internal.article, { id: internal.article.id, slug: 'lien-interne' }, 'a linked article: its id and the fields the key names');
  t.same({ title: internal.title, url: internal.url, description: internal.description }, { title: undefined, url: undefined, description: null });
  t.match(external, { url: 'https://www.insee.fr', title: 'Insee', description: 'La statistique' }, 'an external link is the editor\'s own');
  const search = (await get('/v1/search?q=retraites')).json().data[0];
  t.notOk('snippet' in search || 'snippetHtml' in search, 'no snippet without the body');
  const change = (await get('/v1/changes')).json().data.find((c: { entity: { type: string } }) => c.entity.type === 'article');
  t.same(Object.keys(change).sort(), ['cursor', 'entity', 'previousSectionId', 'sectionId', 'surrogateKeys', 'type']);
  t.same(change.entity, { type: 'article', id: change.entity.id, slug: change.entity.slug }, 'no version without `version`');
  t.equal(change.sectionId, null, 'no section without `section`');
  const read = await get(`/v1/articles/${inside.id}`);
  t.notOk(read.headers['last-modified'] || read.headers['surrogate-key'] || read.headers['cache-tag'], 'no date, no surrogate keys');
  const since = await app.inject({ url: `/v1/articles/${inside.id}`, headers: { ...bare.headers, 'if-modified-since': 'Wed, 01 Jan 2100 00:00:00 GMT' } });
  t.equal(since.statusCode, 200, 'If-Modified-Since is not answered: 304 or 200 would date the article');
  const etag = await app.inject({ url: `/v1/articles/${inside.id}`, headers: { ...bare.headers, 'if-none-match': String(read.headers.etag) } });
  t.equal(etag.statusCode, 304, 'revalidation goes by ETag');
  const dated = await partner(app, { fields: ['slug', 'updatedAt'] });
  t.ok((await app.inject({ url: `/v1/articles/${inside.id}`, headers: dated.headers })).headers['last-modified'], 'a key with updatedAt gets the date');
});

t.test('JSON-LD is made of the fields a partner receives', async (t) => {
  const { app } = await makeApp(t);
  const { inside } = await twoSections(app);
  const ld = await partner(app, { fields: ['title', 'jsonLd'] });
  const page = (await app.inject({ url: `/v1/pages/articles/${inside.slug}`, headers: ld.headers })).json();
  t.same(Object.keys(page.jsonLd).sort(), ['@context', '@id', '@type', 'headline', 'publisher']);
  t.equal(page.jsonLd['@id'], `http://localhost:3000/v1/articles/${inside.id}#article`, 'the API URL stands for the reader URL');
  const article = (await app.inject({ url: `/v1/articles/${inside.id}?include=jsonLd`, headers: ld.headers })).json();
  t.same(article.jsonLd, page.jsonLd);
});
