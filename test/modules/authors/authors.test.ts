import t from 'tap';
import type { App } from '../../../src/app.js';
import { admin, article, create, isProblem, makeApp, newsroom, onNextClockRead } from '../../helpers.js';

const NOW = '2026-06-01T08:00:00.000Z';


const get = (app: App, url: string) => app.inject({ url });
const post = (app: App, payload: unknown) => app.inject({ method: 'POST', url: '/v1/authors', headers: admin, payload: payload as object });
const patch = (app: App, idOrSlug: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'PATCH', url: `/v1/authors/${idOrSlug}`, headers: { ...admin, ...headers }, payload: payload as object });
const del = (app: App, idOrSlug: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'DELETE', url: `/v1/authors/${idOrSlug}`, headers: { ...admin, ...headers } });

t.test('POST /v1/authors creates an author, its slug folded from the name', async (t) => {
  const { app } = await makeApp(t);
  const res = await post(app, { name: 'Hélène Fabre-Müller', bio: 'Journaliste.', avatarUrl: 'https://img.example/hf.jpg' });
  t.equal(res.statusCode, 201);
  const a = res.json();
  t.match(a.id, /^aut_[0-9A-HJKMNP-TV-Z]{26}$/);
  t.same(a, {
    id: a.id, slug: 'helene-fabre-muller', name: 'Hélène Fabre-Müller', bio: 'Journaliste.',
    avatarUrl: 'https://img.example/hf.jpg', createdAt: NOW, updatedAt: NOW, version: 1,
  });
  const bare = await create(app, '/v1/authors', { name: 'Zoé Martin' });
  t.match(bare, { slug: 'zoe-martin', bio: null, avatarUrl: null });
});

t.test('POST /v1/authors: an explicit slug is kept, a generated one never collides', async (t) => {
  const { app } = await makeApp(t);
  t.equal((await create(app, '/v1/authors', { name: 'Jean Dupont', slug: 'jd' })).slug, 'jd');
  t.equal((await create(app, '/v1/authors', { name: 'Jean Dupont' })).slug, 'jean-dupont');
  t.equal((await create(app, '/v1/authors', { name: 'Jean  Dupont' })).slug, 'jean-dupont-2');
  t.equal((await create(app, '/v1/authors', { name: '李明' })).slug, 'auteur', 'a name with no Latin letters gets a fallback');
  t.equal((await create(app, '/v1/authors', { name: '王芳' })).slug, 'auteur-2');
});

t.test('POST /v1/authors with a taken slug is a 409', async (t) => {
  const { app } = await makeApp(t);
  await create(app, '/v1/authors', { name: 'Jean Dupont' });
  const body = isProblem(t, await post(app, { name: 'Un autre Jean', slug: 'jean-dupont' }), 409, 'CONFLICT');
  t.equal(body.detail, 'An author with slug "jean-dupont" already exists');
  t.equal((await get(app, '/v1/authors')).json().data.length, 1);
});

t.test('POST /v1/authors validates its body strictly', async (t) => {
  const { app } = await makeApp(t);
  const cases: [unknown, string][] = [
    [{}, '/name'],
    [{ name: '' }, '/name'],
    [{ name: 'x'.repeat(201) }, '/name'],
    [{ name: 'X', slug: 'Bad Slug' }, '/slug'],
    [{ name: 'X', avatarUrl: 'javascript:alert(1)' }, '/avatarUrl'],
    [{ name: 'X', avatarUrl: 'not a url' }, '/avatarUrl'],
    [{ name: 'X', bio: 'x'.repeat(5001) }, '/bio'],
    [{ name: 'X', bio: 12 }, '/bio'],
    [{ name: 'X', email: 'x@example.org' }, '/email'],
  ];
  for (const [payload, pointer] of cases) {
    const body = isProblem(t, await post(app, payload), 400, 'VALIDATION_FAILED');
    t.ok(body.errors.some((e: any) => e.pointer === pointer && e.in === 'body'), `${JSON.stringify(payload).slice(0, 60)} → ${pointer}`);
  }
  t.equal((await get(app, '/v1/authors')).json().data.length, 0);
});

