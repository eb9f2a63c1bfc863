import t from 'tap';
import { KEY_BUDGET } from '../../../src/lib/keys.js';
import { admin, article, create, isProblem, makeApp, newsroom, onNextClockRead, type TestApp } from '../../helpers.js';

type App = TestApp['app'];

/** Every change so far, as an admin (preview) sees them. */
async function changes(app: App) {
  const res = await app.inject({ url: '/v1/changes?limit=500', headers: admin });
  return res.json().data as any[];
}

const keysOf = (res: { headers: Record<string, unknown> }) => String(res.headers['surrogate-key']).split(' ');

async function write(app: App, method: 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) {
  return app.inject({ method, url, headers: admin, payload });
}

t.test('every write of an article is a change, in order, typed by what readers can see', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, child, author, tag } = await newsroom(app);
  const draft = await article(app, { title: 'Brouillon', sectionId: child.id, status: 'draft', authorIds: [author.id], tagIds: [tag.id] });
  t.equal((await write(app, 'PATCH', `/v1/articles/${draft.id}`, { title: 'Brouillon 2' })).statusCode, 200);
  t.equal((await write(app, 'PATCH', `/v1/articles/${draft.id}`, { status: 'published' })).statusCode, 200);
  t.equal((await write(app, 'PATCH', `/v1/articles/${draft.id}`, { standfirst: 'Chapeau' })).statusCode, 200);
  t.equal((await write(app, 'PATCH', `/v1/articles/${draft.id}`, { sectionId: section.id })).statusCode, 200);
  t.equal((await write(app, 'PATCH', `/v1/articles/${draft.id}`, { pubStatus: 'withheld' })).statusCode, 200);
  t.equal((await write(app, 'PATCH', `/v1/articles/${draft.id}`, { pubStatus: 'usable' })).statusCode, 200);
  t.equal((await write(app, 'PATCH', `/v1/articles/${draft.id}`, { pubStatus: 'canceled' })).statusCode, 200);
  t.equal((await write(app, 'PATCH', `/v1/articles/${draft.id}`, { pubStatus: 'usable', status: 'archived' })).statusCode, 200);
  t.equal((await write(app, 'PATCH', `/v1/articles/${draft.id}`, { status: 'published' })).statusCode, 200);
  t.equal((await write(app, 'PATCH', `/v1/articles/${draft.id}`, { status: 'draft' })).statusCode, 200);
  clock.advance(1000);
  const live = await article(app, { title: 'En ligne', sectionId: section.id });
  t.equal((await write(app, 'DELETE', `/v1/articles/${draft.id}`)).statusCode, 204);

  const articleChanges = (await changes(app)).filter((c) => c.entity.type === 'article');
  t.same(articleChanges.map((c) => [c.type, c.entity.id]), [
    ['article.created', draft.id], ['article.updated', draft.id], ['article.published', draft.id],
    ['article.updated', draft.id], ['article.updated', draft.id], ['article.withheld', draft.id],
    ['article.published', draft.id], ['article.canceled', draft.id], ['article.updated', draft.id],
    ['article.published', draft.id], ['article.unpublished', draft.id],
    ['article.published', live.id], ['article.deleted', draft.id],
  ]);
  const moved = articleChanges[4];
  t.match(moved, { sectionId: section.id, previousSectionId: child.id }, 'a move names both sections');
  const tombstone = articleChanges[12];
  t.match(tombstone, { entity: { type: 'article', id: draft.id, slug: 'brouillon', version: 11 }, sectionId: section.id },
    'a deletion keeps the id, the last slug and version');
  t.equal(tombstone.occurredAt, new Date(clock.now).toISOString());
  const cursors = articleChanges.map((c) => c.cursor);
  t.equal(new Set(cursors).size, cursors.length, 'each change has its own cursor');
});

