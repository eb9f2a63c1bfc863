import t from 'tap';
import type { App } from '../../../src/app.js';
import { admin, article, create, isProblem, makeApp, newsroom, onNextClockRead } from '../../helpers.js';

const NOW = '2026-06-01T08:00:00.000Z';


const get = (app: App, url: string) => app.inject({ url });
const post = (app: App, payload: unknown) => app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: payload as object });
const patch = (app: App, idOrPath: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'PATCH', url: `/v1/sections/${encodeURIComponent(idOrPath)}`, headers: { ...admin, ...headers }, payload: payload as object });
const del = (app: App, idOrPath: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'DELETE', url: `/v1/sections/${encodeURIComponent(idOrPath)}`, headers: { ...admin, ...headers } });

const feedsOf = (id: string) => Object.fromEntries(['rss', 'atom', 'json']
  .map((format) => [format, `http://localhost:3000/v1/feeds/sections/${id}/${format}`]));

t.test('POST /v1/sections makes the slug from the name, folding French diacritics', async (t) => {
  const { app } = await makeApp(t);
  const res = await post(app, { name: 'Économie & Société' });
  t.equal(res.statusCode, 201);
  const s = res.json();
  t.match(s.id, /^sec_[0-9A-HJKMNP-TV-Z]{26}$/);
  t.same(s, {
    id: s.id, slug: 'economie-et-societe', name: 'Économie & Société', description: null, parentId: null,
    position: 0, path: 'economie-et-societe', createdAt: NOW, updatedAt: NOW, version: 1, parent: null, children: [],
    feeds: feedsOf(s.id),
  });
});

t.test('POST /v1/sections takes an explicit slug, a description and a position', async (t) => {
  const { app } = await makeApp(t);
  const s = await create(app, '/v1/sections', { name: 'Intelligence artificielle', slug: 'ia', description: 'Tout sur l’IA', position: 3 });
  t.match(s, { slug: 'ia', path: 'ia', description: 'Tout sur l’IA', position: 3 });
});

t.test('a section with a parentId lives under the parent\'s path', async (t) => {
  const { app } = await makeApp(t);
  const parent = await create(app, '/v1/sections', { name: 'Actualités' });
  t.equal(parent.path, 'actualites');
  const child = await create(app, '/v1/sections', { name: 'Intelligence artificielle', slug: 'ia', parentId: parent.id });
  t.match(child, { parentId: parent.id, path: 'actualites/ia', parent: { id: parent.id, slug: 'actualites', path: 'actualites', name: 'Actualités' } });
  const grandchild = await create(app, '/v1/sections', { name: 'Régulation', parentId: child.id });
  t.equal(grandchild.path, 'actualites/ia/regulation');
});

t.test('a generated slug that is taken at that path gets a number; a name without letters gets a fallback', async (t) => {
  const { app } = await makeApp(t);
  const root = await create(app, '/v1/sections', { name: 'Culture' });
  const again = await create(app, '/v1/sections', { name: 'Culture !' });
  t.equal(again.path, 'culture-2');
  const third = await create(app, '/v1/sections', { name: 'culture' });
  t.equal(third.path, 'culture-3');
  const under = await create(app, '/v1/sections', { name: 'Culture', parentId: root.id });
  t.equal(under.path, 'culture/culture', 'the same slug is free under another parent');
  const noLetters = await create(app, '/v1/sections', { name: '日本語' });
  t.equal(noLetters.slug, 'rubrique');
});

t.test('an explicit slug at a path already taken is a 409', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const body = isProblem(t, await post(app, { name: 'IA bis', slug: 'ia', parentId: section.id }), 409, 'CONFLICT');
  t.match(body.detail, 'actualites/ia');
  t.equal(body.type, 'urn:kiosque:problem:conflict');
  t.equal((await post(app, { name: 'Ailleurs', slug: 'ia' })).statusCode, 201, 'the same slug at the root is another path');
});

t.test('POST /v1/sections refuses an unknown parentId, and a path given as parentId', async (t) => {
  const { app } = await makeApp(t);
  await newsroom(app);
  for (const parentId of ['sec_01JZZZZZZZZZZZZZZZZZZZZZZZ', 'actualites']) {
    const body = isProblem(t, await post(app, { name: 'Orpheline', parentId }), 400, 'VALIDATION_FAILED');
    t.same(body.errors, [{ pointer: '/parentId', message: 'is not the id of a section' }]);
  }
  const s = await create(app, '/v1/sections', { name: 'Racine', parentId: null });
  t.equal(s.parentId, null, 'a null parentId is the root');
});

