import t from 'tap';
import { admin, isProblem, makeApp } from '../../helpers.js';
import { importFile, WXR } from './helpers.js';

t.test('GET /v1/redirects maps an old URL to the article, with validators and surrogate keys', async (t) => {
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  await importFile(test, 'wordpress', WXR);
  const url = `/v1/redirects?path=${encodeURIComponent('/2025/12/01/grand-format-quartiers/')}`;
  const res = await test.app.inject({ method: 'GET', url });
  t.equal(res.statusCode, 200);
  t.match(res.json(), { status: 301, location: 'http://localhost:3000/actualites/grand-format-quartiers', article: { id: /^art_/, section: { path: 'actualites' } } });
  t.match(res.headers, { etag: /^"1-/, 'last-modified': String, 'cache-control': /public/ });
  t.match(String(res.headers['surrogate-key']), res.json().article.id);
  const again = await test.app.inject({ method: 'GET', url, headers: { 'if-none-match': String(res.headers.etag) } });
  t.equal(again.statusCode, 304);
  await test.app.inject({ method: 'PATCH', url: `/v1/articles/${res.json().article.id}`, headers: admin, payload: { slug: 'six-mois-dans-les-quartiers' } });
  const moved = await test.app.inject({ method: 'GET', url, headers: { 'if-none-match': String(res.headers.etag) } });
  t.equal(moved.statusCode, 200, 'a renamed article: a new answer');
  t.equal(moved.json().location, 'http://localhost:3000/actualites/six-mois-dans-les-quartiers');

  const partner = (await test.app.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name: 'Titres', scopes: ['content:read'], fields: ['title'] } })).json();
  const headlines = await test.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${partner.key}` } });
  t.match(headlines.json(), { location: null, article: { title: String } }, 'a key without url: no location');
  t.notOk('url' in headlines.json().article);
  isProblem(t, await test.app.inject({ method: 'GET', url: '/v1/redirects?path=/nulle-part/' }), 404, 'NOT_FOUND');
  isProblem(t, await test.app.inject({ method: 'GET', url: '/v1/redirects?path=/' }), 404, 'NOT_FOUND');
  isProblem(t, await test.app.inject({ method: 'GET', url: '/v1/redirects' }), 400, 'VALIDATION_FAILED');
});