t.test('GET /v1/authors/{idOrSlug} answers by id and by slug; 404 otherwise', async (t) => {
  const { app } = await makeApp(t);
  const { author } = await newsroom(app);
  const byId = await get(app, `/v1/authors/${author.id}`);
  t.equal(byId.statusCode, 200);
  t.same(byId.json(), author);
  t.same((await get(app, '/v1/authors/helene-fabre')).json(), author);
  for (const missing of ['aut_01JZZZZZZZZZZZZZZZZZZZZZZZ', 'personne']) {
    t.equal(isProblem(t, await get(app, `/v1/authors/${missing}`), 404, 'NOT_FOUND').detail, 'Author not found');
  }
  const long = isProblem(t, await get(app, `/v1/authors/${'a'.repeat(201)}`), 400, 'VALIDATION_FAILED');
  t.same(long.errors, [{ pointer: '/idOrSlug', in: 'path', message: 'must NOT have more than 200 characters' }]);
});

t.test('GET /v1/authors lists alphabetically, ties by id, and pages with a cursor', async (t) => {
  const { app } = await makeApp(t);
  const names = ['Marc Lévy', 'Anne Roux', 'Zoé Martin', 'Anne Roux', 'Bruno Petit'];
  const made = [];
  for (const name of names) made.push(await create(app, '/v1/authors', { name }));
  const [marc, anne1, zoe, anne2, bruno] = made;
  const expected = [anne1.id, anne2.id, bruno.id, marc.id, zoe.id];

  const all = await get(app, '/v1/authors');
  t.same(all.json().data.map((a: any) => a.id), expected);
  t.same(all.json().meta, { limit: 20, nextCursor: null });
  t.notOk(all.headers.link);

  const seen: string[] = [];
  let url = '/v1/authors?limit=2';
  for (;;) {
    const res = await get(app, url);
    const { data, meta } = res.json();
    t.ok(data.length <= 2);
    seen.push(...data.map((a: any) => a.id));
    if (meta.nextCursor === null) {
      t.notOk(res.headers.link);
      break;
    }
    t.equal(res.headers.link, `</v1/authors?limit=2&cursor=${meta.nextCursor}>; rel="next"`);
    url = `/v1/authors?limit=2&cursor=${meta.nextCursor}`;
  }
  t.same(seen, expected, 'the cursor splits the two Anne Roux without repeating or skipping');

  isProblem(t, await get(app, `/v1/authors?cursor=${Buffer.from('["path","x"]').toString('base64url')}`), 400, 'INVALID_CURSOR');
  isProblem(t, await get(app, '/v1/authors?limit=101'), 400, 'VALIDATION_FAILED');
});

t.test('PATCH /v1/authors changes some fields and bumps version and updatedAt', async (t) => {
  const { app, clock } = await makeApp(t);
  const { author } = await newsroom(app);
  clock.advance(3_600_000);
  const res = await patch(app, author.id, { bio: 'Cheffe du service IA.', avatarUrl: 'http://img.example/h.png' });
  t.equal(res.statusCode, 200);
  t.same(res.json(), {
    ...author, bio: 'Cheffe du service IA.', avatarUrl: 'http://img.example/h.png', version: 2, updatedAt: '2026-06-01T09:00:00.000Z',
  });
  const renamed = (await patch(app, 'helene-fabre', { name: 'Hélène Fabre', slug: 'hfabre', bio: null })).json();
  t.match(renamed, { slug: 'hfabre', bio: null, avatarUrl: 'http://img.example/h.png', version: 3 });
  t.same((await get(app, '/v1/authors/hfabre')).json(), renamed, 'the write is what a read gives');
  t.equal((await get(app, '/v1/authors/helene-fabre')).statusCode, 404);
});

