import t from 'tap';
import type { App } from '../../../src/app.js';
import { admin, article, create, ignoreWrites, isProblem, makeApp, newsroom } from '../../helpers.js';
import { exec } from '../../database.js';

const HOUR = 3_600_000;
const NOW = '2026-06-01T08:00:00.000Z';

/** An API key with these scopes, as Authorization headers. */
async function keyWith(app: App, scopes: string[]) {
  const key = await create(app, '/v1/keys', { name: `key ${scopes.join(' ')}`, scopes });
  return { authorization: `Bearer ${key.key}` };
}

async function patch(app: App, id: string, payload: object, headers: Record<string, string> = {}) {
  return app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: { ...admin, ...headers }, payload });
}

async function post(app: App, payload: object) {
  return app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload });
}

t.test('POST /v1/articles creates a draft with the contract\'s defaults', async (t) => {
  const { app } = await makeApp(t);
  const { section, author } = await newsroom(app);
  const res = await post(app, {
    title: 'Débauchage de haut niveau : Meta frappe fort', sectionId: section.id, authorIds: [author.id],
    body: 'Le premier paragraphe.\n\n## Les faits\n\nDu texte.',
  });
  t.equal(res.statusCode, 201);
  const a = res.json();
  t.match(a.id, /^art_[0-9A-HJKMNP-TV-Z]{26}$/);
  t.equal(res.headers.location, `/v1/articles/${a.id}`);
  t.equal(res.headers.etag, (await app.inject({ url: `/v1/articles/${a.id}?include=body,links`, headers: admin })).headers.etag,
    'the ETag of the write is the one a read of the same representation gives');
  t.match(a, {
    slug: 'debauchage-de-haut-niveau-meta-frappe-fort',
    url: 'http://localhost:3000/actualites/debauchage-de-haut-niveau-meta-frappe-fort',
    title: 'Débauchage de haut niveau : Meta frappe fort',
    standfirst: 'Le premier paragraphe.',
    lang: 'fr', status: 'draft', pubStatus: 'usable',
    section: { id: section.id, slug: 'actualites', path: 'actualites', name: 'Actualités' },
    authors: [{ id: author.id, slug: author.slug, name: 'Hélène Fabre' }],
    tags: [], heroImage: null, publishAt: null, publishedAt: null, firstPublishedAt: null, embargoUntil: null,
    createdAt: NOW, updatedAt: NOW, version: 1,
    toc: [{ id: 'les-faits', title: 'Les faits', level: 2 }],
    canonicalUrl: null, seo: { title: null, description: null },
    body: { html: '<p>Le premier paragraphe.</p>\n<h2 id="les-faits">Les faits</h2>\n<p>Du texte.</p>' },
    links: [],
  });
  t.equal(a.wordCount, 7);
  t.equal(a.readingTimeMinutes, 1);
});

t.test('every writable field is stored and read back', async (t) => {
  const { app } = await makeApp(t);
  const { child, author, tag, tag2 } = await newsroom(app);
  const second = await create(app, '/v1/authors', { name: 'Jean Dupont' });
  const heroImage = { url: 'https://img.example/a.jpg', alt: 'Une photo', caption: 'Légende', credit: 'AFP', width: 1200, height: 800 };
  const a = await create(app, '/v1/articles', {
    title: 'A title', slug: 'chosen-slug', standfirst: 'Le chapeau.', body: 'Du texte.', sectionId: child.path,
    authorIds: [second.id, author.slug], tagIds: [tag2.slug, tag.id], lang: 'en', status: 'published',
    embargoUntil: '2026-05-01T00:00:00Z', pubStatus: 'usable', heroImage,
    canonicalUrl: 'https://partner.example/story', seo: { title: 'SEO title', description: 'SEO description' },
  });
  t.match(a, {
    slug: 'chosen-slug', standfirst: 'Le chapeau.', lang: 'en', status: 'published',
    section: { id: child.id, path: 'actualites/ia' },
    heroImage, canonicalUrl: 'https://partner.example/story', url: 'https://partner.example/story',
    embargoUntil: '2026-05-01T00:00:00.000Z', seo: { title: 'SEO title', description: 'SEO description' },
  });
  t.same(a.authors.map((x: any) => x.id), [second.id, author.id], 'authors in the given order, slugs resolved to ids');
  t.same(a.tags, [
    { id: tag2.id, slug: 'paris', name: 'Paris', type: 'place' },
    { id: tag.id, slug: 'elections', name: 'Élections', type: 'topic' },
  ], 'tags in the given order');
});