t.test('POST /v1/sections validates its body strictly', async (t) => {
  const { app } = await makeApp(t);
  t.equal(isProblem(t, await post(app, { name: 'X', slug: 'Pas Un Slug' }), 400, 'VALIDATION_FAILED').errors[0].pointer, '/slug');
  t.equal(isProblem(t, await post(app, { name: '' }), 400, 'VALIDATION_FAILED').errors[0].pointer, '/name');
  t.equal(isProblem(t, await post(app, { name: 'X', position: -1 }), 400, 'VALIDATION_FAILED').errors[0].pointer, '/position');
  t.equal(isProblem(t, await post(app, { name: 'X', position: '1' }), 400, 'VALIDATION_FAILED').errors[0].pointer, '/position');
  t.equal(isProblem(t, await post(app, { name: 'X', colour: 'red' }), 400, 'VALIDATION_FAILED').errors[0].pointer, '/colour');
  t.equal((await app.inject({ url: '/v1/sections' })).json().data.length, 0, 'nothing was written');
});

t.test('GET /v1/sections/{idOrPath} answers by id and by URL-encoded path, with parent and children', async (t) => {
  const { app } = await makeApp(t);
  const { section, child } = await newsroom(app);
  const b = await create(app, '/v1/sections', { name: 'Bourse', parentId: section.id, position: 1 });
  const a = await create(app, '/v1/sections', { name: 'Zoologie', parentId: section.id, position: 0 });
  const c = await create(app, '/v1/sections', { name: 'Agriculture', parentId: section.id, position: 1 });

  const byId = await get(app, `/v1/sections/${section.id}`);
  t.equal(byId.statusCode, 200);
  const s = byId.json();
  t.equal(s.parent, null);
  t.same(s.children.map((x: any) => x.id), [child.id, a.id, c.id, b.id], 'children by position, then name');
  t.same(s.children[0], { id: child.id, slug: 'ia', path: 'actualites/ia', name: 'Intelligence artificielle' });

  const byPath = await get(app, '/v1/sections/actualites%2Fia');
  t.equal(byPath.statusCode, 200);
  t.match(byPath.json(), {
    id: child.id, path: 'actualites/ia',
    parent: { id: section.id, slug: 'actualites', path: 'actualites', name: 'Actualités' }, children: [],
  });
  t.equal((await get(app, '/v1/sections/actualites')).json().id, section.id, 'a root path is its slug');
});

t.test('GET /v1/sections/{idOrPath} is a 404 problem for an unknown id or path', async (t) => {
  const { app } = await makeApp(t);
  await newsroom(app);
  for (const url of ['/v1/sections/sec_01JZZZZZZZZZZZZZZZZZZZZZZZ', '/v1/sections/ia', '/v1/sections/actualites%2Fnope']) {
    const body = isProblem(t, await get(app, url), 404, 'NOT_FOUND');
    t.equal(body.detail, 'Section not found');
  }
});

t.test('GET /v1/sections lists in tree order and pages with a cursor and a Link header', async (t) => {
  const { app } = await makeApp(t);
  const { section, child, other } = await newsroom(app);
  const deep = await create(app, '/v1/sections', { name: 'Régulation', parentId: child.id });
  const eco = await create(app, '/v1/sections', { name: 'Économie', parentId: section.id });
  const local = await create(app, '/v1/sections', { name: 'Actualités locales' });
  const expected = ['actualites', 'actualites/economie', 'actualites/ia', 'actualites/ia/regulation', 'actualites-locales', 'culture'];

  const all = await get(app, '/v1/sections');
  t.equal(all.statusCode, 200);
  t.same(all.json().data.map((s: any) => s.path).slice(0, 4), expected.slice(0, 4), 'parents come right before their children');
  t.same(all.json().meta, { limit: 20, nextCursor: null });
  t.notOk(all.headers.link, 'no Link header on the last page');
  t.same(all.json().data.map((s: any) => s.path), expected,
    'a subtree is contiguous: actualites-locales does not come between actualites and its children');
  t.same(all.json().data[2], {
    id: child.id, slug: 'ia', name: 'Intelligence artificielle', description: null, parentId: section.id,
    position: 0, path: 'actualites/ia', createdAt: NOW, updatedAt: NOW, version: 1, feeds: feedsOf(child.id),
  }, 'list items carry no parent nor children, and their feeds by id');

  const seen: string[] = [];
  let url = '/v1/sections?limit=2';
  let pages = 0;
  for (;;) {
    const res = await get(app, url);
    t.equal(res.statusCode, 200);
    const { data, meta } = res.json();
    t.equal(meta.limit, 2);
    seen.push(...data.map((s: any) => s.path));
    pages++;
    if (meta.nextCursor === null) break;
    const link = String(res.headers.link);
    const match = /^<([^>]+)>; rel="next"$/.exec(link);
    t.ok(match, `Link header: ${link}`);
    const next = new URL(match![1], 'http://x');
    t.equal(next.pathname, '/v1/sections');
    t.equal(next.searchParams.get('limit'), '2', 'the next link keeps the query');
    t.equal(next.searchParams.get('cursor'), meta.nextCursor);
    url = match![1];
  }
  t.equal(pages, 3);
  t.same(seen, expected, 'pages neither repeat nor skip');
  t.ok([deep, eco, other, local].every(Boolean));
});