t.test('sections, pins, authors, tags and related links are changes too', async (t) => {
  const { app } = await makeApp(t);
  const { section, child, author, tag } = await newsroom(app);
  const a = await article(app, { title: 'Un', sectionId: child.id });
  const b = await article(app, { title: 'Deux', sectionId: child.id });
  await write(app, 'PATCH', `/v1/sections/${child.id}`, { name: 'IA' });
  await write(app, 'PUT', `/v1/sections/${section.id}/pins`, { articleIds: [a.id] });
  await write(app, 'PATCH', `/v1/authors/${author.id}`, { bio: 'Journaliste' });
  await write(app, 'PATCH', `/v1/tags/${tag.id}`, { name: 'Élection' });
  await write(app, 'PUT', `/v1/articles/${a.id}/links`, { links: [{ kind: 'article', articleId: b.id }] });
  const extra = await create(app, '/v1/tags', { name: 'Jetable', type: 'event' });
  await write(app, 'DELETE', `/v1/tags/${extra.id}`);
  const gone = await create(app, '/v1/authors', { name: 'Parti' });
  await write(app, 'DELETE', `/v1/authors/${gone.id}`);
  const empty = await create(app, '/v1/sections', { name: 'Vide', parentId: section.id });
  await write(app, 'DELETE', `/v1/sections/${empty.id}`);

  const all = await changes(app);
  t.same(all.slice(0, 6).map((c) => c.type), ['section.created', 'section.created', 'section.created', 'author.created', 'tag.created', 'tag.created']);
  t.same(all.slice(8).map((c) => [c.type, c.entity.id]), [
    ['section.updated', child.id], ['section.updated', section.id], ['author.updated', author.id], ['tag.updated', tag.id],
    ['links.updated', a.id], ['tag.created', extra.id], ['tag.deleted', extra.id], ['author.created', gone.id],
    ['author.deleted', gone.id], ['section.created', empty.id], ['section.deleted', empty.id],
  ]);
  t.match(all[9], { entity: { slug: 'actualites', version: 2 }, sectionId: section.id }, 'pins change the section, filed under itself');
  t.same(all[9].surrogateKeys, [section.id, 'sections'], 'its front, its answer and the list of sections');
  t.match(all[12], { entity: { type: 'article', version: 2 }, sectionId: child.id });
  t.same(all[12].surrogateKeys, [a.id, 'edits'], 'links show on the article\'s answers; its new version moves it by update time');
  t.match(all[18], { entity: { slug: 'actualites/vide' } });
  t.same(all[18].surrogateKeys, [empty.id, 'sections', section.id], 'a section names its parent');
});

t.test('a refused write records no change, and rolls back whole', async (t) => {
  const tapp = await makeApp(t);
  const { app } = tapp;
  const { child, author } = await newsroom(tapp.app);
  const a = await article(app, { title: 'Un', sectionId: child.id, authorIds: [author.id] });
  const before = (await changes(app)).length;
  isProblem(t, await write(app, 'PATCH', `/v1/articles/${a.id}`, { sectionId: 'sec_nope' }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: { ...admin, 'if-match': '"9-x"' }, payload: { title: 'X' } }), 412, 'PRECONDITION_FAILED');
  isProblem(t, await write(app, 'DELETE', `/v1/authors/${author.id}`), 409, 'IN_USE');
  isProblem(t, await write(app, 'PATCH', '/v1/tags/nope', { name: 'X' }), 404, 'NOT_FOUND');
  onNextClockRead(tapp, 'update articles set version = version + 1 where id = @id', { id: a.id });
  isProblem(t, await write(app, 'PATCH', `/v1/articles/${a.id}`, { title: 'Perdu' }), 412, 'PRECONDITION_FAILED');
  t.equal((await changes(app)).length, before, 'nothing recorded');
  t.equal((await app.inject({ url: `/v1/articles/${a.id}`, headers: admin })).json().version, 1, 'the refused write rolled back whole, the version bump it raced with included');
});

