import t from 'tap';
import type { App } from '../../src/app.js';
import { validate } from '../../src/lib/http.js';
import { admin, article, create, makeApp, newsroom } from '../helpers.js';
import { traceStatements } from '../database.js';

// Conditional requests and cache headers (src/lib/http.ts), seen through the
// one read that uses them all: GET /v1/articles/{id}.

async function published(app: App) {
  const n = await newsroom(app);
  const a = await article(app, { title: 'En cache', sectionId: n.child.id, authorIds: [n.author.id], tagIds: [n.tag.id, n.tag2.id] });
  return { ...n, a };
}

t.test('a read sends ETag, Last-Modified, Cache-Control, Vary and Surrogate-Key', async (t) => {
  const { app } = await makeApp(t);
  const { a, child, author, tag, tag2 } = await published(app);
  const res = await app.inject({ url: `/v1/articles/${a.id}` });
  t.equal(res.statusCode, 200);
  t.match(res.headers.etag, /^"1-[^"]+"$/, 'a strong validator naming the version');
  t.equal(res.headers['last-modified'], 'Mon, 01 Jun 2026 08:00:00 GMT');
  t.equal(res.headers['cache-control'], 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400');
  t.equal(res.headers.vary, 'Authorization, Accept', 'the article also answers ninjs to an Accept header');
  t.same(String(res.headers['surrogate-key']).split(' '), [a.id, 'refs'], 'the article, and `refs` for the names it shows');
});

t.test('If-None-Match answers 304 when a tag matches', async (t) => {
  const { app } = await makeApp(t);
  const { a } = await published(app);
  const { etag } = (await app.inject({ url: `/v1/articles/${a.id}` })).headers as { etag: string };
  const get = (inm: string) => app.inject({ url: `/v1/articles/${a.id}`, headers: { 'if-none-match': inm } });

  for (const inm of [etag, `W/${etag}`, '*', `"0-old", ${etag}`, ` ${etag} `]) {
    const res = await get(inm);
    t.equal(res.statusCode, 304, inm);
    t.equal(res.body, '', 'no body');
    t.equal(res.headers.etag, etag, 'the validator is repeated');
    t.equal(res.headers['cache-control'], 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400');
  }
  for (const inm of ['"0-old"', etag.replace('"1-', '"2-'), 'W/"x"']) {
    t.equal((await get(inm)).statusCode, 200, inm);
  }

  await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { title: 'Modifié' } });
  const changed = await get(etag);
  t.equal(changed.statusCode, 200, 'a write makes the old ETag stale');
  t.equal(changed.json().title, 'Modifié');
});

t.test('If-Modified-Since answers 304 unless the article changed after it; If-None-Match wins', async (t) => {
  const { app, clock } = await makeApp(t);
  const { a } = await published(app);
  const first = await app.inject({ url: `/v1/articles/${a.id}` });
  const lastModified = String(first.headers['last-modified']);
  const get = (headers: Record<string, string>) => app.inject({ url: `/v1/articles/${a.id}`, headers });

  t.equal((await get({ 'if-modified-since': lastModified })).statusCode, 304);
  t.equal((await get({ 'if-modified-since': 'Mon, 01 Jun 2026 09:00:00 GMT' })).statusCode, 304);
  t.equal((await get({ 'if-modified-since': 'Mon, 01 Jun 2026 07:59:59 GMT' })).statusCode, 200);
  t.equal((await get({ 'if-modified-since': 'hier' })).statusCode, 200, 'an unreadable date is ignored');
  t.equal((await get({ 'if-none-match': '"0-old"', 'if-modified-since': lastModified })).statusCode, 200,
    'If-None-Match is used instead of If-Modified-Since when both are sent');

  clock.advance(1000);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { title: 'Corrigé' } });
  const after = await get({ 'if-modified-since': lastModified });
  t.equal(after.statusCode, 200, 'changed since');
  t.equal(after.headers['last-modified'], 'Mon, 01 Jun 2026 08:00:01 GMT');
});