t.test('GET /v1/sections refuses a cursor it did not issue', async (t) => {
  const { app } = await makeApp(t);
  await newsroom(app);
  await create(app, '/v1/authors', { name: 'Zoé Martin' });
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const authorsCursor = (await app.inject({ url: '/v1/authors?limit=1' })).json().meta.nextCursor;
  t.type(authorsCursor, 'string');
  for (const cursor of ['not-a-cursor', b64({ path: 'x' }), b64(['path']), b64(['name', 'x']), b64(['path', null]), b64(['path', 1.5]), authorsCursor]) {
    const body = isProblem(t, await get(app, `/v1/sections?cursor=${encodeURIComponent(cursor)}`), 400, 'INVALID_CURSOR');
    t.equal(body.type, 'urn:kiosque:problem:invalid-cursor');
  }
});

t.test('PATCH /v1/sections changes fields, bumps version and updatedAt, and honours If-Match', async (t) => {
  const tapp = await makeApp(t);
  const { app, clock } = tapp;
  const { other } = await newsroom(app);
  clock.advance(60_000);
  const res = await patch(app, other.id, { name: 'Culture & loisirs', description: 'Sorties', position: 2 }, { 'if-match': '"1"' });
  t.equal(res.statusCode, 200);
  t.match(res.json(), {
    id: other.id, name: 'Culture & loisirs', slug: 'culture', path: 'culture', description: 'Sorties', position: 2,
    version: 2, createdAt: NOW, updatedAt: '2026-06-01T08:01:00.000Z', parent: null, children: [],
  });
  t.equal((await patch(app, 'culture', { description: null }, { 'if-match': 'W/"2-abc", "7"' })).json().description, null,
    'a weak ETag with a variant in a list matches, and null clears');
  t.equal((await patch(app, other.id, { position: 1 }, { 'if-match': '*' })).json().version, 4, '* matches any version');

  const stale = isProblem(t, await patch(app, other.id, { name: 'Trop tard' }, { 'if-match': '"1"' }), 412, 'PRECONDITION_FAILED');
  t.equal(stale.title, 'Precondition Failed');
  isProblem(t, await patch(app, other.id, { name: 'Trop tard' }, { 'if-match': 'garbage' }), 412, 'PRECONDITION_FAILED');
  t.equal((await get(app, `/v1/sections/${other.id}`)).json().name, 'Culture & loisirs', 'a refused write changes nothing');

  onNextClockRead(tapp, 'update sections set version = version + 1 where id = ?', other.id);
  isProblem(t, await patch(app, other.id, { name: 'Perdu' }), 412, 'PRECONDITION_FAILED');
  // Read as an editor: the other writer here is a bare UPDATE that records no change, so purges nothing.
  t.match((await app.inject({ url: `/v1/sections/${other.id}`, headers: admin })).json(), { name: 'Culture & loisirs', version: 5 },
    'a writer that lost the race to another is refused, not merged');
});