t.test('slugs are made from French titles, folded and unique', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const title = 'Débauchage de haut niveau : Meta frappe fort';
  const first = await article(app, { title, sectionId: section.id });
  const second = await article(app, { title, sectionId: section.id });
  const third = await article(app, { title, sectionId: section.id });
  t.equal(first.slug, 'debauchage-de-haut-niveau-meta-frappe-fort');
  t.equal(second.slug, 'debauchage-de-haut-niveau-meta-frappe-fort-2');
  t.equal(third.slug, 'debauchage-de-haut-niveau-meta-frappe-fort-3');
  t.equal((await article(app, { title: 'L’économie à l’épreuve', sectionId: section.id })).slug, 'l-economie-a-l-epreuve');
  t.equal((await article(app, { title: 'E\u0301te\u0301 2026', sectionId: section.id })).slug, 'ete-2026', 'NFD input folds too');
  t.equal((await article(app, { title: '???', sectionId: section.id })).slug, 'article', 'a title with no letters');
});

t.test('an explicit slug is validated and must be free', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const bad = isProblem(t, await post(app, { title: 'T', slug: 'Not A Slug', body: 'x', sectionId: section.id }), 400, 'VALIDATION_FAILED');
  t.match(bad.errors, [{ pointer: '/slug', in: 'body' }]);
  await article(app, { title: 'T', slug: 'pris', sectionId: section.id });
  const taken = isProblem(t, await post(app, { title: 'Autre', slug: 'pris', body: 'x', sectionId: section.id }), 409, 'CONFLICT');
  t.match(taken.detail, /pris/);
  const other = await article(app, { title: 'Autre', sectionId: section.id });
  isProblem(t, await patch(app, other.id, { slug: 'pris' }), 409, 'CONFLICT');
  t.equal((await app.inject({ url: `/v1/articles/${other.id}`, headers: admin })).json().slug, 'autre', 'nothing changed');
});