t.test('PATCH /v1/authors: a taken slug is a 409; an empty, unknown or ill-typed patch a 400; an unknown author a 404', async (t) => {
  const { app } = await makeApp(t);
  const { author } = await newsroom(app);
  await create(app, '/v1/authors', { name: 'Zoé Martin' });
  t.equal(isProblem(t, await patch(app, author.id, { slug: 'zoe-martin' }), 409, 'CONFLICT').detail,
    'An author with slug "zoe-martin" already exists');
  isProblem(t, await patch(app, author.id, {}), 400, 'VALIDATION_FAILED');
  t.equal(isProblem(t, await patch(app, author.id, { version: 9 }), 400, 'VALIDATION_FAILED').errors[0].pointer, '/version');
  t.equal(isProblem(t, await patch(app, author.id, { name: null }), 400, 'VALIDATION_FAILED').errors[0].pointer, '/name');
  isProblem(t, await patch(app, 'personne', { name: 'X' }), 404, 'NOT_FOUND');
  t.match((await get(app, `/v1/authors/${author.id}`)).json(), { slug: 'helene-fabre', version: 1 });
});

t.test('PATCH and DELETE /v1/authors honour If-Match', async (t) => {
  const tapp = await makeApp(t);
  const { app } = tapp;
  const { author } = await newsroom(app);
  t.equal((await patch(app, author.id, { bio: 'v2' }, { 'if-match': '"1"' })).statusCode, 200);
  const stale = isProblem(t, await patch(app, author.id, { bio: 'v3' }, { 'if-match': '"1"' }), 412, 'PRECONDITION_FAILED');
  t.equal(stale.detail, 'If-Match does not match the current version of this resource');
  isProblem(t, await del(app, author.id, { 'if-match': '"1"' }), 412, 'PRECONDITION_FAILED');
  t.equal((await get(app, `/v1/authors/${author.id}`)).json().bio, 'v2');

  onNextClockRead(tapp, 'update authors set version = version + 1 where id = ?', author.id);
  isProblem(t, await patch(app, author.id, { bio: 'perdu' }, { 'if-match': '"2"' }), 412, 'PRECONDITION_FAILED');
  // Read as an editor: the other writer here is a bare UPDATE that records no change, so purges nothing.
  t.match((await app.inject({ url: `/v1/authors/${author.id}`, headers: admin })).json(), { bio: 'v2', version: 3 }, 'the losing writer changes nothing');

  t.equal((await del(app, author.id, { 'if-match': '"3"' })).statusCode, 204);
});

t.test('DELETE /v1/authors is refused with 409 IN_USE while an article credits the author', async (t) => {
  const { app } = await makeApp(t);
  const { section, author } = await newsroom(app);
  const a = await article(app, { title: 'Signé', sectionId: section.id, authorIds: [author.id] });
  const body = isProblem(t, await del(app, author.id), 409, 'IN_USE');
  t.equal(body.detail, 'This author is still referenced by other content');
  t.equal((await get(app, `/v1/authors/${author.id}`)).statusCode, 200);

  t.equal((await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { authorIds: [] } })).statusCode, 200);
  const res = await del(app, 'helene-fabre');
  t.equal(res.statusCode, 204);
  t.equal(res.body, '');
  isProblem(t, await get(app, `/v1/authors/${author.id}`), 404, 'NOT_FOUND');
  isProblem(t, await del(app, author.id), 404, 'NOT_FOUND');
});

t.test('author writes need a key with content:write', async (t) => {
  const { app } = await makeApp(t);
  const { author } = await newsroom(app);
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/authors', payload: { name: 'X' } }), 401, 'UNAUTHORIZED');
  isProblem(t, await app.inject({ method: 'PATCH', url: `/v1/authors/${author.id}`, payload: { name: 'X' } }), 401, 'UNAUTHORIZED');
  isProblem(t, await app.inject({ method: 'DELETE', url: `/v1/authors/${author.id}` }), 401, 'UNAUTHORIZED');
  const key = await create(app, '/v1/keys', { name: 'aperçu', scopes: ['content:preview'] });
  const preview = { authorization: `Bearer ${key.key}` };
  isProblem(t, await app.inject({ method: 'DELETE', url: `/v1/authors/${author.id}`, headers: preview }), 403, 'FORBIDDEN');
  t.equal((await app.inject({ url: `/v1/authors/${author.id}`, headers: preview })).statusCode, 200);
});
