import { join } from 'node:path';
import Database from 'better-sqlite3';
import { setTimeout } from 'node:timers/promises';
import type { FastifyReply } from 'fastify';
import t, { type Test } from 'tap';
import { buildApp, type App } from '../../src/app.js';
import { EXTERNAL_CHECK_MS, type CacheSources } from '../../src/plugins/response-cache.js';
import { loadConfig } from '../../src/config.js';
import { openSqlite } from '../../src/db/sqlite.js';
import { createRepositories, transactor } from '../../src/db/repositories.js';
import { keysSince } from '../../src/modules/changes/schedule.js';
import { admin, article, create, makeApp, newsroom, TEST_ENV, tempDir } from '../helpers.js';

const HOUR = 3_600_000;
const reader = { 'user-agent': 'Mozilla/5.0' };
const json = async (app: App, url: string, headers: Record<string, string> = {}) => (await app.inject({ url, headers })).json();

t.test('a repeated read is served from memory, with its headers and 304s', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'En cache', sectionId: section.id });
  const first = await app.inject(`/v1/articles/${a.slug}`);
  const hits = app.responseCache.stats.hits;
  const second = await app.inject(`/v1/articles/${a.slug}`);
  t.equal(app.responseCache.stats.hits, hits + 1, 'served from the cache');
  t.equal(second.body, first.body);
  for (const h of ['etag', 'last-modified', 'cache-control', 'surrogate-key', 'content-type']) t.equal(second.headers[h], first.headers[h], h);
  const revalidated = await app.inject({ url: `/v1/articles/${a.slug}`, headers: { 'if-none-match': String(first.headers.etag) } });
  t.equal(revalidated.statusCode, 304);
  t.equal(revalidated.body, '');
  t.equal((await app.inject({ url: `/v1/articles/${a.slug}`, headers: { 'if-modified-since': String(first.headers['last-modified']) } })).statusCode, 304);
  t.ok(app.responseCache.size() > 0);
});

t.test('a revalidation that misses is built in full and stored: the next ones are hits', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Revalidé', sectionId: section.id });
  const etag = String((await app.inject(`/v1/articles/${a.slug}`)).headers.etag);
  app.responseCache.clear();
  const { stores, hits } = app.responseCache.stats;
  const conditional = { url: `/v1/articles/${a.slug}`, headers: { 'if-none-match': etag } };
  t.equal((await app.inject(conditional)).statusCode, 304);
  t.equal(app.responseCache.stats.stores, stores + 1, 'the miss stored the full answer');
  t.equal((await app.inject(conditional)).statusCode, 304);
  t.equal(app.responseCache.stats.hits, hits + 1, 'the next revalidation is a hit');
});

