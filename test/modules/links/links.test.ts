import t from 'tap';
import type { App } from '../../../src/app.js';
import { admin, article, create, ignoreWrites, isProblem, makeApp, newsroom } from '../../helpers.js';


const put = (app: App, id: string, links: object[], headers: Record<string, string> = {}) =>
  app.inject({ method: 'PUT', url: `/v1/articles/${id}/links`, headers: { ...admin, ...headers }, payload: { links } });
const getLinks = (app: App, id: string, headers: Record<string, string> = {}) =>
  app.inject({ url: `/v1/articles/${id}/links`, headers });

async function setup(app: App) {
  const n = await newsroom(app);
  const main = await article(app, { title: 'Article principal', sectionId: n.section.id });
  const one = await article(app, { title: 'Premier lié', sectionId: n.child.id, standfirst: 'Le chapeau du premier.' });
  const two = await article(app, { title: 'Second lié', sectionId: n.section.id, body: 'Son premier paragraphe.\n\nLa suite.' });
  const draft = await create(app, '/v1/articles', { title: 'Un brouillon', body: 'x', sectionId: n.section.id });
  return { ...n, main, one, two, draft };
}

t.test('PUT replaces the ordered links; GET reads them back in order', async (t) => {
  const { app } = await makeApp(t);
  const { main, one, two } = await setup(app);
  const res = await put(app, main.id, [
    { kind: 'article', articleId: two.id, label: 'À lire aussi' },
    { kind: 'external', url: 'https://www.example.org/rapport', title: 'Le rapport', description: 'Le document source.' },
    { kind: 'article', articleId: one.slug },
    { kind: 'external', url: 'https://www.example.org/autre', title: 'Autre', label: 'Source' },
  ]);
  t.equal(res.statusCode, 200);
  const expected = [
    {
      position: 0, kind: 'article', label: 'À lire aussi', url: 'http://localhost:3000/actualites/second-lie', title: 'Second lié',
      description: 'Son premier paragraphe.',
      article: { id: two.id, slug: 'second-lie', title: 'Second lié', url: 'http://localhost:3000/actualites/second-lie', standfirst: 'Son premier paragraphe.' },
    },
    {
      position: 1, kind: 'external', label: null, url: 'https://www.example.org/rapport', title: 'Le rapport',
      description: 'Le document source.', article: null,
    },
    {
      position: 2, kind: 'article', label: null, url: 'http://localhost:3000/actualites/ia/premier-lie', title: 'Premier lié',
      description: 'Le chapeau du premier.',
      article: { id: one.id, slug: 'premier-lie', title: 'Premier lié', url: 'http://localhost:3000/actualites/ia/premier-lie', standfirst: 'Le chapeau du premier.' },
    },
    { position: 3, kind: 'external', label: 'Source', url: 'https://www.example.org/autre', title: 'Autre', description: null, article: null },
  ];
  t.same(res.json(), { data: expected });
  const read = await getLinks(app, main.id);
  t.equal(read.statusCode, 200);
  t.same(read.json(), { data: expected });
  t.same((await getLinks(app, main.slug)).json(), { data: expected }, 'by slug too');
  t.same((await app.inject({ url: `/v1/articles/${main.id}?include=links` })).json().links, expected);

  const reordered = await put(app, main.slug, [{ kind: 'article', articleId: one.id }, { kind: 'article', articleId: two.id }]);
  t.same(reordered.json().data.map((l: any) => [l.position, l.article.id]), [[0, one.id], [1, two.id]], 'a PUT replaces everything');
  t.same((await put(app, main.id, [])).json(), { data: [] });
  t.same((await getLinks(app, main.id)).json(), { data: [] });
});

t.test('an internal link follows its target: URL, title, canonical URL', async (t) => {
  const { app } = await makeApp(t);
  const { main, one, other } = await setup(app);
  await put(app, main.id, [{ kind: 'article', articleId: one.id }]);
  await app.inject({
    method: 'PATCH', url: `/v1/articles/${one.id}`, headers: admin,
    payload: { title: 'Premier renommé', slug: 'premier-renomme', sectionId: other.id, standfirst: null },
  });
  t.match((await getLinks(app, main.id)).json().data[0], {
    title: 'Premier renommé', url: 'http://localhost:3000/culture/premier-renomme', description: 'Un paragraphe.',
    article: { slug: 'premier-renomme', standfirst: 'Un paragraphe.' },
  });
  await app.inject({ method: 'PATCH', url: `/v1/articles/${one.id}`, headers: admin, payload: { canonicalUrl: 'https://partner.example/p' } });
  t.match((await getLinks(app, main.id)).json().data[0], { url: 'https://partner.example/p', article: { url: 'https://partner.example/p' } });
});

