import t from 'tap';
import { admin, article, create, isProblem, makeApp, newsroom, type TestApp } from '../../helpers.js';
import { exec, query } from '../../database.js';

type App = TestApp['app'];
const NOW = '2026-06-01T08:00:00.000Z';
const MINUTE = 60_000;

/** An API key with these scopes (and entitlements), as Authorization headers. */
async function keyWith(app: App, name: string, scopes: string[], extra: object = {}) {
  const key = await create(app, '/v1/keys', { name, scopes, ...extra });
  return { authorization: `Bearer ${key.key}` };
}

async function patch(app: App, id: string, payload: object, headers: Record<string, string> = admin) {
  const res = await app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers, payload });
  if (res.statusCode !== 200) throw new Error(`PATCH → ${res.statusCode}: ${res.body}`);
  return res.json();
}

async function get(app: App, url: string, headers: Record<string, string> = admin) {
  const res = await app.inject({ url, headers });
  if (res.statusCode !== 200) throw new Error(`GET ${url} → ${res.statusCode}: ${res.body}`);
  return res.json();
}

t.test('every write of an article is kept: who wrote each version, when, and which fields it changed', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, author, tag } = await newsroom(app);
  const desk = await keyWith(app, 'Desk', ['content:write']);
  const a = await article(app, { title: 'Premier titre', sectionId: section.id, authorIds: [author.id], status: 'draft' });
  clock.advance(MINUTE);
  await patch(app, a.id, { title: 'Deuxième titre', tagIds: [tag.id] }, desk);
  clock.advance(MINUTE);
  await patch(app, a.id, { body: 'Un paragraphe corrigé.\n\n## Une partie\n\nDu texte.', status: 'published' }, desk);

  const page = await get(app, `/v1/articles/${a.id}/revisions`);
  t.same(page.meta, { limit: 20, nextCursor: null });
  const deskId = page.data[0].by.keyId;
  t.match(deskId, /^key_/, 'the key\'s id, beside its name');
  t.same(page.data, [
    {
      version: 3, current: true, at: '2026-06-01T08:02:00.000Z', by: { keyId: deskId, name: 'Desk' }, event: 'updated',
      restoredFrom: null, changes: ['body', 'status', 'publishAt'],
    },
    {
      version: 2, current: false, at: '2026-06-01T08:01:00.000Z', by: { keyId: deskId, name: 'Desk' }, event: 'updated',
      restoredFrom: null, changes: ['title', 'tagIds'],
    },
    {
      version: 1, current: false, at: NOW, by: { keyId: 'bootstrap', name: 'KIOSQUE_ADMIN_KEY' }, event: 'created',
      restoredFrom: null, changes: ['slug', 'title', 'body', 'lang', 'status', 'pubStatus', 'sectionId', 'authorIds'],
    },
  ]);
  t.equal((await get(app, `/v1/articles/${a.slug}/revisions`)).data.length, 3, 'by slug too');
});

t.test('a version reads back as it was: the Markdown written then, references by id', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, other, author, tag } = await newsroom(app);
  const heroImage = { url: 'https://img.example/a.jpg', alt: 'Une photo', caption: 'Légende', credit: 'AFP', width: 1200, height: 800 };
  const a = await article(app, {
    title: 'Titre d’origine', sectionId: section.id, authorIds: [author.id], tagIds: [tag.id], body: 'Le texte **d’origine**.',
    heroImage, seo: { title: 'SEO', description: null }, standfirst: 'Le chapeau.',
  });
  clock.advance(MINUTE);
  await patch(app, a.id, { title: 'Nouveau titre', slug: 'nouveau-titre', sectionId: other.id, body: 'Tout autre chose.', heroImage: null });

  const v1 = await get(app, `/v1/articles/${a.id}/revisions/1`);
  t.same(v1, {
    version: 1, current: false, at: NOW, by: { keyId: 'bootstrap', name: 'KIOSQUE_ADMIN_KEY' }, event: 'created', restoredFrom: null,
    changes: v1.changes,
    article: {
      id: a.id, version: 1, slug: a.slug, title: 'Titre d’origine', standfirst: 'Le chapeau.', body: 'Le texte **d’origine**.',
      lang: 'fr', status: 'published', pubStatus: 'usable', sectionId: section.id, authorIds: [author.id], tagIds: [tag.id],
      publishAt: NOW, embargoUntil: null, firstPublishedAt: NOW, heroImage, canonicalUrl: null,
      seo: { title: 'SEO', description: null }, links: [], createdAt: NOW, updatedAt: NOW,
    },
  });
  const v2 = await get(app, `/v1/articles/${a.id}/revisions/2`);
  t.match(v2, { version: 2, current: true, article: { title: 'Nouveau titre', slug: 'nouveau-titre', sectionId: other.id, heroImage: null } });
  t.equal((await get(app, `/v1/articles/${a.slug}/revisions/1`)).article.title, 'Titre d’origine', 'a former slug finds the history too');

  isProblem(t, await app.inject({ url: `/v1/articles/${a.id}/revisions/3`, headers: admin }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ url: '/v1/articles/nope/revisions/1', headers: admin }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ url: '/v1/articles/nope/revisions', headers: admin }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ url: `/v1/articles/${a.id}/revisions/0`, headers: admin }), 400, 'VALIDATION_FAILED');
});