t.test('no write leaves a stale answer visible', async (t) => {
  const { app, db, clock } = await makeApp(t);
  const { section, child, author, tag } = await newsroom(app);
  const a = await article(app, { title: 'Premier titre', sectionId: child.id, authorIds: [author.id], tagIds: [tag.id] });
  const b = await article(app, { title: 'Autre', sectionId: section.id });
  const reads = [`/v1/articles/${a.slug}`, '/v1/articles', `/v1/articles/${a.id}/links`, `/v1/articles/${b.id}/related`,
    `/v1/sections/${section.id}/front`, `/v1/sections/${child.id}`, `/v1/authors/${author.id}`, `/v1/tags/${tag.id}`,
    `/v1/search?q=titre`, `/v1/pages/articles/${b.slug}`, '/v1/sections', '/v1/authors', '/v1/tags'];
  const writes: [string, string, object][] = [
    ['PATCH', `/v1/articles/${a.id}`, { title: 'Titre corrigé' }],
    ['PUT', `/v1/articles/${a.id}/links`, { links: [{ kind: 'article', articleId: b.id }] }],
    ['PATCH', `/v1/sections/${child.id}`, { name: 'IA et robots' }],
    ['PATCH', `/v1/authors/${author.id}`, { name: 'Hélène F.' }],
    ['PATCH', `/v1/tags/${tag.id}`, { name: 'Scrutins' }],
    ['PUT', `/v1/sections/${section.id}/pins`, { articleIds: [a.id] }],
    ['POST', '/v1/articles', { title: 'Tout nouveau titre', body: 'x', sectionId: child.id, status: 'published' }],
    ['PATCH', `/v1/articles/${a.id}`, { status: 'draft' }],
  ];
  for (const [method, url, payload] of writes) {
    const before = await Promise.all(reads.map((r) => app.inject(r)));
    const res = await app.inject({ method: method as 'PATCH', url, headers: admin, payload });
    t.ok(res.statusCode < 300, `${method} ${url}`);
    // What a fresh app over the same database answers is the truth; the cached app must agree.
    const fresh = await buildApp({ config: loadConfig({ KIOSQUE_SEED: 'none', ...TEST_ENV }), db, now: () => clock.now, cacheBytes: 0 });
    for (const [i, r] of reads.entries()) {
      const [cached, truth] = [await app.inject(r), await fresh.inject(r)];
      // Problems differ by their request id only.
      const body = (res: typeof cached) => (res.statusCode === 200 ? res.body : { ...res.json(), requestId: null });
      t.same(body(cached), body(truth), `${r} after ${method} ${url}${cached.body === before[i].body ? ' (unchanged)' : ''}`);
    }
    await fresh.close();
  }
});

t.test('what another process writes is seen within EXTERNAL_CHECK_MS (PRAGMA data_version), purged by its change\'s keys', async (t) => {
  // Another process's commit, seen through SQLite's data_version (PostgreSQL has no such counter:
  // other instances' writes reach the cache by notifications).
  const file = join(tempDir('cache'), 'k.db');
  const config = loadConfig({ KIOSQUE_SEED: 'none', KIOSQUE_ADMIN_KEY: 'test-admin-key-0123456789abcdef', ...TEST_ENV });
  const db = openSqlite(file);
  await db.migrate();
  const app = await buildApp({ config, db });
  // Another process: its own connection to the same file, its own app.
  const otherDb = openSqlite(file);
  const other = await buildApp({ config, db: otherDb });
  t.teardown(async () => {
    await app.close();
    await other.close();
    await otherDb.close();
    await db.close();
  });
  const author = await create(app, '/v1/authors', { name: 'Avant' });
  const tag = await create(app, '/v1/tags', { name: 'Stable', type: 'topic' });
  for (const url of [`/v1/authors/${author.id}`, `/v1/tags/${tag.id}`]) await app.inject(url);
  t.equal((await json(app, `/v1/authors/${author.id}`)).name, 'Avant');
  await other.inject({ method: 'PATCH', url: `/v1/authors/${author.id}`, headers: admin, payload: { name: 'Après' } });
  await setTimeout(EXTERNAL_CHECK_MS);
  const hits = app.responseCache.stats.hits;
  t.equal((await json(app, `/v1/authors/${author.id}`)).name, 'Après', 'purged by the keys of the other process\'s change');
  t.equal((await json(app, `/v1/tags/${tag.id}`)).name, 'Stable');
  t.equal(app.responseCache.stats.hits, hits + 1, 'what it did not name is still served from memory');
  const checks = app.responseCache.stats.versionChecks;
  await Promise.all(Array.from({ length: 50 }, () => app.inject(`/v1/authors/${author.id}`)));
  t.ok(app.responseCache.stats.versionChecks - checks < 10, 'looked for once per interval, not once per request');

  // A command that writes content with no change recorded (kiosque seed, search reindex): everything goes.
  const direct = new Database(file);
  direct.prepare("update tags set name = 'Changée' where id = ?").run(tag.id);
  direct.close();
  await createRepositories(otherDb.sql).changes.wroteOutside();
  await setTimeout(EXTERNAL_CHECK_MS);
  t.equal((await json(app, `/v1/tags/${tag.id}`)).name, 'Changée');

  // More changes than are read at once: everything goes too.
  t.equal((await json(app, `/v1/tags/${tag.id}`)).name, 'Changée');
  const change = { type: 'tag.updated', entityType: 'tag' as const, entityId: 't', slug: 't', version: 1, sectionId: null, previousSectionId: null, public: true, occurredAt: 0 };
  await transactor(otherDb)(async (repos) => {
    await otherDb.sql.run("update tags set name = 'Encore' where id = @id", { id: tag.id });
    for (let i = 0; i < 501; i++) await repos.changes.append({ ...change, surrogateKeys: [`tag_${i}`] });
  });
  await setTimeout(EXTERNAL_CHECK_MS);
  t.equal((await json(app, `/v1/tags/${tag.id}`)).name, 'Encore');
});

