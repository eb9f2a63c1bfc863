import t from 'tap';
import type { App } from '../../../src/app.js';
import { traceStatements } from '../../database.js';
import { admin, article, create, isProblem, makeApp, newsroom } from '../../helpers.js';

const TITLE = 'Débauchage de haut niveau : Meta frappe fort';
const ANCHOR = 'debauchage-de-haut-niveau-meta-frappe-fort';

const BODY = `Le premier paragraphe, avec du **gras** et un [lien](https://example.com/source).

## ${TITLE}

<script>alert("xss")</script>

<img src="x.png" onerror="alert(1)">

<iframe src="https://evil.example/"></iframe>

Un [piège](javascript:alert(1)), un autre [piège](JavaScript:alert(2)) et <a href="javascript:alert(3)" onclick="x()">un lien brut</a>.

![image](javascript:alert(4))

## Deuxième partie

> Une citation.

- un
- deux
`;


async function fixture(app: App) {
  const n = await newsroom(app);
  const a = await article(app, { title: TITLE, sectionId: n.child.id, authorIds: [n.author.id], tagIds: [n.tag.id], body: BODY });
  return { ...n, a };
}

const get = (app: App, url: string, headers: Record<string, string> = {}) => app.inject({ url, headers });

t.test('an article answers by id, by slug and by a former slug', async (t) => {
  const { app } = await makeApp(t);
  const { a } = await fixture(app);
  const byId = await get(app, `/v1/articles/${a.id}`);
  t.equal(byId.statusCode, 200);
  t.match(byId.headers['content-type'], /^application\/json/);
  const { links, ...written } = a;
  t.same(links, []);
  t.same(byId.json(), written, 'the same representation the write gave, without links');
  t.same((await get(app, `/v1/articles/${a.slug}`)).json(), byId.json());

  await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { slug: 'meta-debauche' } });
  const old = await get(app, `/v1/articles/${ANCHOR}`);
  t.equal(old.statusCode, 200, 'the former slug still answers');
  t.match(old.json(), { id: a.id, slug: 'meta-debauche', url: 'http://localhost:3000/actualites/ia/meta-debauche' });
  t.equal((await get(app, '/v1/articles/meta-debauche')).json().id, a.id);
});

t.test('unknown articles are a 404 problem', async (t) => {
  const { app } = await makeApp(t);
  await fixture(app);
  for (const id of ['inconnu', 'art_01ARZ3NDEKTSV4RRFFQ69G5FAV', 'art_inconnu']) {
    const body = isProblem(t, await get(app, `/v1/articles/${id}`), 404, 'NOT_FOUND');
    t.equal(body.detail, 'Article not found');
    t.equal(body.type, 'urn:kiosque:problem:not-found');
  }
});

t.test('the TOC anchors match the ids of the headings in the HTML', async (t) => {
  const { app } = await makeApp(t);
  const { a } = await fixture(app);
  const res = (await get(app, `/v1/articles/${a.id}`)).json();
  t.same(res.toc, [
    { id: ANCHOR, title: TITLE, level: 2 },
    { id: 'deuxieme-partie', title: 'Deuxième partie', level: 2 },
  ]);
  t.match(res.body.html, `<h2 id="${ANCHOR}">${TITLE}</h2>`);
  for (const entry of res.toc) t.match(res.body.html, `id="${entry.id}"`, `anchor ${entry.id} is in the body`);
});

t.test('the HTML carries no script, no event handler and no javascript: URL', async (t) => {
  const { app } = await makeApp(t);
  const { a } = await fixture(app);
  const list = (await get(app, '/v1/articles?include=body')).json().data[0].body.html;
  for (const html of [a.body.html, (await get(app, `/v1/articles/${a.id}?format=html`)).json().body.html, list]) {
    t.notMatch(html, /<script/i);
    t.notMatch(html, /<iframe/i);
    t.notMatch(html, /\son[a-z]+\s*=/i);
    t.notMatch(html, /javascript:/i);
    t.match(html, /<a href="https:\/\/example\.com\/source"[^>]*>lien<\/a>/, 'safe links are kept');
    t.match(html, '<strong>gras</strong>');
  }
  const blocks = JSON.stringify((await get(app, `/v1/articles/${a.id}?format=blocks`)).json().body.blocks);
  t.notMatch(blocks, /javascript:/i);
  t.notMatch(blocks, /<script/i);
});