t.test('links to drafts, missing articles, the article itself or twice the same are refused', async (t) => {
  const { app, clock } = await makeApp(t);
  const { main, one, two, draft, section } = await setup(app);
  await put(app, main.id, [{ kind: 'article', articleId: one.id }]);
  const scheduled = await article(app, { title: 'Plus tard', sectionId: section.id, publishAt: new Date(clock.now + 60_000).toISOString() });
  const res = await put(app, main.id, [
    { kind: 'article', articleId: two.id },
    { kind: 'article', articleId: draft.id },
    { kind: 'article', articleId: 'art_01ARZ3NDEKTSV4RRFFQ69G5FAV' },
    { kind: 'article', articleId: 'pas-un-article' },
    { kind: 'article', articleId: main.id },
    { kind: 'article', articleId: two.slug },
    { kind: 'external', url: 'https://example.org/', title: 'OK' },
    { kind: 'article', articleId: scheduled.id },
  ]);
  const body = isProblem(t, res, 400, 'VALIDATION_FAILED');
  t.same(body.errors, [
    { pointer: '/links/1/articleId', message: 'is not a published article' },
    { pointer: '/links/2/articleId', message: 'is not a published article' },
    { pointer: '/links/3/articleId', message: 'is not a published article' },
    { pointer: '/links/4/articleId', message: 'is the article itself' },
    { pointer: '/links/5/articleId', message: 'is already in the list' },
    { pointer: '/links/7/articleId', message: 'is not a published article' },
  ]);
  t.same((await getLinks(app, main.id)).json().data.map((l: any) => l.article.id), [one.id], 'nothing was written');
  t.equal((await app.inject({ url: `/v1/articles/${main.id}`, headers: admin })).json().version, 2, 'nor the version bumped');
  isProblem(t, await put(app, main.id, [{ kind: 'article', articleId: main.slug }]), 400, 'VALIDATION_FAILED');

  clock.advance(60_000);
  t.equal((await put(app, main.id, [{ kind: 'article', articleId: scheduled.id }])).statusCode, 200, 'linkable once published');
});

t.test('the PUT body is validated strictly', async (t) => {
  const { app } = await makeApp(t);
  const { main, one } = await setup(app);
  const cases: [object, string][] = [
    [{ links: [{ kind: 'external', url: 'https://example.org/' }] }, '/links/0'],
    [{ links: [{ kind: 'external', url: 'javascript:alert(1)', title: 'x' }] }, '/links/0'],
    [{ links: [{ kind: 'article', articleId: one.id, extra: 1 }] }, '/links/0'],
    [{ links: [{ kind: 'video', url: 'https://example.org/' }] }, '/links/0'],
    [{ links: [{ kind: 'article', articleId: 5 }] }, '/links/0'],
    [{ links: 'none' }, '/links'],
    [{}, '/links'],
    [{ links: [], more: true }, '/more'],
    [{ links: Array.from({ length: 51 }, (_, i) => ({ kind: 'external', url: `https://example.org/${i}`, title: 't' })) }, '/links'],
  ];
  for (const [payload, pointer] of cases) {
    const res = await app.inject({ method: 'PUT', url: `/v1/articles/${main.id}/links`, headers: admin, payload });
    const body = isProblem(t, res, 400, 'VALIDATION_FAILED');
    t.ok(body.errors.some((e: any) => e.pointer.startsWith(pointer)), `${JSON.stringify(payload).slice(0, 60)} names ${pointer}`);
  }
  t.equal((await app.inject({ url: `/v1/articles/${main.id}`, headers: admin })).json().version, 1);
});

