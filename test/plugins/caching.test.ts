import t from 'tap';
import type { App } from '../../src/app.js';
import { admin, article, create, makeApp, newsroom } from '../helpers.js';

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
  t.equal(res.headers['cache-control'], 'public, max-age=60, s-maxage=300, stale-while-revalidate=600');
  t.equal(res.headers.vary, 'Authorization, Accept', 'the article URL also answers ninjs by Accept');
  t.same(String(res.headers['surrogate-key']).split(' ').sort(), [a.id, child.id, author.id, tag.id, tag2.id].sort());
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
    t.equal(res.headers['cache-control'], 'public, max-age=60, s-maxage=300, stale-while-revalidate=600');
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

t.test('what a preview key sees is never stored by shared caches', async (t) => {
  const { app } = await makeApp(t);
  const { a } = await published(app);
  const preview = await create(app, '/v1/keys', { name: 'aperçu', scopes: ['content:preview'] });
  const reader = await create(app, '/v1/keys', { name: 'lecteur', scopes: ['content:read'] });
  const asPreview = await app.inject({ url: `/v1/articles/${a.id}`, headers: { authorization: `Bearer ${preview.key}` } });
  t.equal(asPreview.headers['cache-control'], 'private, no-store');
  t.equal(asPreview.headers.vary, 'Authorization, Accept');
  const asReader = await app.inject({ url: `/v1/articles/${a.id}`, headers: { authorization: `Bearer ${reader.key}` } });
  t.equal(asReader.headers['cache-control'], 'public, max-age=60, s-maxage=300, stale-while-revalidate=600');
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