t.test('the changes of another process are read 500 at most: past that, the cache starts over', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  const changes = createRepositories(db.sql).changes;
  const seq = await changes.latest();
  t.same(await keysSince(changes, seq), { keys: [], latest: seq }, 'nothing new');
  const a = await article(app, { title: 'Un', sectionId: section.id });
  t.same((await keysSince(changes, seq)).keys?.slice(0, 2), [a.id, 'search']);
  const change = { type: 'tag.updated', entityType: 'tag' as const, entityId: 't', slug: 't', version: 1, sectionId: null, previousSectionId: null, public: true, occurredAt: 0 };
  await transactor(db)(async (repos) => {
    for (let i = 0; i < 500; i++) await repos.changes.append({ ...change, surrogateKeys: [`tag_${i}`] });
  });
  t.same(await keysSince(changes, seq), { keys: null, latest: await changes.latest() });
});

t.test('a schedule coming due ends cached answers without any write', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, { title: 'Déjà là', sectionId: section.id });
  const later = await article(app, { title: 'Programmé', sectionId: section.id, publishAt: new Date(clock.now + HOUR).toISOString() });
  t.equal((await json(app, '/v1/articles')).data.length, 1);
  t.equal((await json(app, '/v1/articles')).data.length, 1);
  clock.advance(HOUR);
  t.same((await json(app, '/v1/articles')).data.map((x: { id: string }) => x.id)[0], later.id, 'published at its time');
  const embargoed = await article(app, { title: 'Sous embargo', sectionId: section.id, embargoUntil: new Date(clock.now + HOUR).toISOString() });
  t.equal((await json(app, '/v1/articles')).data.length, 2);
  clock.advance(HOUR);
  t.equal((await json(app, '/v1/articles')).data[0].id, embargoed.id, 'visible when the embargo ends');
});

t.test('most-read answers follow flushes and the hour', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Lu', sectionId: section.id });
  t.same((await json(app, '/v1/popular')).data, []);
  await app.inject({ method: 'POST', url: `/v1/articles/${a.id}/views`, headers: reader });
  t.same((await json(app, '/v1/popular')).data, [], 'not flushed yet');
  await app.views.flush();
  t.equal((await json(app, '/v1/popular')).data[0].views, 1, 'a flush refreshes it');
  t.equal((await json(app, '/v1/popular?window=1h')).data.length, 1);
  clock.advance(2 * HOUR);
  t.same((await json(app, '/v1/popular?window=1h')).data, [], 'the window moved with the hour');
});

t.test('previews are never cached, and a small cache evicts', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  const draft = await create(app, '/v1/articles', { title: 'Brouillon', body: 'x', sectionId: section.id });
  const stores = app.responseCache.stats.stores;
  await app.inject({ url: `/v1/articles/${draft.id}`, headers: admin });
  await app.inject({ url: '/v1/articles', headers: admin });
  t.equal(app.responseCache.stats.stores, stores, 'nothing stored for a previewer');

  const small = await buildApp({ config: loadConfig({ KIOSQUE_SEED: 'none', ...TEST_ENV }), db, cacheBytes: 4000 });
  t.teardown(() => small.close());
  for (let i = 0; i < 20; i++) await small.inject(`/v1/articles?limit=${i + 1}`);
  t.ok(small.responseCache.size() < 20, 'bounded by bytes');
});