t.test('a link whose target is later hidden is no longer shown to readers', async (t) => {
  const { app } = await makeApp(t);
  const { main, one, two } = await setup(app);
  await put(app, main.id, [
    { kind: 'article', articleId: one.id },
    { kind: 'article', articleId: two.id },
    { kind: 'external', url: 'https://example.org/', title: 'Ailleurs' },
  ]);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${one.id}`, headers: admin, payload: { status: 'draft' } });
  const reader = await create(app, '/v1/keys', { name: 'lecteur', scopes: ['content:read'] });
  for (const headers of [{}, { authorization: `Bearer ${reader.key}` }] as Record<string, string>[]) {
    const links = (await getLinks(app, main.id, headers)).json().data;
    t.same(links.map((l: any) => l.article?.id ?? l.url), [two.id, 'https://example.org/']);
    t.notMatch(JSON.stringify(links), one.id);
    t.same((await app.inject({ url: `/v1/articles/${main.id}?include=links`, headers })).json().links, links);
  }
  const preview = (await getLinks(app, main.id, admin)).json().data;
  t.same(preview.map((l: any) => l.article?.id ?? l.url), [one.id, two.id, 'https://example.org/'], 'editors still see it');

  await app.inject({ method: 'DELETE', url: `/v1/articles/${two.id}`, headers: admin });
  t.same((await getLinks(app, main.id, admin)).json().data.map((l: any) => l.article?.id ?? l.url), [one.id, 'https://example.org/'],
    'a deleted target takes its link with it');
});

t.test('PUT bumps the article version and honours If-Match', async (t) => {
  const { app, clock } = await makeApp(t);
  const { main, one } = await setup(app);
  const before = await app.inject({ url: `/v1/articles/${main.id}` });
  const etag = before.headers.etag as string;
  clock.advance(60_000);

  isProblem(t, await put(app, main.id, [], { 'if-match': '"7-stale"' }), 412, 'PRECONDITION_FAILED');
  const ok = await put(app, main.id, [{ kind: 'article', articleId: one.id }], { 'if-match': etag });
  t.equal(ok.statusCode, 200);
  const after = await app.inject({ url: `/v1/articles/${main.id}`, headers: { 'if-none-match': etag } });
  t.equal(after.statusCode, 200, 'the old ETag no longer matches');
  t.match(after.json(), { version: 2, updatedAt: new Date(clock.now).toISOString() });
  t.match(after.headers.etag, /^"2-/);

  const stale = isProblem(t, await put(app, main.id, [], { 'if-match': etag }), 412, 'PRECONDITION_FAILED');
  t.match(stale.detail, /If-Match/);
  t.equal((await getLinks(app, main.id)).json().data.length, 1, 'the stale PUT changed nothing');
  t.equal((await app.inject({
    method: 'PATCH', url: `/v1/articles/${main.id}`, headers: { ...admin, 'if-match': etag }, payload: { title: 'x' },
  })).statusCode, 412, 'an article PATCH based on the pre-links version is stale too');
});

t.test('a PUT loses to another writer that got there first', async (t) => {
  const { app, db } = await makeApp(t);
  const { main, one } = await setup(app);
  // The conditional version bump matches no row, as when another instance bumped it in between.
  const restore = await ignoreWrites({ db }, 'articles', 'UPDATE');
  isProblem(t, await put(app, main.id, [{ kind: 'article', articleId: one.id }]), 412, 'PRECONDITION_FAILED');
  await restore();
  t.same((await getLinks(app, main.id)).json(), { data: [] }, 'nothing was written');
});

t.test('unknown articles, missing keys and read-only keys', async (t) => {
  const { app } = await makeApp(t);
  const { main, one } = await setup(app);
  for (const id of ['inconnu', 'art_01ARZ3NDEKTSV4RRFFQ69G5FAV']) {
    isProblem(t, await getLinks(app, id), 404, 'NOT_FOUND');
    isProblem(t, await put(app, id, []), 404, 'NOT_FOUND');
  }
  const links = [{ kind: 'article', articleId: one.id }];
  isProblem(t, await app.inject({ method: 'PUT', url: `/v1/articles/${main.id}/links`, payload: { links } }), 401, 'UNAUTHORIZED');
  for (const scopes of [['content:read'], ['content:preview']]) {
    const key = await create(app, '/v1/keys', { name: 'k', scopes });
    isProblem(t, await put(app, main.id, links, { authorization: `Bearer ${key.key}` }), 403, 'FORBIDDEN');
  }
  const writer = await create(app, '/v1/keys', { name: 'w', scopes: ['content:write'] });
  t.equal((await put(app, main.id, links, { authorization: `Bearer ${writer.key}` })).statusCode, 200);
  t.equal((await getLinks(app, main.id)).json().data.length, 1);
});
