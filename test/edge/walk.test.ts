// Every GET route of the OpenAPI document, as HTTP clients and CDNs use it: GET and HEAD, with a
// matching and a stale If-None-Match and If-Modified-Since, for its 200 and its 404; and every
// header block under 4 KB, at a size where naming each article would not fit.
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import t, { type Test } from 'tap';
import type { App } from '../../src/app.js';
import { admin, article, create, makeApp } from '../helpers.js';
import { operationsOf, type Operation } from '../fuzz/spec.js';
import type { Database } from '../../src/db/connection.js';
import { legacyPath } from '../../src/modules/imports/paths.js';

/** Every GET operation of the committed OpenAPI document: routes added later are walked as soon as they are in it. */
function getOperations(): Operation[] {
  const doc = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'));
  return operationsOf(doc).filter((op) => op.method === 'GET');
}

/** Whether an operation documents a 304: a cacheable read, with validators and surrogate keys. */
const cacheable = (op: Operation) => op.responses['304'] !== undefined;

const OLD_PATH = '/2019/03/les-municipales/';

type World = Awaited<ReturnType<typeof buildWorld>>;

/**
 * A newsroom with something for every GET route: a section tree, an author,
 * tags, published articles with links and views, a key and a webhook; and
 * `extra` more articles, for answers that grow with the number of articles.
 */
async function buildWorld(app: App, db: Database, extra = 0) {
  const section = await create(app, '/v1/sections', { name: 'Actualités' });
  const child = await create(app, '/v1/sections', { name: 'Sciences', parentId: section.id });
  const author = await create(app, '/v1/authors', { name: 'Hélène Fabre' });
  const tags = [await create(app, '/v1/tags', { name: 'Élections', type: 'topic' }), await create(app, '/v1/tags', { name: 'Paris', type: 'place' })];
  const byline = { authorIds: [author.id], tagIds: tags.map((x) => x.id), heroImage: { url: 'https://img.example.fr/a.jpg', alt: 'Une image' } };
  const main = await article(app, { title: 'Les élections municipales', sectionId: child.id, ...byline });
  const linked = await article(app, { title: 'Le second tour des municipales', sectionId: section.id, ...byline });
  for (let i = 0; i < extra; i++) await article(app, { title: `Article numéro ${i} sur les municipales`, sectionId: i % 2 ? child.id : section.id, ...byline });
  await app.inject({ method: 'PUT', url: `/v1/articles/${main.id}/links`, headers: admin, payload: { links: [{ kind: 'article', articleId: linked.id }] } });
  await app.inject({ method: 'POST', url: `/v1/articles/${main.id}/views`, headers: { 'user-agent': 'Mozilla/5.0' } });
  app.views.flush();
  // An old URL an import recorded, for the redirects lookup.
  await db.sql.run('INSERT INTO legacy_paths (path, article_id, created_at) VALUES (@path, @id, @at)', { path: legacyPath(OLD_PATH), id: main.id, at: Date.now() });
  const key = await create(app, '/v1/keys', { name: 'Lecteur', scopes: ['content:read'] });
  const webhook = await create(app, '/v1/webhooks', { url: 'http://127.0.0.1:9/hook', eventTypes: ['*'] });
  return { section, child, author, tag: tags[0], main, linked, key, webhook };
}

/** A value for a path parameter that names something that exists. */
function pathValue(path: string, name: string, w: World): string {
  const known: Record<string, string> = {
    idOrPath: w.section.path, slug: w.main.slug, section: w.section.id, page: '1', version: '1', format: 'atom', deliveryId: 'msg_01HZZZZZZZZZZZZZZZZZZZZZZZ',
    id: path.includes('/keys/') ? w.key.id : w.webhook.id,
    idOrSlug: path.includes('/authors/') ? w.author.slug : path.includes('/tags/') ? w.tag.slug : w.main.slug,
  };
  if (known[name] === undefined) throw new Error(`no sample value for {${name}} in ${path}: add one to this file`);
  return known[name];
}

/** The values of the query parameters an operation requires. */
const requiredQuery: Record<string, string> = { q: 'municipales', path: OLD_PATH };

/**
 * The URL of an answer of `op`: `missing` names nothing that exists (its 404);
 * `largest` asks for as much as the parameters allow (every integer at its maximum).
 */
function urlOf(op: Operation, w: World, { missing = false, largest = false } = {}): string {
  let first = true;
  const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = missing && first ? 'nulle-part' : pathValue(op.path, name, w);
    first = false;
    return encodeURIComponent(value);
  });
  const query = new URLSearchParams();
  for (const p of op.parameters.filter((x) => x.in === 'query')) {
    // A lookup by query (no path parameter) misses with a value that names nothing.
    if (p.required && p.schema.default === undefined) query.set(p.name, missing && first ? '/nulle-part' : requiredQuery[p.name]);
    else if (largest && typeof p.schema.maximum === 'number') query.set(p.name, String(p.schema.maximum));
  }
  if (largest && op.id === 'listArticles') query.set('include', 'body,links');
  return query.size ? `${path}?${query}` : path;
}

