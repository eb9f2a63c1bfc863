import t from 'tap';
import type { App } from '../../../src/app.js';
import { admin, article, create, isProblem, makeApp, newsroom, onNextClockRead } from '../../helpers.js';

const MINUTE = 60_000;
const front = (app: App, section: string, query = '', headers: Record<string, string> = {}) =>
  app.inject({ url: `/v1/sections/${encodeURIComponent(section)}/front${query}`, headers });
const pin = (app: App, section: string, articleIds: string[], headers: Record<string, string> = admin) =>
  app.inject({ method: 'PUT', url: `/v1/sections/${encodeURIComponent(section)}/pins`, headers, payload: { articleIds } });

t.test('a front: the section, its breadcrumb and children, the latest articles of its subtree', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, child, other } = await newsroom(app);
  const a = await article(app, { title: 'Dans la rubrique', sectionId: section.id });
  clock.advance(MINUTE);
  const b = await article(app, { title: 'Dans la sous-rubrique', sectionId: child.id });
  clock.advance(MINUTE);
  await article(app, { title: 'Ailleurs', sectionId: other.id });
  await create(app, '/v1/articles', { title: 'Brouillon', body: 'x', sectionId: section.id });

  const res = await front(app, 'actualites');
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.match(body.section, { id: section.id, path: 'actualites', children: [{ id: child.id, path: 'actualites/ia' }] });
  t.same(body.breadcrumb.map((s: any) => s.path), ['actualites']);
  t.same(body.articles.map((x: any) => x.id), [b.id, a.id], 'newest first, sub-sections included, no draft');
  t.same(body.pinned, []);
  t.same(body.meta, { limit: 20, nextCursor: null });

  const sub = (await front(app, 'actualites/ia')).json();
  t.same(sub.breadcrumb.map((s: any) => [s.path, s.name]), [['actualites', 'Actualités'], ['actualites/ia', 'Intelligence artificielle']]);
  t.same(sub.articles.map((x: any) => x.id), [b.id]);
  t.same((await front(app, child.id)).json().breadcrumb, sub.breadcrumb, 'by id too');
  isProblem(t, await front(app, 'nope'), 404, 'NOT_FOUND');
});

t.test('pinned articles come first, in order, once; pins are a write on the section', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, other } = await newsroom(app);
  const articles = [];
  for (let i = 0; i < 4; i++) {
    articles.push(await article(app, { title: `Article ${i}`, sectionId: section.id }));
    clock.advance(MINUTE);
  }
  const elsewhere = await article(app, { title: 'Venu d’ailleurs', sectionId: other.id });
  const before = (await app.inject({ url: `/v1/sections/${section.id}` })).json();
  const res = await pin(app, 'actualites', [articles[0].id, elsewhere.slug]);
  t.equal(res.statusCode, 200);
  t.same(res.json().pinned.map((x: any) => x.id), [articles[0].id, elsewhere.id]);
  const after = (await app.inject({ url: `/v1/sections/${section.id}` })).json();
  t.equal(after.version, before.version + 1, 'pinning bumps the section version');

  const body = (await front(app, 'actualites')).json();
  t.same(body.pinned.map((x: any) => x.id), [articles[0].id, elsewhere.id]);
  t.same(body.articles.map((x: any) => x.id), [articles[3].id, articles[2].id, articles[1].id], 'pinned ones are not repeated');

  const paged = (await front(app, 'actualites', '?limit=2')).json();
  t.ok(paged.meta.nextCursor);
  const next = await front(app, 'actualites', `?limit=2&cursor=${paged.meta.nextCursor}`);
  t.match(String((await front(app, 'actualites', '?limit=2')).headers.link), /rel="next"/);
  t.same(next.json().pinned, [], 'pins only on the first page');

  await app.inject({ method: 'PATCH', url: `/v1/articles/${elsewhere.id}`, headers: admin, payload: { status: 'archived' } });
  t.same((await front(app, 'actualites')).json().pinned.map((x: any) => x.id), [articles[0].id], 'an unpublished pin disappears');
});

t.test('pins are refused unless published, unique and known; If-Match; scopes', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const ok = await article(app, { title: 'Publié', sectionId: section.id });
  const draft = await create(app, '/v1/articles', { title: 'Brouillon', body: 'x', sectionId: section.id });
  const bad = isProblem(t, await pin(app, section.id, [ok.id, draft.id, 'inconnu', ok.slug]), 400, 'VALIDATION_FAILED');
  t.same(bad.errors.map((e: any) => e.pointer), ['/articleIds/1', '/articleIds/2', '/articleIds/3']);
  isProblem(t, await pin(app, section.id, [ok.id], { ...admin, 'if-match': '"99-x"' }), 412, 'PRECONDITION_FAILED');
  isProblem(t, await pin(app, 'nope', []), 404, 'NOT_FOUND');
  isProblem(t, await pin(app, section.id, [], {}), 401, 'UNAUTHORIZED');
  const key = await create(app, '/v1/keys', { name: 'lecteur', scopes: ['content:read'] });
  isProblem(t, await pin(app, section.id, [], { authorization: `Bearer ${key.key}` }), 403, 'FORBIDDEN');
  const version = (await app.inject({ url: `/v1/sections/${section.id}` })).json().version;
  t.equal((await pin(app, section.id, [ok.id], { ...admin, 'if-match': `"${version}"` })).statusCode, 200);
});

t.test('fronts are cacheable and change with what they show', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Un', sectionId: section.id });
  const first = await front(app, 'actualites');
  const etag = String(first.headers.etag);
  const keys = String(first.headers['surrogate-key']).split(' ');
  t.same(keys.sort(), [section.id, a.id, 'refs'].sort(), 'the section, the articles it shows, refs');
  t.equal((await front(app, 'actualites', '', { 'if-none-match': etag })).statusCode, 304);
  await app.inject({ method: 'PATCH', url: `/v1/sections/${section.id}`, headers: admin, payload: { name: 'À la une' } });
  t.equal((await front(app, 'actualites', '', { 'if-none-match': etag })).statusCode, 200, 'renaming the section changes it');
  const etag2 = String((await front(app, 'actualites')).headers.etag);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { title: 'Un, corrigé' } });
  t.not(String((await front(app, 'actualites')).headers.etag), etag2, 'editing an article on it changes it');
});

t.test('pins lose to another writer of the section between the check and the write', async (t) => {
  const tapp = await makeApp(t);
  const { section } = await newsroom(tapp.app);
  const a = await article(tapp.app, { title: 'Publié', sectionId: section.id });
  onNextClockRead(tapp, 'update sections set version = version + 1 where id = @id', { id: section.id });
  isProblem(t, await pin(tapp.app, section.id, [a.id]), 412, 'PRECONDITION_FAILED');
  t.same((await front(tapp.app, section.id)).json().pinned, [], 'nothing pinned');
});