t.test('parameters a route does not declare make no new entry; declared ones do, however they are ordered', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  for (const title of ['Premier', 'Deuxième', 'Troisième']) await article(app, { title, sectionId: section.id });
  const first = await app.inject('/v1/articles?limit=2&fields=title');
  const { hits, stores } = app.responseCache.stats;
  for (let n = 0; n < 5; n += 1) {
    const busted = await app.inject(`/v1/articles?limit=2&x=${n}&fields=title&utm_source=${n}`);
    t.equal(busted.body, first.body);
  }
  t.equal(app.responseCache.stats.hits, hits + 5, 'every cache-buster is a hit');
  t.equal(app.responseCache.stats.stores, stores, 'and stores nothing');
  t.equal((await app.inject('/v1/articles?fields=title&limit=2')).body, first.body);
  t.equal(app.responseCache.stats.hits, hits + 6, 'the same parameters in another order are the same entry');
  const other = await app.inject('/v1/articles?limit=1&fields=title&x=0');
  t.equal(other.json().data.length, 1, 'a declared parameter still makes its own answer');
  t.equal(app.responseCache.stats.stores, stores + 1);
  // The stored answer's link is the same whoever asked first.
  t.match(first.headers.link, /^<\/v1\/articles\?limit=2&fields=title&cursor=[^&>]+>; rel="next"$/);
  t.match(other.headers.link, /^<\/v1\/articles\?limit=1&fields=title&cursor=[^&>]+>; rel="next"$/, 'undeclared parameters are left out of the link');
});

t.test('a route without a query string gets one entry whatever query it is sent', async (t) => {
  const { app } = await makeApp(t);
  await newsroom(app);
  const first = await app.inject('/v1/sections/nothing-here?x=1');
  t.equal(first.statusCode, 404);
  const section = (await app.inject('/v1/sections')).json().data[0];
  await app.inject(`/v1/sections/${section.id}?a=1`);
  const { hits, stores } = app.responseCache.stats;
  await app.inject(`/v1/sections/${section.id}?a=2`);
  await app.inject(`/v1/sections/${section.id}`);
  t.equal(app.responseCache.stats.hits, hits + 2);
  t.equal(app.responseCache.stats.stores, stores);
});

t.test('the next transition is looked up once for the requests waiting on it, again after a write meanwhile, and its failure is the request\'s', async (t) => {
  const lookups: { resolve(at: number | null): void; reject(error: Error): void }[] = [];
  const app = await cacheAlone(t, { nextTransition: () => new Promise((resolve, reject) => lookups.push({ resolve, reject })) });
  let computed = 0;
  app.get('/v1/thing', async (_request, reply) => reply.header('surrogate-key', 'thing').send({ computed: ++computed }));

  const first = app.inject('/v1/thing');
  const second = app.inject('/v1/thing');
  await setTimeout(20);
  t.equal(lookups.length, 1, 'one lookup for both');
  await app.inject({ method: 'POST', url: '/v1/thing' });
  lookups[0].resolve(5);
  t.same([(await first).statusCode, (await second).statusCode], [200, 200], 'both answered once the lookup ended');
  const third = app.inject('/v1/thing');
  await setTimeout(20);
  t.equal(lookups.length, 2, 'what it found may be older than the write: looked up again');
  lookups[1].resolve(null);
  t.equal((await third).statusCode, 200);
  const kept = (await app.inject('/v1/thing')).json();
  t.same((await app.inject('/v1/thing')).json(), kept, 'then served from memory');

  await app.inject({ method: 'POST', url: '/v1/thing' });
  const failing = app.inject('/v1/thing');
  await setTimeout(20);
  lookups[2].reject(Object.assign(new Error('database gone'), { statusCode: 503 }));
  t.equal((await failing).statusCode, 503, 'the request fails with the lookup');
});