type Injected = Awaited<ReturnType<App['inject']>>;
const CACHING = ['etag', 'last-modified', 'cache-control', 'vary', 'surrogate-key', 'cache-tag', 'edge-cache-tag'];
const DAY = 86_400_000;

/** The caching headers a 200 must send, all present and consistent. */
function checkCachingHeaders(t: Test, label: string, res: Injected) {
  for (const h of CACHING) t.ok(res.headers[h], `${label}: ${h}`);
  t.match(String(res.headers.vary), /\bAuthorization\b/, `${label}: Vary names Authorization`);
  const keys = String(res.headers['surrogate-key']).split(' ');
  t.equal(res.headers['cache-tag'], keys.join(','), `${label}: Cache-Tag names the same keys`);
  t.equal(res.headers['edge-cache-tag'], keys.join(','), `${label}: Edge-Cache-Tag too`);
}

/** A cacheable read: its 200 by GET and HEAD, then 304s to its validators and 200s to stale ones. */
async function walkCacheable(t: Test, app: App, url: string) {
  const get = await app.inject(url);
  t.equal(get.statusCode, 200, `GET ${url}`);
  checkCachingHeaders(t, `GET ${url}`, get);
  const head = await app.inject({ method: 'HEAD', url });
  t.equal(head.statusCode, 200, `HEAD ${url}`);
  t.equal(head.body, '', 'HEAD has no body');
  t.equal(head.headers['content-length'], get.headers['content-length'], 'HEAD: the length of GET');
  for (const h of CACHING) t.equal(head.headers[h], get.headers[h], `HEAD ${url}: ${h} as GET`);
  const lastModified = Date.parse(String(get.headers['last-modified']));
  const current = [{ 'if-none-match': String(get.headers.etag) }, { 'if-modified-since': String(get.headers['last-modified']) }];
  const stale = [{ 'if-none-match': '"0-stale"' }, { 'if-modified-since': new Date(lastModified - DAY).toUTCString() },
    { 'if-none-match': '"0-stale"', 'if-modified-since': String(get.headers['last-modified']) }];
  for (const method of ['GET', 'HEAD'] as const) {
    for (const headers of current) {
      const res = await app.inject({ method, url, headers });
      const label = `${method} ${url} ${Object.keys(headers).join('+')} current`;
      t.equal(res.statusCode, 304, label);
      t.equal(res.body, '', `${label}: no body`);
      t.equal(res.headers['content-length'], undefined, `${label}: no Content-Length`);
      for (const h of CACHING) t.equal(res.headers[h], get.headers[h], `${label}: ${h} as the 200`);
    }
    for (const headers of stale) {
      const res = await app.inject({ method, url, headers });
      const label = `${method} ${url} ${Object.keys(headers).join('+')} stale`;
      t.equal(res.statusCode, 200, label);
      t.equal(res.body, method === 'GET' ? get.body : '', `${label}: the whole answer`);
    }
  }
}

/** A read's 404 by GET and HEAD, with and without validators: never a 304 nor a 5xx; kept briefly, purged by its keys. */
async function walkMissing(t: Test, app: App, url: string, validators: Record<string, string>) {
  for (const method of ['GET', 'HEAD'] as const) {
    for (const headers of [{}, validators, { 'if-none-match': '*' }]) {
      const res = await app.inject({ method, url, headers });
      const label = `${method} ${url} ${Object.keys(headers).join('+') || 'plain'}`;
      t.equal(res.statusCode, 404, label);
      t.equal(res.headers['cache-control'], 'public, max-age=10, s-maxage=30', `${label}: the negative policy`);
      t.match(String(res.headers.vary), /\bAuthorization\b/, `${label}: Vary`);
      t.ok(res.headers['surrogate-key'], `${label}: the keys of what could make it exist`);
      t.notOk(res.headers.etag, `${label}: no ETag`);
      t.notOk(res.headers['last-modified'], `${label}: no Last-Modified`);
      t.equal(res.headers['cache-tag'], String(res.headers['surrogate-key']).split(' ').join(','), `${label}: Cache-Tag names the same keys`);
      t.equal(res.headers['edge-cache-tag'], res.headers['cache-tag'], `${label}: Edge-Cache-Tag too`);
      if (method === 'GET') t.equal(res.json().code, 'NOT_FOUND');
      else t.equal(res.body, '', `${label}: no body`);
    }
  }
}

/**
 * Reads shared caches never keep (admin, the change feed, health): conditional requests never
 * break them; one with an ETag answers 304 to `If-None-Match: *`, privately.
 */