t.test('request bodies are validated strictly, never coerced', async (t) => {
  const { app } = await makeApp(t);
  const { section, author, tag, tag2 } = await newsroom(app);
  const valid = { title: 'Titre', body: 'Texte.', sectionId: section.id };

  const unknown = isProblem(t, await post(app, { ...valid, colour: 'red' }), 400, 'VALIDATION_FAILED');
  t.match(unknown.errors, [{ pointer: '/colour', in: 'body' }]);

  const types = isProblem(t, await post(app, { ...valid, title: 5, authorIds: 'x' }), 400, 'VALIDATION_FAILED');
  t.same(types.errors.map((e: any) => e.pointer).sort(), ['/authorIds', '/title']);

  const missing = isProblem(t, await post(app, { body: 'x', sectionId: section.id }), 400, 'VALIDATION_FAILED');
  t.match(missing.errors, [{ pointer: '/title' }]);

  for (const [field, value] of [
    ['status', 'live'], ['pubStatus', 'gone'], ['lang', 'French'], ['publishAt', 'tomorrow'],
    ['canonicalUrl', 'javascript:alert(1)'], ['heroImage', { url: 'https://x.example/a.jpg' }], ['seo', { keywords: 'x' }],
    ['authorIds', [author.id, author.id]], ['title', ''], ['standfirst', 12],
  ] as const) {
    const res = await post(app, { ...valid, [field]: value });
    t.equal(res.statusCode, 400, `${field}: ${JSON.stringify(value)} is refused`);
    t.ok(res.json().errors.some((e: any) => e.pointer.startsWith(`/${field}`)), `${field} is named`);
  }

  const refs = isProblem(t, await post(app, {
    ...valid, sectionId: 'sec_nope', authorIds: [author.id, 'aut_nope'], tagIds: ['no-such-tag'],
  }), 400, 'VALIDATION_FAILED');
  t.same(refs.errors, [
    { pointer: '/sectionId', message: 'no such section: sec_nope' },
    { pointer: '/authorIds/1', message: 'no such author: aut_nope' },
    { pointer: '/tagIds/0', message: 'no such tag: no-such-tag' },
  ]);

  const twice = isProblem(t, await post(app, {
    ...valid, authorIds: [author.id, author.slug], tagIds: [tag.slug, tag2.id, tag.id],
  }), 400, 'VALIDATION_FAILED');
  t.same(twice.errors, [
    { pointer: '/authorIds/1', message: 'is already in the list' },
    { pointer: '/tagIds/2', message: 'is already in the list' },
  ], 'the same author or tag named twice, by id and by slug, is a 400, not a conflict');

  const emptyPatch = await article(app, { title: 'Existe', sectionId: section.id });
  const twicePatch = isProblem(t, await patch(app, emptyPatch.id, { authorIds: [author.slug, author.id] }), 400, 'VALIDATION_FAILED');
  t.same(twicePatch.errors, [{ pointer: '/authorIds/1', message: 'is already in the list' }]);
  isProblem(t, await patch(app, emptyPatch.id, {}), 400, 'VALIDATION_FAILED');
  const badPatch = isProblem(t, await patch(app, emptyPatch.id, { sectionId: 'actualites/nope', tagIds: ['x'] }), 400, 'VALIDATION_FAILED');
  t.same(badPatch.errors.map((e: any) => e.pointer), ['/sectionId', '/tagIds/0']);
  const stored = (await app.inject({ url: `/v1/articles/${emptyPatch.id}`, headers: admin })).json();
  t.equal(stored.version, 1, 'a refused write changes nothing');
  const list = await app.inject({ url: '/v1/articles', headers: admin });
  t.same(list.json().data.map((a: any) => a.id), [emptyPatch.id], 'a refused create stores nothing');
});

t.test('status and publishAt together decide the schedule', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const future = '2026-06-01T10:00:00.000Z';

  const noTime = isProblem(t, await post(app, { title: 'T', body: 'x', sectionId: section.id, status: 'scheduled' }), 400, 'VALIDATION_FAILED');
  t.same(noTime.errors, [{ pointer: '/publishAt', message: 'is required to schedule an article' }]);

  const scheduled = await article(app, { title: 'Plus tard', sectionId: section.id, publishAt: future });
  t.match(scheduled, { status: 'scheduled', publishAt: future, publishedAt: null, firstPublishedAt: null },
    'published with a future publishAt becomes scheduled');

  const past = await article(app, { title: 'Passé', sectionId: section.id, status: 'scheduled', publishAt: '2026-05-01T00:00:00Z' });
  t.match(past, { status: 'published', publishAt: '2026-05-01T00:00:00.000Z', publishedAt: '2026-05-01T00:00:00.000Z',
    firstPublishedAt: '2026-05-01T00:00:00.000Z' }, 'scheduled in the past is published');

  const now = await article(app, { title: 'Maintenant', sectionId: section.id });
  t.match(now, { status: 'published', publishAt: NOW, publishedAt: NOW, firstPublishedAt: NOW }, 'published without a time is now');

  const draft = await create(app, '/v1/articles', { title: 'Brouillon', body: 'x', sectionId: section.id, publishAt: future });
  t.match(draft, { status: 'draft', publishAt: future, publishedAt: null, firstPublishedAt: null }, 'a draft keeps its planned time');

  clock.advance(HOUR);
  const later = new Date(clock.now).toISOString();
  const res = await patch(app, scheduled.id, { status: 'published', publishAt: null });
  t.match(res.json(), { status: 'published', publishAt: later, firstPublishedAt: later }, 'publish now, ahead of schedule');

  const resched = await patch(app, draft.id, { status: 'scheduled', publishAt: '2026-06-02T08:00:00Z' });
  t.match(resched.json(), { status: 'scheduled', publishAt: '2026-06-02T08:00:00.000Z' });
  const moved = await patch(app, draft.id, { publishAt: '2026-06-03T08:00:00Z' });
  t.match(moved.json(), { status: 'scheduled', publishAt: '2026-06-03T08:00:00.000Z', firstPublishedAt: null },
    'a schedule not yet reached can move');
  const published = await patch(app, draft.id, { status: 'published', publishAt: null });
  t.match(published.json(), { status: 'published', publishAt: later, firstPublishedAt: later });
});