t.test('a write that failed with its database: its problem goes out as it is, though the changes after it cannot be read', async (t) => {
  const { default: Fastify } = await import('fastify');
  const { default: fp } = await import('fastify-plugin');
  const { default: responseCache } = await import('../../src/plugins/response-cache.js');
  const { PUBLIC_READER } = await import('../../src/lib/reader.js');
  const warnings: string[] = [];
  const app = Fastify({ logger: { level: 'warn', stream: { write: (line: string) => warnings.push(JSON.parse(line).msg) } } });
  await app.register(fp(async (a) => {
    a.decorateRequest('reader', null as never);
    a.addHook('onRequest', (request, _reply, done) => { request.reader = PUBLIC_READER; done(); });
  }, { name: 'auth' }));
  await app.register(responseCache, {
    maxBytes: 1e6, now: () => 0, externalVersion: () => 0, viewsVersion: () => 0,
    changesSince: async () => { throw new Error('database gone'); },
    latestChange: async () => 0, outsideWrites: async () => 0, transitionKeys: async () => [], nextTransition: async () => null,
  });
  app.post('/v1/thing', async (_request, reply) => reply.code(500).send({ code: 'INTERNAL' }));
  t.teardown(() => app.close());
  const res = await app.inject({ method: 'POST', url: '/v1/thing' });
  t.equal(res.statusCode, 500);
  t.same(res.json(), { code: 'INTERNAL' }, 'the answer as the route made it');
  t.ok(warnings.includes('other processes\' changes could not be read after a failed write'), 'said in the log');
});

/**
 * The response cache alone (with `sources` instead of the defaults), over what it needs of auth (a reader on
 * every request), and a write, POST /v1/thing, whose change names the thing's key.
 */
async function cacheAlone(t: Test, sources: Partial<CacheSources> = {}) {
  const { default: Fastify } = await import('fastify');
  const { default: fp } = await import('fastify-plugin');
  const { default: responseCache } = await import('../../src/plugins/response-cache.js');
  const { PUBLIC_READER } = await import('../../src/lib/reader.js');
  const app = Fastify();
  await app.register(fp(async (a) => {
    a.decorateRequest('reader', null as never);
    a.addHook('onRequest', (request, _reply, done) => { request.reader = PUBLIC_READER; done(); });
  }, { name: 'auth' }));
  const changes: string[][] = [];
  await app.register(responseCache, {
    maxBytes: 1e6, now: () => 0, externalVersion: () => 0, viewsVersion: () => 0,
    changesSince: async (seq) => ({ keys: changes.slice(seq).flat(), latest: changes.length }),
    latestChange: async () => changes.length, outsideWrites: async () => 0, transitionKeys: async () => [], nextTransition: async () => null,
    ...sources,
  });
  // Its change is read back when its answer is sent.
  app.post('/v1/thing', async (_request, reply) => {
    changes.push(['thing']);
    return reply.header('surrogate-key', 'thing').send({});
  });
  t.teardown(() => app.close());
  return app;
}

/**
 * GET /v1/thing, each computation numbered and held until the test lets it answer: `started()` resolves with
 * the number of the next computation to start, `release(n)` lets computation n answer (`answer`: the thing
 * under its key, by default).
 */