t.test('related links are part of a version: their writes are revisions too', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Avec des liens', sectionId: section.id });
  const target = await article(app, { title: 'La cible', sectionId: section.id });
  const put = await app.inject({
    method: 'PUT', url: `/v1/articles/${a.id}/links`, headers: admin,
    payload: { links: [{ kind: 'article', articleId: target.slug, label: 'À lire' }, { kind: 'external', url: 'https://www.insee.fr', title: 'Insee' }] },
  });
  t.equal(put.statusCode, 200);
  const page = await get(app, `/v1/articles/${a.id}/revisions`);
  t.match(page.data[0], { version: 2, event: 'updated', changes: ['links'] });
  t.same((await get(app, `/v1/articles/${a.id}/revisions/2`)).article.links, [
    { kind: 'article', articleId: target.id, url: null, title: null, description: null, label: 'À lire' },
    { kind: 'external', articleId: null, url: 'https://www.insee.fr', title: 'Insee', description: null, label: null },
  ]);
  t.same((await get(app, `/v1/articles/${a.id}/revisions/1`)).article.links, []);
});

t.test('only newsroom keys with content:preview or more see revisions, and nothing caches them', async (t) => {
  const { app } = await makeApp(t, {}, { cacheBytes: 1024 * 1024 });
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Un article', sectionId: section.id });
  const urls = [`/v1/articles/${a.id}/revisions`, `/v1/articles/${a.id}/revisions/1`, `/v1/articles/${a.id}/revisions/1/diff?from=1`];
  const reader = await keyWith(app, 'Appli', ['content:read']);
  const previewer = await keyWith(app, 'Relecture', ['content:preview']);
  const partner = await keyWith(app, 'Partenaire', ['content:read'], { sections: [section.id], embargoAccess: true });
  for (const url of urls) {
    isProblem(t, await app.inject({ url }), 401, 'UNAUTHORIZED');
    isProblem(t, await app.inject({ url, headers: reader }), 403, 'FORBIDDEN');
    isProblem(t, await app.inject({ url, headers: partner }), 403, 'FORBIDDEN');
    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ url, headers: previewer });
      t.equal(res.statusCode, 200, url);
      t.equal(res.headers['cache-control'], 'private, no-store', 'no shared cache keeps history');
      t.notOk(res.headers.etag, 'nothing to revalidate');
    }
  }
  t.equal(app.responseCache.stats.stores, 0, 'the response cache kept none of them');
  t.equal(app.responseCache.stats.hits, 0);
  const restore = `/v1/articles/${a.id}/revisions/1/restore`;
  isProblem(t, await app.inject({ method: 'POST', url: restore, headers: previewer }), 403, 'FORBIDDEN');
});

t.test('the list pages through versions newest first, with a cursor and a Link header', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Souvent corrigé', sectionId: section.id });
  for (let i = 2; i <= 7; i++) await patch(app, a.id, { standfirst: `Chapeau ${i}` });
  const seen: number[] = [];
  let url = `/v1/articles/${a.id}/revisions?limit=3`;
  for (let i = 0; i < 5; i++) {
    const res = await app.inject({ url, headers: admin });
    const page = res.json();
    seen.push(...page.data.map((r: any) => r.version));
    if (!page.meta.nextCursor) {
      t.notOk(res.headers.link);
      break;
    }
    t.equal(res.headers.link, `</v1/articles/${a.id}/revisions?limit=3&cursor=${page.meta.nextCursor}>; rel="next"`);
    url = res.headers.link!.toString().slice(1, -'>; rel="next"'.length);
  }
  t.same(seen, [7, 6, 5, 4, 3, 2, 1], 'every version once, in order');
  const bad = [Buffer.from('["revisions","x"]').toString('base64url'), Buffer.from('["revisions",0]').toString('base64url'), 'nope'];
  for (const cursor of bad) isProblem(t, await app.inject({ url: `/v1/articles/${a.id}/revisions?cursor=${cursor}`, headers: admin }), 400, 'INVALID_CURSOR');
});

t.test('articles written before history was kept list their current version, then what their writes replaced', async (t) => {
  const { app, db, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Ancien', sectionId: section.id });
  await patch(app, a.id, { title: 'Ancien, revu' });
  await exec(db, 'DELETE FROM article_revisions');
  const untouched = await get(app, `/v1/articles/${a.id}/revisions`);
  t.same(untouched.data, [{ version: 2, current: true, at: NOW, by: null, event: null, restoredFrom: null, changes: null }]);
  clock.advance(MINUTE);
  await patch(app, a.id, { title: 'Ancien, revu et corrigé' });
  const page = await get(app, `/v1/articles/${a.id}/revisions`);
  t.same(page.data.map((r: any) => [r.version, r.by?.name ?? null, r.at]), [
    [3, 'KIOSQUE_ADMIN_KEY', '2026-06-01T08:01:00.000Z'], [2, null, NOW],
  ], 'the version the write replaced is kept, though who wrote it was not');
  t.equal((await get(app, `/v1/articles/${a.id}/revisions/2`)).article.title, 'Ancien, revu');
  isProblem(t, await app.inject({ url: `/v1/articles/${a.id}/revisions/1`, headers: admin }), 404, 'NOT_FOUND');
});

t.test('deleting an article erases its history with it', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Bientôt supprimé', sectionId: section.id });
  const kept = await article(app, { title: 'Gardé', sectionId: section.id });
  await patch(app, a.id, { title: 'Supprimé' });
  const count = async (id: string) => (await query(db, 'SELECT CAST(count(*) AS INTEGER) AS n FROM article_revisions WHERE article_id = @id', { id }))[0].n;
  t.equal(await count(a.id), 2);
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${a.id}`, headers: admin })).statusCode, 204);
  t.equal(await count(a.id), 0, 'its revisions went with it');
  t.equal(await count(kept.id), 1, 'the others\' stayed');
  isProblem(t, await app.inject({ url: `/v1/articles/${a.id}/revisions`, headers: admin }), 404, 'NOT_FOUND');
});