t.test('a revalidation is answered from the versions alone: the body is never read', async (t) => {
  const { app, clock, db } = await makeApp(t, {}, { cacheBytes: 0 });
  const statements = traceStatements(db);
  const { a, child, author, tag, tag2 } = await published(app);
  const b = await article(app, { title: 'Lié', sectionId: child.id });
  // Tags in another order than their ids': the validators follow positions.
  const c = await article(app, { title: 'Ordre inverse', sectionId: child.id, authorIds: [author.id], tagIds: [tag2.id, tag.id] });
  await app.inject({ method: 'PUT', url: `/v1/articles/${a.id}/links`, headers: admin, payload: { links: [{ kind: 'article', articleId: b.id }] } });
  const partner = await create(app, '/v1/keys', { name: 'Titres', scopes: ['content:read'], fields: ['id', 'title', 'slug'] });
  const shapes = ['', '?format=text', '?fields=id,title', '?include=body,links', '?include=jsonLd', '?format=blocks&include=links'];
  for (const [who, headers] of [['anonymous', {}], ['partner', { authorization: `Bearer ${partner.key}` }]] as const) {
    for (const url of [...shapes.map((shape) => `/v1/articles/${a.slug}${shape}`), `/v1/articles/${c.id}`]) {
      const full = await app.inject({ url, headers });
      statements.length = 0;
      const res = await app.inject({ url, headers: { ...headers, 'if-none-match': String(full.headers.etag) } });
      t.equal(res.statusCode, 304, `${who} ${url}`);
      t.ok(statements.some((sql) => /FROM articles a/.test(sql)), 'statements are traced');
      t.notOk(statements.some((sql) => /body_(html|text|blocks)|a\.body\b/.test(sql)), `${who} ${url}: no body read`);
      for (const h of ['etag', 'last-modified', 'cache-control', 'vary', 'surrogate-key']) t.equal(res.headers[h], full.headers[h], `${who} ${url}: ${h}`);
      const since = await app.inject({ url, headers: { ...headers, 'if-modified-since': 'Mon, 01 Jun 2026 08:00:00 GMT' } });
      // A key without updatedAt gets no Last-Modified, and its If-Modified-Since goes unanswered: it would date the article.
      t.equal(since.statusCode, who === 'partner' ? 200 : 304, `${who} ${url}: If-Modified-Since`);
    }
  }
  // What the validators depend on moves them: a linked article's title, the article itself.
  const before = String((await app.inject(`/v1/articles/${a.slug}?include=links`)).headers.etag);
  clock.advance(1000);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${b.id}`, headers: admin, payload: { title: 'Lié, retitré' } });
  t.equal((await app.inject({ url: `/v1/articles/${a.slug}?include=links`, headers: { 'if-none-match': before } })).statusCode, 200);
  const plain = String((await app.inject(`/v1/articles/${a.slug}`)).headers.etag);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { standfirst: 'Corrigé' } });
  const changed = await app.inject({ url: `/v1/articles/${a.slug}`, headers: { 'if-none-match': plain } });
  t.equal(changed.statusCode, 200);
  t.match(changed.json(), { standfirst: 'Corrigé' });
  t.equal((await app.inject({ url: '/v1/articles/nulle-part', headers: { 'if-none-match': plain } })).statusCode, 404);
});

t.test('HEAD answers the headers of GET, Cache-Control and 304 included', async (t) => {
  const { app } = await makeApp(t);
  const { a } = await published(app);
  const get = await app.inject(`/v1/articles/${a.id}`);
  const head = await app.inject({ method: 'HEAD', url: `/v1/articles/${a.id}` });
  t.equal(head.statusCode, 200);
  for (const h of ['etag', 'cache-control', 'vary']) t.equal(head.headers[h], get.headers[h], h);
  t.equal((await app.inject({ method: 'HEAD', url: `/v1/articles/${a.id}`, headers: { 'if-none-match': String(get.headers.etag) } })).statusCode, 304);
});

t.test('a conditional HEAD is a bodiless 304 without Content-Length, whatever the read', async (t) => {
  const { app } = await makeApp(t);
  const { a } = await published(app);
  for (const url of ['/v1/articles', `/v1/articles/${a.id}/ninjs`, '/v1/feeds/atom', '/sitemap.xml', '/v1/tags', `/v1/articles/${a.id}`]) {
    const get = await app.inject(url);
    for (const headers of [{ 'if-none-match': String(get.headers.etag) }, { 'if-modified-since': String(get.headers['last-modified']) }]) {
      const head = await app.inject({ method: 'HEAD', url, headers });
      t.equal(head.statusCode, 304, `${url} ${Object.keys(headers)[0]}`);
      t.equal(head.body, '');
      t.equal(head.headers['content-length'], undefined, 'no Content-Length on a 304');
      for (const h of ['etag', 'cache-control', 'vary', 'surrogate-key']) t.equal(head.headers[h], get.headers[h], h);
    }
    t.equal((await app.inject({ method: 'HEAD', url })).headers['content-length'], get.headers['content-length'], `${url}: HEAD 200 has the length of GET`);
  }
});

t.test('what a preview key sees is never stored by shared caches', async (t) => {
  const { app } = await makeApp(t);
  const { a } = await published(app);
  const preview = await create(app, '/v1/keys', { name: 'aperçu', scopes: ['content:preview'] });
  const reader = await create(app, '/v1/keys', { name: 'lecteur', scopes: ['content:read'] });
  const asPreview = await app.inject({ url: `/v1/articles/${a.id}`, headers: { authorization: `Bearer ${preview.key}` } });
  t.equal(asPreview.headers['cache-control'], 'private, no-store');
  t.equal(asPreview.headers.vary, 'Authorization, Accept');
  const asReader = await app.inject({ url: `/v1/articles/${a.id}`, headers: { authorization: `Bearer ${reader.key}` } });
  t.equal(asReader.headers['cache-control'], 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400');
});

t.test('writes honour If-Match with the ETag a read gave', async (t) => {
  const { app } = await makeApp(t);
  const { a } = await published(app);
  const { etag } = (await app.inject({ url: `/v1/articles/${a.id}` })).headers as { etag: string };
  const patch = (ifMatch: string, title: string) =>
    app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: { ...admin, 'if-match': ifMatch }, payload: { title } });
  const ok = await patch(etag, 'Première correction');
  t.equal(ok.statusCode, 200);
  t.match(ok.headers.etag, /^"2-/);
  const stale = await patch(etag, 'Seconde correction');
  t.equal(stale.statusCode, 412);
  t.equal(stale.json().code, 'PRECONDITION_FAILED');
  t.equal((await patch(String(ok.headers.etag), 'Seconde correction')).statusCode, 200);
});

t.test('every read answers 304 to its own ETag, and names what it shows for purges', async (t) => {
  const { app } = await makeApp(t);
  const { a, section, child, author, tag, tag2 } = await published(app);
  const reads: [string, string[]][] = [
    [`/v1/articles/${a.id}`, [a.id, 'refs']],
    ['/v1/articles', ['refs', 'articles', a.id]],
    [`/v1/articles?tag=${tag.slug}&author=${author.slug}`, ['refs', tag.id, author.id, a.id]],
    [`/v1/pages/articles/${a.slug}`, [a.id, 'refs', 'articles', 'search', 'popular']],
    ['/v1/sections', ['sections']],
    [`/v1/sections/${child.id}`, [child.id, 'refs']],
    [`/v1/sections/${section.id}/front`, [section.id, 'refs', a.id]],
    ['/v1/authors', ['authors']],
    [`/v1/authors/${author.id}`, [author.id]],
    ['/v1/tags', ['tags']],
    [`/v1/tags/${tag.slug}`, [tag.id]],
    [`/v1/articles/${a.id}/links`, [a.id, 'refs', 'articles']],
    ['/v1/feeds', ['feeds']],
  ];
  for (const [url, keys] of reads) {
    const first = await app.inject({ url });
    t.equal(first.statusCode, 200, url);
    const surrogate = String(first.headers['surrogate-key']).split(' ');
    t.same([...surrogate].sort(), [...keys].sort(), `${url} names ${keys.join(' ')}`);
    t.same(String(first.headers['cache-tag']).split(','), surrogate, 'Cache-Tag carries the same keys');
    t.same(String(first.headers['edge-cache-tag']).split(','), surrogate, 'and Edge-Cache-Tag');
    const again = await app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
    t.equal(again.statusCode, 304, `${url}: 304`);
  }
});

t.test('an entity read changes its ETag when the entity changes, and only then', async (t) => {
  const { app } = await makeApp(t);
  const { author } = await published(app);
  const etag = async () => (await app.inject({ url: `/v1/authors/${author.id}` })).headers.etag;
  const before = await etag();
  t.equal(await etag(), before, 'stable while nothing changes');
  await app.inject({ method: 'PATCH', url: `/v1/authors/${author.id}`, headers: admin, payload: { bio: 'Journaliste.' } });
  t.not(await etag(), before);
  const list = async () => (await app.inject({ url: '/v1/authors' })).headers.etag;
  const listed = await list();
  await create(app, '/v1/authors', { name: 'Zoé Martin' });
  t.not(await list(), listed, 'a new author changes the list');
});

t.test('a read\'s 404 is kept a short while, varies on Authorization and names the keys of what could make it exist', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const later = await article(app, { title: 'Programmé', sectionId: section.id, publishAt: new Date(clock.now + 3_600_000).toISOString() });
  const misses: [string, string][] = [
    [`/v1/articles/${later.slug}`, 'articles'], [`/v1/articles/${later.id}/ninjs`, 'articles'], [`/v1/pages/articles/${later.slug}`, 'articles'],
    [`/v1/articles/${later.id}/related`, 'articles'], [`/v1/articles/${later.id}/links`, 'articles'],
    ['/v1/sections/nulle-part', 'sections'], ['/v1/sections/nulle-part/front', 'sections'], ['/v1/feeds/sections/nulle-part/rss', 'sections'],
    ['/v1/authors/personne', 'authors'], ['/v1/feeds/authors/personne/atom', 'authors'],
    ['/v1/tags/aucune', 'tags'], ['/v1/feeds/tags/aucune/json', 'tags'],
    [`/sitemaps/sections/${section.id}/2.xml`, 'articles'], ['/sitemaps/sections/nulle-part/1.xml', 'sections'],
  ];
  for (const [url, key] of misses) {
    for (const method of ['GET', 'HEAD'] as const) {
      const res = await app.inject({ method, url });
      t.equal(res.statusCode, 404, `${method} ${url}`);
      t.equal(res.headers['cache-control'], 'public, max-age=10, s-maxage=30', `${method} ${url}: the negative policy`);
      t.match(res.headers.vary, /Authorization/);
      t.equal(res.headers['surrogate-key'], key);
      t.equal(res.headers['cache-tag'], key);
      t.equal(res.headers['edge-cache-tag'], key);
      t.notOk(res.headers.etag, 'no validator');
    }
  }
  const preview = await app.inject({ url: '/v1/articles/nulle-part', headers: admin });
  t.equal(preview.headers['cache-control'], 'private, no-store', 'what a previewer is told is never kept');
  const { app: custom } = await makeApp(t, { KIOSQUE_CACHE_CONTROL_NOT_FOUND: 'public, max-age=1' });
  t.equal((await custom.inject('/v1/articles/nulle-part')).headers['cache-control'], 'public, max-age=1', 'KIOSQUE_CACHE_CONTROL_NOT_FOUND');
});

t.test('no other error may be kept, nor carry what the handler set before it failed', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'false' });
  // A route that fails after it set its validators (added before the first request readies the app).
  app.get('/v1/test/fails-after-validators', async (request, reply) => {
    validate(request, reply, { etag: '"1-x"', lastModified: 0, surrogateKeys: ['articles'] });
    reply.header('cache-control', 'public, max-age=60');
    throw new Error('boom');
  });
  const { a } = await published(app);
  const answers = [
    await app.inject({ url: '/v1/test/fails-after-validators', headers: admin }),
    await app.inject({ url: '/v1/articles' }),
    await app.inject({ url: '/v1/articles?limit=1000', headers: admin }),
    await app.inject({ url: '/v1/nulle-part', headers: admin }),
    await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: { ...admin, 'if-match': '"0"' }, payload: { title: 'x' } }),
    await app.inject({ method: 'DELETE', url: '/v1/articles/nulle-part', headers: admin }),
  ];
  t.same(answers.map((r) => r.statusCode), [500, 401, 400, 404, 412, 404]);
  for (const res of answers) {
    t.equal(res.headers['cache-control'], 'no-store', `${res.statusCode} ${res.json().code}`);
    for (const h of ['etag', 'last-modified', 'surrogate-key', 'cache-tag', 'edge-cache-tag']) t.notOk(res.headers[h], h);
  }
});

t.test('keyed answers are private while anonymous callers cannot read, unless the operator shares them', async (t) => {
  const cc = async (env: Record<string, string>) => {
    const { app } = await makeApp(t, env);
    const { a } = await published(app);
    const reader = await create(app, '/v1/keys', { name: 'Application', scopes: ['content:read'] });
    const headers = { authorization: `Bearer ${reader.key}` };
    return [`/v1/articles/${a.id}`, '/v1/articles', '/v1/articles/nulle-part']
      .map(async (url) => (await app.inject({ url, headers })).headers['cache-control']);
  };
  t.same(await Promise.all(await cc({ KIOSQUE_ANONYMOUS_READ: 'false' })), ['private, max-age=30', 'private, max-age=30', 'private, max-age=30']);
  t.same(await Promise.all(await cc({ KIOSQUE_ANONYMOUS_READ: 'false', KIOSQUE_CACHE_KEYED_PUBLIC: 'true' })), [
    'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400',
    'public, max-age=30, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400', 'public, max-age=10, s-maxage=30',
  ]);
  t.same(await Promise.all(await cc({})), [
    'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400',
    'public, max-age=30, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400', 'public, max-age=10, s-maxage=30',
  ], 'the same answer as an anonymous reader gets, when anonymous callers may read');
});