function heldThing(app: Awaited<ReturnType<typeof cacheAlone>>, answer = (reply: FastifyReply, n: number) =>
  reply.header('surrogate-key', 'thing').header('etag', `"${n}"`).send({ computed: n })) {
  const held: (() => void)[] = [];
  const starting: ((n: number) => void)[] = [];
  let computed = 0;
  app.get('/v1/thing', async (_request, reply) => {
    const n = ++computed;
    starting.shift()?.(n);
    await new Promise<void>((resolve) => { held[n] = resolve; });
    return answer(reply, n);
  });
  return {
    started: () => new Promise<number>((resolve) => { starting.push(resolve); }),
    release: (n: number) => held[n](),
    computed: () => computed,
  };
}

t.test('requests missing an answer being computed wait for it: it is computed once (request collapsing)', async (t) => {
  const app = await cacheAlone(t);
  const thing = heldThing(app);
  const started = thing.started();
  const first = app.inject('/v1/thing');
  t.equal(await started, 1);
  const others = [app.inject('/v1/thing'), app.inject({ url: '/v1/thing', headers: { 'if-none-match': '"1"' } })];
  await setTimeout(20);
  t.equal(thing.computed(), 1, 'the others wait');
  thing.release(1);
  t.same((await first).json(), { computed: 1 });
  const [second, conditional] = await Promise.all(others);
  t.same(second.json(), { computed: 1 }, 'the answer computed for the first');
  t.equal(conditional.statusCode, 304, 'and a revalidation of it a 304');
  t.equal(thing.computed(), 1);
  t.match(app.responseCache.stats, { misses: 1, collapsed: 2, hits: 0 });
});

t.test('a purge while the answer is computed: the requests that waited compute a new one', async (t) => {
  const app = await cacheAlone(t);
  const thing = heldThing(app);
  let started = thing.started();
  const first = app.inject('/v1/thing');
  await started;
  const second = app.inject('/v1/thing');
  await setTimeout(20);
  // A write lands before the first answer is stored: that answer may show what it changed.
  t.equal((await app.inject({ method: 'POST', url: '/v1/thing' })).statusCode, 200);
  started = thing.started();
  thing.release(1);
  t.same((await first).json(), { computed: 1 }, 'the first request gets what it computed, from before the write');
  t.equal(await started, 2, 'the waiting one computes again');
  thing.release(2);
  t.same((await second).json(), { computed: 2 });
  t.same((await app.inject('/v1/thing')).json(), { computed: 2 }, 'and that one is stored');
  t.match(app.responseCache.stats, { misses: 2, collapsed: 0, hits: 1 });
});

t.test('an answer that is not kept (an error): the requests that waited compute their own, at once', async (t) => {
  const app = await cacheAlone(t);
  const thing = heldThing(app, (reply, n) => (n === 1 ? reply.code(503).send({ code: 'DATABASE_UNAVAILABLE' })
    : reply.header('surrogate-key', 'thing').send({ computed: n })));
  let started = thing.started();
  const first = app.inject('/v1/thing');
  await started;
  const waiting = [app.inject('/v1/thing'), app.inject('/v1/thing')];
  await setTimeout(20);
  started = thing.started();
  const more = thing.started();
  thing.release(1);
  t.equal((await first).statusCode, 503);
  t.same([await started, await more], [2, 3], 'each computes its own, neither waits again');
  thing.release(2);
  thing.release(3);
  t.same((await Promise.all(waiting)).map((r) => r.json()), [{ computed: 2 }, { computed: 3 }]);
});

t.test('a request that never answers ends its computation when its connection closes', async (t) => {
  const app = await cacheAlone(t);
  let computed = 0;
  app.get('/v1/thing', async (_request, reply) => {
    computed += 1;
    if (computed === 1) {
      // The connection goes before any answer: nothing is sent, nothing stored.
      reply.raw.destroy();
      return reply;
    }
    return reply.header('surrogate-key', 'thing').send({ computed });
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as import('node:net').AddressInfo).port}/v1/thing`;
  await t.rejects(fetch(url), 'the first request gets no answer');
  t.same(await (await fetch(url)).json(), { computed: 2 }, 'the next one computes rather than wait');
});