t.test('format chooses the body representation', async (t) => {
  const { app } = await makeApp(t);
  const { a } = await fixture(app);
  const html = (await get(app, `/v1/articles/${a.id}`)).json();
  t.same(Object.keys(html.body), ['html'], 'html by default');
  t.same((await get(app, `/v1/articles/${a.id}?format=html`)).json().body, html.body);

  const md = (await get(app, `/v1/articles/${a.id}?format=markdown`)).json();
  t.same(md.body, { markdown: BODY }, 'the Markdown source, as written');

  const text = (await get(app, `/v1/articles/${a.id}?format=text`)).json().body;
  t.same(Object.keys(text), ['text']);
  t.match(text.text, /^Le premier paragraphe, avec du gras et un lien\.\n\n/);
  t.notMatch(text.text, /[<*#]/, 'no markup in text');

  const blocks = (await get(app, `/v1/articles/${a.id}?format=blocks`)).json().body;
  t.same(Object.keys(blocks), ['blocks']);
  t.match(blocks.blocks[0], { type: 'paragraph' });
  t.match(blocks.blocks[1], { type: 'heading', level: 2, id: ANCHOR, text: TITLE });
  t.ok(blocks.blocks.some((b: any) => b.type === 'quote'));
  t.ok(blocks.blocks.some((b: any) => b.type === 'list'));

  const { body: _md, ...mdRest } = md;
  const { body: _html, ...htmlRest } = html;
  t.same(mdRest, htmlRest, 'only the body differs between formats');

  const bad = isProblem(t, await get(app, `/v1/articles/${a.id}?format=pdf`), 400, 'VALIDATION_FAILED');
  t.match(bad.errors, [{ pointer: '/format', in: 'query' }]);
});

t.test('fields trims the representation; include adds links', async (t) => {
  const { app } = await makeApp(t);
  const { a, section } = await fixture(app);
  const target = await article(app, { title: 'Lié', sectionId: section.id, standfirst: 'Le chapeau lié.' });
  await app.inject({
    method: 'PUT', url: `/v1/articles/${a.id}/links`, headers: admin,
    payload: { links: [{ kind: 'article', articleId: target.id }, { kind: 'external', url: 'https://example.org/', title: 'Ailleurs' }] },
  });

  const trimmed = await get(app, `/v1/articles/${a.id}?fields=id,title,slug`);
  t.equal(trimmed.statusCode, 200);
  t.same(trimmed.json(), { id: a.id, title: TITLE, slug: a.slug });
  t.same((await get(app, `/v1/articles/${a.id}?fields=%20id%20,,title`)).json(), { id: a.id, title: TITLE }, 'spaces and empty items are ignored');
  t.same((await get(app, `/v1/articles/${a.id}?fields=id,links`)).json(), { id: a.id }, 'a field that is not there is not invented');
  t.same((await get(app, `/v1/articles/${a.id}?fields=title`)).json(), { id: a.id, title: TITLE }, 'the id is always kept');

  const unknown = isProblem(t, await get(app, `/v1/articles/${a.id}?fields=id,secret`), 400, 'INVALID_PARAMETER');
  t.match(unknown.detail, /fields: unknown value "secret"/);
  isProblem(t, await get(app, `/v1/articles/${a.id}?include=comments`), 400, 'INVALID_PARAMETER');

  const plain = (await get(app, `/v1/articles/${a.id}`)).json();
  t.equal(plain.links, undefined, 'no links unless asked for');
  const withLinks = (await get(app, `/v1/articles/${a.id}?include=links`)).json();
  t.match(withLinks.body, { html: String }, 'an item is complete: its body stays');
  t.match(withLinks.links, [
    { position: 0, kind: 'article', title: 'Lié', article: { id: target.id, slug: 'lie', title: 'Lié', standfirst: 'Le chapeau lié.' } },
    { position: 1, kind: 'external', url: 'https://example.org/', title: 'Ailleurs', article: null },
  ]);
  t.same((await get(app, `/v1/articles/${a.id}?include=links&fields=id,links`)).json(), { id: a.id, links: withLinks.links });
  const keys = String((await get(app, `/v1/articles/${a.id}?include=links`)).headers['surrogate-key']).split(' ');
  t.ok(keys.includes(target.id), 'with include=links, a purge of a linked article purges this answer');
  t.notOk(String((await get(app, `/v1/articles/${a.id}`)).headers['surrogate-key']).split(' ').includes(target.id),
    'without links, it does not depend on them');
});

t.test('the standfirst falls back to the first paragraph; counts are computed', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const words = Array.from({ length: 690 }, (_, i) => `mot${i}`).join(' ');
  const long = await article(app, { title: 'Long', sectionId: section.id, body: `## Intro\n\n${words}\n\nSecond paragraphe.` });
  t.equal(long.wordCount, 693);
  t.equal(long.readingTimeMinutes, 3, '693 words at 230 a minute');
  t.equal([...long.standfirst].length <= 301, true, 'the fallback is cut near 300 characters');
  t.match(long.standfirst, /^mot0 mot1 mot2 .*…$/);

  const own = await article(app, { title: 'Court', sectionId: section.id, standfirst: 'Écrit à la main.', body: 'Un seul paragraphe.' });
  t.equal(own.standfirst, 'Écrit à la main.');
  t.equal(own.wordCount, 3);
  t.equal(own.readingTimeMinutes, 1);

  const none = await article(app, { title: 'Vide', sectionId: section.id, body: '## Seulement un titre' });
  t.equal(none.standfirst, '');
});

t.test('reads send validators and answer 304', async (t) => {
  const { app, clock } = await makeApp(t);
  const { a, author, tag, child } = await fixture(app);
  const url = `/v1/articles/${a.id}`;
  const first = await get(app, url);
  const etag = first.headers.etag as string;
  t.match(etag, /^"1-[A-Za-z0-9_-]{16}"$/);
  t.equal(first.headers['last-modified'], new Date(Date.parse(a.updatedAt)).toUTCString());
  t.equal(first.headers['cache-control'], 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400');
  t.same(String(first.headers['surrogate-key']).split(' '), [a.id, 'refs'], 'the article, and `refs` for the names of its section, authors and tags');
  t.equal((await get(app, `/v1/articles/${a.slug}`)).headers.etag, etag, 'the same representation by slug has the same ETag');

  const cached = await get(app, url, { 'if-none-match': etag });
  t.equal(cached.statusCode, 304);
  t.equal(cached.body, '');
  t.equal(cached.headers.etag, etag);
  t.equal((await get(app, url, { 'if-none-match': `"0-x", W/${etag}` })).statusCode, 304, 'weak comparison, any tag of a list');
  t.equal((await get(app, url, { 'if-none-match': '*' })).statusCode, 304);
  t.equal((await get(app, url, { 'if-none-match': '"1-other"' })).statusCode, 200);

  const lastModified = first.headers['last-modified'] as string;
  t.equal((await get(app, url, { 'if-modified-since': lastModified })).statusCode, 304);
  t.equal((await get(app, url, { 'if-modified-since': new Date(clock.now + 60_000).toUTCString() })).statusCode, 304);
  t.equal((await get(app, url, { 'if-modified-since': new Date(clock.now - 1000).toUTCString() })).statusCode, 200);
  t.equal((await get(app, url, { 'if-none-match': '"1-other"', 'if-modified-since': lastModified })).statusCode, 200,
    'If-None-Match wins over If-Modified-Since');

  const variants = new Set<string>();
  for (const q of ['', '?format=text', '?format=blocks', '?format=markdown', '?fields=id', '?include=links']) {
    variants.add((await get(app, url + q)).headers.etag as string);
  }
  t.equal(variants.size, 6, 'each representation has its own ETag');

  clock.advance(2000);
  await app.inject({ method: 'PATCH', url, headers: admin, payload: { title: 'Nouveau titre' } });
  const after = await get(app, url, { 'if-none-match': etag, 'if-modified-since': lastModified });
  t.equal(after.statusCode, 200, 'a stale ETag gets the new version');
  t.not(after.headers.etag, etag);
  t.match(after.headers.etag, /^"2-/);
  t.equal(after.json().title, 'Nouveau titre');
  t.equal((await get(app, url, { 'if-modified-since': lastModified })).statusCode, 200, 'modified since');

  // What the article shows of its author and section is part of its ETag.
  const before = (await get(app, url)).headers.etag;
  await app.inject({ method: 'PATCH', url: `/v1/authors/${author.id}`, headers: admin, payload: { name: 'Hélène Fabre-Martin' } });
  const renamed = await get(app, url, { 'if-none-match': before as string });
  t.equal(renamed.statusCode, 200);
  t.equal(renamed.json().authors[0].name, 'Hélène Fabre-Martin');
});

t.test('an article is read in one statement: its section, bylines and tags with it, dated from memory', async (t) => {
  const { app, db } = await makeApp(t, {}, { cacheBytes: 0 });
  const { a, author, tag, tag2, child } = await fixture(app);
  const second = await create(app, '/v1/authors', { name: 'Zoé Arnaud' });
  // Bylines and tags in another order than their ids': positions order them.
  await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { authorIds: [second.id, author.id], tagIds: [tag2.id, tag.id] } });
  const statements = traceStatements(db);
  // Dated from the purge instants held in memory (changes/purge-clock.ts): on PostgreSQL once it has followed
  // the notifications of the writes above (until then, a read reads the change feed too).
  const expected = 1;
  const read = async (url: string) => {
    for (let tries = 0; ; tries++) {
      statements.length = 0;
      const res = await get(app, url);
      if (statements.length <= expected || tries === 200) return { res, statements: [...statements] };
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  for (const url of [`/v1/articles/${a.slug}`, `/v1/articles/${a.id}?format=text`]) {
    const { res, statements: run } = await read(url);
    t.equal(run.length, expected, `${url}: the statements of a read`, { statements: run });
    t.equal(run.filter((sql) => /FROM articles a/.test(sql)).length, 1, 'the article read once');
    t.match(res.json(), {
      id: a.id, section: { id: child.id, slug: 'ia', name: 'Intelligence artificielle' },
      authors: [{ id: second.id, name: 'Zoé Arnaud' }, { id: author.id, name: 'Hélène Fabre' }],
      tags: [{ id: tag2.id, slug: tag2.slug, type: tag2.type }, { id: tag.id, slug: tag.slug, name: tag.name, type: tag.type }],
    });
  }
  const bare = await create(app, '/v1/articles', { title: 'Sans signature', sectionId: child.id, body: 'x', status: 'published' });
  const { res } = await read(`/v1/articles/${bare.id}`);
  t.match(res.json(), { authors: [], tags: [] }, 'no byline, no tag');
  t.equal((await get(app, '/v1/articles/nulle-part')).statusCode, 404);
});

t.test('previews are never stored by shared caches', async (t) => {
  const { app } = await makeApp(t);
  const { a } = await fixture(app);
  const res = await get(app, `/v1/articles/${a.id}`, admin);
  t.equal(res.headers['cache-control'], 'private, no-store');
  t.match(res.headers.vary, /Authorization/);
});

t.test('an ETag with include=links changes when a linked article changes', async (t) => {
  const { app } = await makeApp(t);
  const { a, section } = await fixture(app);
  const target = await article(app, { title: 'Cible', sectionId: section.id });
  await app.inject({
    method: 'PUT', url: `/v1/articles/${a.id}/links`, headers: admin, payload: { links: [{ kind: 'article', articleId: target.id }] },
  });
  const url = `/v1/articles/${a.id}?include=links`;
  const before = await get(app, url);
  t.equal(before.json().links[0].title, 'Cible');
  await app.inject({ method: 'PATCH', url: `/v1/articles/${target.id}`, headers: admin, payload: { title: 'Cible renommée', standfirst: 'Neuf.' } });
  const after = await get(app, url, { 'if-none-match': before.headers.etag as string });
  t.equal(after.statusCode, 200, 'the representation changed, so no 304');
  t.match(after.json().links[0], { title: 'Cible renommée', description: 'Neuf.', article: { title: 'Cible renommée', standfirst: 'Neuf.' } });
});

t.test('hero image and canonical URL are part of the article', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const heroImage = { url: 'https://img.example/photo.jpg', alt: 'Une photo', caption: null, credit: 'AFP', width: 1600, height: 900 };
  const a = await article(app, { title: 'Avec image', sectionId: section.id, heroImage, canonicalUrl: 'https://partner.example/x' });
  const res = (await get(app, `/v1/articles/${a.id}`)).json();
  t.same(res.heroImage, heroImage);
  t.equal(res.url, 'https://partner.example/x');
  t.equal(res.canonicalUrl, 'https://partner.example/x');
});

t.test('canonical URLs come from PUBLIC_URL', async (t) => {
  const { app } = await makeApp(t, { PUBLIC_URL: 'https://www.journal.example' });
  const { a } = await fixture(app);
  t.equal(a.url, `https://www.journal.example/actualites/ia/${ANCHOR}`);
});

t.test('parameters are bounded', async (t) => {
  const { app } = await makeApp(t);
  const { a } = await fixture(app);
  isProblem(t, await get(app, `/v1/articles/${'x'.repeat(201)}`), 400, 'VALIDATION_FAILED');
  isProblem(t, await get(app, `/v1/articles/${a.id}?fields=${'id,'.repeat(200)}`), 400, 'VALIDATION_FAILED');
  const key = await create(app, '/v1/keys', { name: 'lecteur', scopes: ['content:read'] });
  t.equal((await get(app, `/v1/articles/${a.id}`, { authorization: `Bearer ${key.key}` })).statusCode, 200);
});