t.test('republishing keeps the first publication time; archiving keeps publishedAt', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Vie et mort', sectionId: section.id });
  clock.advance(HOUR);
  const retitled = (await patch(app, a.id, { title: 'Vie et mort d’un article' })).json();
  t.match(retitled, { status: 'published', publishAt: NOW, firstPublishedAt: NOW, version: 2 }, 'an edit keeps the publication time');
  t.equal(retitled.slug, 'vie-et-mort', 'the slug does not follow the title');

  const unpublished = (await patch(app, a.id, { status: 'draft' })).json();
  t.match(unpublished, { status: 'draft', publishedAt: null, firstPublishedAt: NOW });

  clock.advance(HOUR);
  const again = (await patch(app, a.id, { status: 'published', publishAt: null })).json();
  t.match(again, { status: 'published', publishAt: NOW, firstPublishedAt: NOW }, 'publishAt null keeps a past publication time');

  const archived = (await patch(app, a.id, { status: 'archived' })).json();
  t.match(archived, { status: 'archived', publishAt: NOW, publishedAt: NOW, firstPublishedAt: NOW });
});

t.test('PATCH changes only what it names, bumps version and updatedAt', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, other, author, tag, tag2 } = await newsroom(app);
  const a = await article(app, {
    title: 'Avant', standfirst: 'Chapeau.', sectionId: section.id, authorIds: [author.id], tagIds: [tag.id],
    heroImage: { url: 'https://img.example/a.jpg', alt: 'A' }, seo: { title: 'S', description: 'D' },
    canonicalUrl: 'https://partner.example/a', embargoUntil: '2026-05-01T00:00:00Z',
  });
  clock.advance(60_000);
  const res = await patch(app, a.id, { seo: { description: 'D2' } });
  t.equal(res.statusCode, 200);
  const b = res.json();
  t.same(b.seo, { title: 'S', description: 'D2' }, 'seo members are patched one by one');
  t.equal(b.version, 2);
  t.equal(b.updatedAt, '2026-06-01T08:01:00.000Z');
  t.equal(b.createdAt, NOW);
  t.not(res.headers.etag, undefined);
  t.same({ ...b, seo: a.seo, version: 1, updatedAt: a.updatedAt }, a, 'nothing else changed');

  const c = (await patch(app, a.id, {
    title: 'Après', standfirst: null, body: 'Nouveau début.\n\n## Nouvelle partie\n\nFin.', sectionId: other.id,
    authorIds: [], tagIds: [tag2.id, tag.id], heroImage: null, canonicalUrl: null, embargoUntil: null,
    lang: 'de', pubStatus: 'withheld', seo: { title: null },
  })).json();
  t.match(c, {
    title: 'Après', standfirst: 'Nouveau début.', section: { id: other.id, path: 'culture' }, authors: [],
    heroImage: null, canonicalUrl: null, url: `http://localhost:3000/culture/${a.slug}`, embargoUntil: null,
    lang: 'de', pubStatus: 'withheld', seo: { title: null, description: 'D2' }, version: 3,
    toc: [{ id: 'nouvelle-partie', title: 'Nouvelle partie', level: 2 }],
    body: { html: '<p>Nouveau début.</p>\n<h2 id="nouvelle-partie">Nouvelle partie</h2>\n<p>Fin.</p>' },
  });
  t.same(c.tags.map((x: any) => x.id), [tag2.id, tag.id]);
  t.equal(c.wordCount, 5);

  const d = (await patch(app, a.id, { authorIds: [author.id] })).json();
  t.same(d.authors.map((x: any) => x.id), [author.id], 'authors replaced');
  t.same(d.tags.map((x: any) => x.id), [tag2.id, tag.id], 'tags untouched when not named');
  const e = (await patch(app, a.id, { tagIds: [] })).json();
  t.same(e.tags, [], 'tags cleared');
  t.same(e.authors.map((x: any) => x.id), [author.id], 'authors untouched when not named');
});