t.test('PATCH /v1/sections: renaming the slug moves the paths of all descendants', async (t) => {
  const { app } = await makeApp(t);
  const { section, child } = await newsroom(app);
  const deep = await create(app, '/v1/sections', { name: 'Régulation', parentId: child.id });
  const lookalike = await create(app, '/v1/sections', { name: 'Actualités locales', slug: 'actualites-locales' });

  const res = await patch(app, section.id, { slug: 'infos' });
  t.equal(res.statusCode, 200);
  t.match(res.json(), { slug: 'infos', path: 'infos', children: [{ id: child.id, path: 'infos/ia' }] });
  t.equal((await get(app, '/v1/sections/infos%2Fia%2Fregulation')).json().id, deep.id);
  t.equal((await get(app, `/v1/sections/${deep.id}`)).json().path, 'infos/ia/regulation');
  t.equal((await get(app, '/v1/sections/actualites%2Fia')).statusCode, 404, 'the old path is gone');
  t.equal((await get(app, `/v1/sections/${lookalike.id}`)).json().path, 'actualites-locales', 'a sibling sharing a prefix is untouched');
  t.same((await get(app, '/v1/sections')).json().data.map((s: any) => s.path),
    ['actualites-locales', 'culture', 'infos', 'infos/ia', 'infos/ia/regulation']);
  t.match((await get(app, `/v1/sections/${child.id}`)).json(), { version: 2, updatedAt: NOW }, 'a moved descendant is a changed descendant');
  t.match((await get(app, `/v1/sections/${deep.id}`)).json(), { version: 2 });
  t.equal((await get(app, `/v1/sections/${lookalike.id}`)).json().version, 1);
});

t.test('moving a section changes the ETag of the articles in its subtree', async (t) => {
  const { app } = await makeApp(t);
  const { section, child } = await newsroom(app);
  const a = await article(app, { title: 'Un article', sectionId: child.id });
  const before = await get(app, `/v1/articles/${a.id}`);
  t.equal(before.json().url, 'http://localhost:3000/actualites/ia/un-article');
  t.equal((await patch(app, section.id, { slug: 'infos' })).statusCode, 200);
  const after = await app.inject({ url: `/v1/articles/${a.id}`, headers: { 'if-none-match': String(before.headers.etag) } });
  t.equal(after.statusCode, 200, 'no 304 with the old URL');
  t.match(after.json(), { url: 'http://localhost:3000/infos/ia/un-article', section: { id: child.id, path: 'infos/ia' } });
});

t.test('PATCH /v1/sections: moving under another parent moves the subtree; parentId null moves to the root', async (t) => {
  const { app } = await makeApp(t);
  const { section, child, other } = await newsroom(app);
  const deep = await create(app, '/v1/sections', { name: 'Régulation', parentId: child.id });

  const moved = (await patch(app, child.id, { parentId: other.id })).json();
  t.match(moved, { parentId: other.id, path: 'culture/ia', parent: { id: other.id } });
  t.equal((await get(app, `/v1/sections/${deep.id}`)).json().path, 'culture/ia/regulation');
  t.same((await get(app, `/v1/sections/${section.id}`)).json().children, []);
  t.same((await get(app, `/v1/sections/${other.id}`)).json().children.map((c: any) => c.id), [child.id]);

  const renamed = (await patch(app, child.id, { name: 'IA', slug: 'intelligence-artificielle' })).json();
  t.match(renamed, { parentId: other.id, path: 'culture/intelligence-artificielle' }, 'a patch without parentId keeps the parent');

  const root = (await patch(app, child.id, { parentId: null })).json();
  t.match(root, { parentId: null, parent: null, path: 'intelligence-artificielle' });
  t.equal((await get(app, `/v1/sections/${deep.id}`)).json().path, 'intelligence-artificielle/regulation');
});

t.test('PATCH /v1/sections refuses to put a section inside itself or its descendants', async (t) => {
  const { app } = await makeApp(t);
  const { section, child } = await newsroom(app);
  const deep = await create(app, '/v1/sections', { name: 'Régulation', parentId: child.id });
  for (const parentId of [section.id, child.id, deep.id]) {
    const body = isProblem(t, await patch(app, section.id, { parentId }), 400, 'VALIDATION_FAILED');
    t.same(body.errors, [{ pointer: '/parentId', message: 'would put the section inside itself' }]);
  }
  t.match((await get(app, `/v1/sections/${section.id}`)).json(), { path: 'actualites', parentId: null, version: 1 });
});