t.test('a write names the surrogate keys of the answers it invalidates', async (t) => {
  const { app } = await makeApp(t);
  const { section, child, author, tag, tag2 } = await newsroom(app);
  const a = await article(app, { title: 'Un', sectionId: child.id, authorIds: [author.id], tagIds: [tag.id] });
  const front = await app.inject(`/v1/sections/${section.id}/front`);
  const list = await app.inject(`/v1/articles?section=${child.id}`);
  const item = await app.inject(`/v1/articles/${a.slug}`);
  const res = await write(app, 'PATCH', `/v1/articles/${a.id}`, { title: 'Un, modifié', tagIds: [tag2.id] });
  const keys = keysOf(res);
  t.equal(res.headers['cache-tag'], keys.join(','), 'Cache-Tag holds the same keys, comma-separated');
  t.equal(res.headers['edge-cache-tag'], keys.join(','), 'and Edge-Cache-Tag');
  for (const [name, read] of [['front', front], ['list', list], ['article', item]] as const) {
    t.ok(keysOf(read).some((k) => keys.includes(k)), `the ${name} answer is purged`);
  }
  t.same([...keys].sort(), [a.id, 'search', 'searches', 'edits', 'articles', child.id, section.id, author.id, tag.id, tag2.id].sort(),
    'a new title moves it in lists by title, new tags in and out of tag lists (and of searches by tag): its collections, before and after');
  const last = (await changes(app)).at(-1);
  t.same(last.surrogateKeys, keys, 'the change carries the same keys');

  const edit = await write(app, 'PATCH', `/v1/articles/${a.id}`, { standfirst: 'Un chapeau' });
  // The standfirst was the summary ("Un paragraphe."): as long as the new one, so only the searches for their terms.
  t.same(keysOf(edit), [a.id, 'search', 'edits', 'search-text', 'term-un', 'term-par', 'term-cha'],
    'an edit that moves it nowhere names the article, related (search), edits and the searches for the terms it changed only');
  t.notOk(keysOf(list).some((k) => keysOf(edit).includes(k) && k !== a.id), 'a list purged for it only because it shows it');

  const bio = await write(app, 'PATCH', `/v1/authors/${author.id}`, { bio: 'Journaliste' });
  t.same(keysOf(bio), [author.id, 'authors'], 'a bio shows on the author only');
  const authorRes = await write(app, 'PATCH', `/v1/authors/${author.id}`, { name: 'Hélène F.' });
  t.same(keysOf(authorRes), [author.id, 'authors', 'refs', 'search', 'searches'], 'a new name shows wherever the author is named, and is indexed');
  t.ok(keysOf(item).some((k) => keysOf(authorRes).includes(k)), 'renaming the author purges the article answer');
  const tagRes = await write(app, 'PATCH', `/v1/tags/${tag2.id}`, { type: 'event' });
  t.ok(keysOf(await app.inject(`/v1/articles/${a.slug}`)).some((k) => keysOf(tagRes).includes(k)), 'and changing its tag');
  const described = await write(app, 'PATCH', `/v1/sections/${child.id}`, { description: 'Tout sur l\'IA' });
  t.same(keysOf(described), [child.id, 'sections', section.id], 'a description shows on the section, its parent\'s children and the list');
  const sectionRes = await write(app, 'PATCH', `/v1/sections/${section.id}`, { slug: 'infos' });
  t.ok(keysOf(sectionRes).includes('refs'), 'a moved path purges every answer showing paths and URLs');
  t.ok(keysOf(await app.inject(`/v1/articles/${a.slug}`)).includes('refs'), 'such as its articles\'');
  const deleted = await write(app, 'DELETE', `/v1/articles/${a.id}`);
  t.equal(deleted.statusCode, 204);
  t.ok(keysOf(deleted).includes(a.id) && keysOf(deleted).includes('articles'));
});

t.test('a draft\'s writes purge only its own key and the searches (the index holds drafts)', async (t) => {
  const { app } = await makeApp(t);
  const { child, author } = await newsroom(app);
  const res = await app.inject({
    method: 'POST', url: '/v1/articles', headers: admin,
    payload: { title: 'Secret', body: 'Texte.', sectionId: child.id, authorIds: [author.id] },
  });
  t.equal(res.statusCode, 201);
  // A new entry: bm25 counts the rows, so every score moves.
  t.same(keysOf(res), [res.json().id, 'search', 'searches']);
  const edit = await app.inject({ method: 'PATCH', url: `/v1/articles/${res.json().id}`, headers: admin, payload: { body: 'Titre.' } });
  t.same(keysOf(edit), [res.json().id, 'search', 'search-text', 'term-tex', 'term-tit'], 'an edit of its text: the searches for its terms');
});

t.test('a write\'s keys stay within the bound: past it, its sections, authors and tags give way to refs', async (t) => {
  const { app } = await makeApp(t);
  const { child } = await newsroom(app);
  const tags = [];
  for (let i = 0; i < 50; i++) tags.push((await create(app, '/v1/tags', { name: `Étiquette ${i}`, type: 'topic' })).id);
  const authors = [];
  for (let i = 0; i < 20; i++) authors.push((await create(app, '/v1/authors', { name: `Plume ${i}` })).id);
  const res = await app.inject({
    method: 'POST', url: '/v1/articles', headers: admin,
    payload: { title: 'Tout', body: 'x', sectionId: child.id, status: 'published', tagIds: tags, authorIds: authors },
  });
  t.same(keysOf(res), [res.json().id, 'search', 'searches', 'edits', 'articles', 'refs']);
  t.ok(String(res.headers['surrogate-key']).length <= KEY_BUDGET);
  for (const url of [`/v1/articles?tag=${tags[7]}`, `/v1/feeds/authors/${authors[3]}/rss`, `/v1/sections/${child.id}/front`]) {
    t.ok(keysOf(await app.inject(url)).includes('refs'), `${url}: an answer narrowed to one of them carries refs`);
  }
});