t.test('a slug PATCH keeps the old slug resolving', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Premier titre', sectionId: section.id });
  t.equal((await patch(app, a.slug, { slug: 'premier-titre' })).json().version, 2, 'the same slug is no conflict');
  const renamed = (await patch(app, a.slug, { slug: 'second-titre' })).json();
  t.equal(renamed.slug, 'second-titre');
  t.equal(renamed.url, 'http://localhost:3000/actualites/second-titre');
  await patch(app, a.id, { slug: 'troisieme-titre' });
  for (const slug of ['premier-titre', 'second-titre', 'troisieme-titre']) {
    const res = await app.inject({ url: `/v1/articles/${slug}` });
    t.equal(res.statusCode, 200, `${slug} resolves`);
    t.match(res.json(), { id: a.id, slug: 'troisieme-titre' });
  }
  // Moving back to a former slug makes it current again, and the others keep resolving.
  t.equal((await patch(app, a.id, { slug: 'premier-titre' })).json().slug, 'premier-titre');
  for (const slug of ['premier-titre', 'second-titre', 'troisieme-titre']) {
    t.match((await app.inject({ url: `/v1/articles/${slug}` })).json(), { id: a.id, slug: 'premier-titre' });
  }
  // A new article may take a former slug: the live article wins it.
  const b = await article(app, { title: 'B', slug: 'second-titre', sectionId: section.id });
  t.equal((await app.inject({ url: '/v1/articles/second-titre' })).json().id, b.id);
  const c = await article(app, { title: 'C', sectionId: section.id });
  await patch(app, c.id, { slug: 'troisieme-titre' });
  t.equal((await app.inject({ url: '/v1/articles/troisieme-titre' })).json().id, c.id);
  t.equal((await app.inject({ url: '/v1/articles/c' })).json().id, c.id);
});

t.test('DELETE removes an article; unknown articles are 404', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'À supprimer', sectionId: section.id });
  await patch(app, a.id, { slug: 'supprime' });
  const res = await app.inject({ method: 'DELETE', url: `/v1/articles/${a.id}`, headers: admin });
  t.equal(res.statusCode, 204);
  t.equal(res.body, '');
  for (const url of [`/v1/articles/${a.id}`, '/v1/articles/supprime', `/v1/articles/${a.slug}`]) {
    isProblem(t, await app.inject({ url, headers: admin }), 404, 'NOT_FOUND');
  }
  isProblem(t, await app.inject({ method: 'DELETE', url: `/v1/articles/${a.id}`, headers: admin }), 404, 'NOT_FOUND');
  isProblem(t, await patch(app, a.id, { title: 'x' }), 404, 'NOT_FOUND');
  isProblem(t, await patch(app, 'no-such-slug', { title: 'x' }), 404, 'NOT_FOUND');
  const bySlug = await article(app, { title: 'Par slug', sectionId: section.id });
  t.equal((await app.inject({ method: 'DELETE', url: '/v1/articles/par-slug', headers: admin })).statusCode, 204);
  isProblem(t, await app.inject({ url: `/v1/articles/${bySlug.id}`, headers: admin }), 404, 'NOT_FOUND');
});

