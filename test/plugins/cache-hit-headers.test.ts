import t from 'tap';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { admin, article, create, makeApp, newsroom, TEST_ENV } from '../helpers.js';

// What differs from one answer to the next whatever answered it: the request's id and the caller's remaining budget.
const PER_REQUEST = new Set(['x-request-id', 'ratelimit-remaining', 'ratelimit-reset', 'date']);
const lasting = (headers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_REQUEST.has(name)).sort(([a], [b]) => a.localeCompare(b)));

/** A read of each class of answer the response cache keeps: items, lists, composites, most-read, feeds, formats. */
async function reads(app: Awaited<ReturnType<typeof makeApp>>['app']) {
  const { section, author, tag } = await newsroom(app);
  const a = await article(app, { title: 'Lu deux fois', sectionId: section.id, authorIds: [author.id], tagIds: [tag.id] });
  await article(app, { title: 'Voisin', sectionId: section.id, tagIds: [tag.id] });
  return [`/v1/articles/${a.slug}`, `/v1/articles/${a.id}`, '/v1/articles?limit=5&unknown=1', `/v1/articles/${a.id}/related`,
    `/v1/pages/articles/${a.slug}`, '/v1/popular', '/v1/search?q=deux', `/v1/sections/${section.id}`, '/v1/sections', '/v1/tags',
    `/v1/authors/${author.id}`, `/v1/sections/${section.id}/front`, '/v1/feeds/atom', `/v1/articles/${a.id}/links`];
}

t.test('an answer from the response cache carries every header the computed one did, with the same values', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '1000' });
  for (const url of await reads(app)) {
    const headers = { origin: 'https://front.example.fr' };
    const miss = await app.inject({ url, headers });
    const hits = app.responseCache.stats.hits;
    const hit = await app.inject({ url, headers });
    t.equal(app.responseCache.stats.hits, hits + 1, `${url}: served from the cache`);
    t.equal(hit.statusCode, miss.statusCode, url);
    t.equal(hit.body, miss.body, url);
    t.same(lasting(hit.headers), lasting(miss.headers), `${url}: the same headers`);
    for (const name of PER_REQUEST) if (name !== 'date') t.ok(hit.headers[name], `${url}: ${name}`);
    t.not(hit.headers['x-request-id'], miss.headers['x-request-id']);
  }
});

t.test('a 304 from the response cache carries the headers of one computed without it', async (t) => {
  const { app, db, clock } = await makeApp(t);
  const urls = await reads(app);
  // The same database, without a response cache: every 304 computed by its route.
  const config = loadConfig({ KIOSQUE_ADMIN_KEY: 'test-admin-key-0123456789abcdef', KIOSQUE_SEED: 'none', ...TEST_ENV });
  const computing = await buildApp({ config, db, now: () => clock.now, cacheBytes: 0 });
  t.teardown(() => computing.close());
  for (const url of urls) {
    const first = await app.inject(url);
    const conditional = { url, headers: { 'if-none-match': String(first.headers.etag) } };
    const fromCache = await app.inject(conditional);
    const computed = await computing.inject(conditional);
    t.equal(fromCache.statusCode, 304, url);
    t.equal(computed.statusCode, 304, url);
    t.equal(fromCache.body, '');
    t.same(lasting(fromCache.headers), lasting(computed.headers), `${url}: the same headers`);
  }
});

t.test('keyed callers: a partner never gets an anonymous answer, nor anyone the partner\'s', async (t) => {
  const { app } = await makeApp(t);
  const { section, other } = await newsroom(app);
  const a = await article(app, { title: 'Réservé', sectionId: other.id });
  await article(app, { title: 'Public', sectionId: section.id });
  const partner = await create(app, '/v1/keys', { name: 'Partenaire', scopes: ['content:read'], sections: [section.id] });
  const as = { authorization: `Bearer ${partner.key}` };
  for (let i = 0; i < 2; i++) {
    t.equal((await app.inject(`/v1/articles/${a.slug}`)).statusCode, 200, 'anonymous, twice');
    t.equal((await app.inject({ url: `/v1/articles/${a.slug}`, headers: as })).statusCode, 404, 'the partner, twice: not entitled');
    const list = await app.inject({ url: '/v1/articles', headers: as });
    t.notMatch(list.body, /Réservé/);
    t.equal(list.headers['surrogate-key'], undefined, 'a partner\'s answer names no surrogate key');
    t.match(list.headers['cache-control'], /private/);
    const open = await app.inject('/v1/articles');
    t.match(open.body, /Réservé/);
    t.match(open.headers['cache-control'], /public/);
  }
  t.equal((await app.inject({ url: `/v1/articles/${a.slug}`, headers: admin })).statusCode, 200);
});