t.test('PATCH /v1/sections refuses an unknown parentId, a taken path, an empty or unknown patch, an unknown section', async (t) => {
  const { app } = await makeApp(t);
  const { section, child, other } = await newsroom(app);
  const unknown = isProblem(t, await patch(app, child.id, { parentId: 'sec_01JZZZZZZZZZZZZZZZZZZZZZZZ' }), 400, 'VALIDATION_FAILED');
  t.same(unknown.errors, [{ pointer: '/parentId', message: 'is not the id of a section' }]);

  t.match(isProblem(t, await patch(app, other.id, { slug: 'actualites' }), 409, 'CONFLICT').detail, 'actualites');
  await create(app, '/v1/sections', { name: 'IA', slug: 'ia', parentId: other.id });
  isProblem(t, await patch(app, child.id, { parentId: other.id }), 409, 'CONFLICT');
  t.match((await get(app, `/v1/sections/${child.id}`)).json(), { path: 'actualites/ia', version: 1 });

  t.equal(isProblem(t, await patch(app, section.id, {}), 400, 'VALIDATION_FAILED').errors[0].pointer, '');
  t.equal(isProblem(t, await patch(app, section.id, { path: 'x' }), 400, 'VALIDATION_FAILED').errors[0].pointer, '/path');
  isProblem(t, await patch(app, 'sec_01JZZZZZZZZZZZZZZZZZZZZZZZ', { name: 'X' }), 404, 'NOT_FOUND');
});

t.test('DELETE /v1/sections is refused with 409 IN_USE while the section has sub-sections or articles', async (t) => {
  const { app } = await makeApp(t);
  const { section, child, other } = await newsroom(app);

  const parentBody = isProblem(t, await del(app, section.id), 409, 'IN_USE');
  t.equal(parentBody.type, 'urn:kiosque:problem:in-use');

  const a = await article(app, { title: 'Un article en culture', sectionId: other.id });
  isProblem(t, await del(app, other.id), 409, 'IN_USE');
  t.equal((await get(app, `/v1/sections/${other.id}`)).statusCode, 200, 'still there');

  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${a.id}`, headers: admin })).statusCode, 204);
  t.equal((await del(app, other.id)).statusCode, 204, 'deletable once its last article is gone');
  t.equal((await del(app, child.id)).statusCode, 204);
  const res = await del(app, 'actualites');
  t.equal(res.statusCode, 204, 'deletable by path once its last child is gone');
  t.equal(res.body, '');
  t.same((await get(app, '/v1/sections')).json().data, []);
  isProblem(t, await del(app, section.id), 404, 'NOT_FOUND');
});

t.test('PATCH /v1/sections under a parent another writer deletes meanwhile is a 409, and changes nothing', async (t) => {
  const tapp = await makeApp(t);
  const { app } = tapp;
  const { child, other } = await newsroom(app);
  onNextClockRead(tapp, 'delete from sections where id = ?', other.id);
  const body = isProblem(t, await patch(app, child.id, { parentId: other.id }), 409, 'CONFLICT');
  t.match(body.detail, 'no longer exists');
  t.match((await get(app, `/v1/sections/${child.id}`)).json(), { path: 'actualites/ia', version: 1 });
});

t.test('DELETE /v1/sections honours If-Match', async (t) => {
  const { app } = await makeApp(t);
  const { other } = await newsroom(app);
  await patch(app, other.id, { name: 'Culture (v2)' });
  isProblem(t, await del(app, other.id, { 'if-match': '"1"' }), 412, 'PRECONDITION_FAILED');
  t.equal((await get(app, `/v1/sections/${other.id}`)).statusCode, 200);
  t.equal((await del(app, other.id, { 'if-match': '"2"' })).statusCode, 204);
});

t.test('section writes need content:write; reads are anonymous', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  t.equal((await get(app, `/v1/sections/${section.id}`)).statusCode, 200);
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/sections', payload: { name: 'X' } }), 401, 'UNAUTHORIZED');
  isProblem(t, await app.inject({ method: 'PATCH', url: `/v1/sections/${section.id}`, payload: { name: 'X' } }), 401, 'UNAUTHORIZED');
  isProblem(t, await app.inject({ method: 'DELETE', url: `/v1/sections/${section.id}` }), 401, 'UNAUTHORIZED');
  const key = await create(app, '/v1/keys', { name: 'lecteur', scopes: ['content:read'] });
  const reader = { authorization: `Bearer ${key.key}` };
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/sections', headers: reader, payload: { name: 'X' } }), 403, 'FORBIDDEN');
});