t.test('writes need a key with content:write', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Existe', sectionId: section.id });
  const reader = await keyWith(app, ['content:read']);
  const previewer = await keyWith(app, ['content:preview']);
  const writer = await keyWith(app, ['content:write']);
  const writes = [
    { method: 'POST', url: '/v1/articles', payload: { title: 'N', body: 'x', sectionId: section.id } },
    { method: 'PATCH', url: `/v1/articles/${a.id}`, payload: { title: 'N' } },
    { method: 'DELETE', url: `/v1/articles/${a.id}` },
  ] as const;
  for (const w of writes) {
    isProblem(t, await app.inject({ ...w }), 401, 'UNAUTHORIZED');
    isProblem(t, await app.inject({ ...w, headers: reader }), 403, 'FORBIDDEN');
    isProblem(t, await app.inject({ ...w, headers: previewer }), 403, 'FORBIDDEN');
  }
  t.equal((await app.inject({ ...writes[0], headers: writer })).statusCode, 201);
  t.equal((await app.inject({ ...writes[1], headers: writer })).statusCode, 200);
  t.equal((await app.inject({ ...writes[2], headers: writer })).statusCode, 204);
});

t.test('PATCH and DELETE honour If-Match', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const created = await post(app, { title: 'Concurrence', body: 'x', sectionId: section.id });
  const v1 = created.headers.etag as string;
  t.match(v1, /^"1-[A-Za-z0-9_-]+"$/);

  const first = await patch(app, created.json().id, { title: 'Un' }, { 'if-match': v1 });
  t.equal(first.statusCode, 200);
  const v2 = first.headers.etag as string;
  t.not(v2, v1, 'the ETag changes after a PATCH');
  t.equal(v2, (await app.inject({ url: '/v1/articles/concurrence?include=body,links', headers: admin })).headers.etag);

  const stale = isProblem(t, await patch(app, 'concurrence', { title: 'Deux' }, { 'if-match': v1 }), 412, 'PRECONDITION_FAILED');
  t.match(stale.detail, /If-Match/);
  t.equal((await app.inject({ url: '/v1/articles/concurrence', headers: admin })).json().title, 'Un', 'the stale write was refused');
  isProblem(t, await patch(app, 'concurrence', { title: 'Deux' }, { 'if-match': '"garbage"' }), 412, 'PRECONDITION_FAILED');

  t.equal((await patch(app, 'concurrence', { title: 'Deux' }, { 'if-match': `${v1}, W/${v2}` })).statusCode, 200, 'any listed tag may match');
  const v3 = (await app.inject({ url: '/v1/articles/concurrence', headers: admin })).headers.etag as string;
  t.equal((await patch(app, 'concurrence', { title: 'Trois' }, { 'if-match': '*' })).statusCode, 200);

  isProblem(t, await app.inject({ method: 'DELETE', url: '/v1/articles/concurrence', headers: { ...admin, 'if-match': v3 } }),
    412, 'PRECONDITION_FAILED');
  const v4 = (await app.inject({ url: '/v1/articles/concurrence', headers: admin })).headers.etag as string;
  const del = await app.inject({ method: 'DELETE', url: '/v1/articles/concurrence', headers: { ...admin, 'if-match': v4 } });
  t.equal(del.statusCode, 204);
});

t.test('a write loses to another writer that got there between its read and its write', async (t) => {
  const { app, db, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Disputé', sectionId: section.id });
  // Another instance writes the row right after this one has read it (the
  // service reads the clock between its read and its conditional write).
  const time = clock.now;
  let interfered = false;
  Object.defineProperty(clock, 'now', {
    configurable: true,
    get() {
      if (!interfered) {
        interfered = true;
        void exec(db, "UPDATE articles SET title = 'Autre main', version = version + 1 WHERE id = @id", { id: a.id });
      }
      return time;
    },
  });
  isProblem(t, await patch(app, a.id, { title: 'Ma version' }), 412, 'PRECONDITION_FAILED');
  // The other statement ran in the refused write's transaction, which rolled back whole.
  t.match((await app.inject({ url: `/v1/articles/${a.id}`, headers: admin })).json(), { title: a.title, version: 1 });

  // A delete whose conditional statement matches no row (the version moved on) is refused too.
  const restore = await ignoreWrites({ db }, 'articles', 'DELETE');
  isProblem(t, await app.inject({ method: 'DELETE', url: `/v1/articles/${a.id}`, headers: admin }), 412, 'PRECONDITION_FAILED');
  await restore();
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${a.id}`, headers: admin })).statusCode, 204);
});