async function walkOther(t: Test, app: App, url: string, headers: Record<string, string>) {
  const base = await app.inject({ url, headers });
  // A read left out of the cacheable walk (no 304 in the document) must not be one shared caches keep.
  t.notMatch(String(base.headers['cache-control'] ?? ''), /public|s-maxage/, `GET ${url}: no shared cache keeps it`);
  t.notOk(base.headers['surrogate-key'], `GET ${url}: no surrogate keys`);
  for (const method of ['GET', 'HEAD'] as const) {
    for (const extra of [{ 'if-none-match': '*' }, { 'if-none-match': '"0-stale"' }, { 'if-modified-since': new Date().toUTCString() }]) {
      const res = await app.inject({ method, url, headers: { ...headers, ...extra } });
      const label = `${method} ${url} ${JSON.stringify(extra)}: ${res.statusCode}`;
      t.ok(res.statusCode < 500, label);
      const matches = extra['if-none-match' as keyof typeof extra] === '*' && base.headers.etag !== undefined;
      t.equal(res.statusCode, matches ? 304 : base.statusCode, `${label}, as without validators unless its ETag matched`);
      if (res.statusCode === 304) t.equal(res.headers['cache-control'], 'private, no-store', `${label}: kept by no shared cache`);
    }
  }
}

t.test('every GET route, by GET and HEAD, with current and stale validators, for its 200 and its 404', async (t) => {
  const { app, db } = await makeApp(t, { KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: 'true' });
  const w = await buildWorld(app, db);
  const operations = getOperations();
  t.ok(operations.length >= 30, `${operations.length} GET operations`);
  // Twice: computed answers, then the response cache's.
  for (const pass of ['computed', 'from the response cache']) {
    for (const op of operations) {
      const anonymous = (await app.inject(urlOf(op, w))).statusCode;
      if (!cacheable(op) || anonymous === 401 || anonymous === 403) {
        await walkOther(t, app, urlOf(op, w), anonymous === 401 || anonymous === 403 ? admin : {});
        continue;
      }
      await t.test(`${op.id} (${pass})`, async (t) => {
        const url = urlOf(op, w);
        await walkCacheable(t, app, url);
        if (op.responses['404'] === undefined) return;
        const get = await app.inject(url);
        await walkMissing(t, app, urlOf(op, w, { missing: true }), { 'if-none-match': String(get.headers.etag), 'if-modified-since': String(get.headers['last-modified']) });
      });
    }
  }
});

/** The whole header block of an answer, as the client reads it off the socket. */
function headerBlock(port: number, method: string, path: string, headers: Record<string, string> = {}, body?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      received += chunk;
      const end = received.indexOf('\r\n\r\n');
      if (end !== -1) {
        socket.destroy();
        resolve(end + 4);
      }
    });
    socket.on('error', reject);
    const lines = Object.entries({ host: 'localhost', connection: 'close', ...headers, ...(body && { 'content-length': String(Buffer.byteLength(body)) }) });
    socket.write(`${method} ${path} HTTP/1.1\r\n${lines.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${body ?? ''}`);
  });
}

const LIMIT = 4096;

t.test('every header block stays under 4 KB, where naming each article would not fit', async (t) => {
  const { app, db } = await makeApp(t, { KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: 'true' });
  const w = await buildWorld(app, db, 300);
  // What the news sitemap lists, named one by one in two headers, as keys were named before they were bounded.
  const news = (await app.inject('/sitemap-news.xml')).body.match(/<loc>/g)!.length;
  t.ok(2 * news * (w.main.id.length + 1) > LIMIT, `${news} articles in the news sitemap: ${2 * news * (w.main.id.length + 1)} bytes of keys, had each been named`);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  let largest = 0;
  for (const op of getOperations()) {
    const callers = cacheable(op) ? [{}] : [{ authorization: admin.authorization }];
    for (const url of [urlOf(op, w, { largest: true }), urlOf(op, w, { missing: true })]) {
      for (const headers of callers) {
        const size = await headerBlock(port, 'GET', url, headers);
        largest = Math.max(largest, size);
        t.ok(size <= LIMIT, `GET ${url}: ${size} bytes of headers`);
      }
    }
  }
  // The writes with the most keys: an article under 50 tags and 20 authors, moved from one deep section to another.
  const deep = await create(app, '/v1/sections', { name: 'Modèles', parentId: w.child.id });
  const tags = [];
  for (let i = 0; i < 50; i++) tags.push((await create(app, '/v1/tags', { name: `Sujet ${i}`, type: 'topic' })).id);
  const authors = [];
  for (let i = 0; i < 20; i++) authors.push((await create(app, '/v1/authors', { name: `Plume ${i}` })).id);
  const body = JSON.stringify({ title: 'Tout à la fois', body: 'x', sectionId: deep.id, status: 'published', tagIds: tags, authorIds: authors });
  const write = { ...admin, 'content-type': 'application/json' };
  t.ok(await headerBlock(port, 'POST', '/v1/articles', write, body) <= LIMIT, 'a publication under 70 tags and authors');
  const created = (await app.inject({ url: '/v1/articles?limit=1', headers: admin })).json().data[0];
  const move = JSON.stringify({ sectionId: w.section.id, tagIds: tags.slice(0, 10) });
  t.ok(await headerBlock(port, 'PATCH', `/v1/articles/${created.id}`, write, move) <= LIMIT, 'a move and new tags');
  t.ok(await headerBlock(port, 'PATCH', `/v1/sections/${w.section.id}`, write, JSON.stringify({ slug: 'infos' })) <= LIMIT, 'a section moving its subtree');
  t.comment(`largest header block of a read: ${largest} bytes`);
});
