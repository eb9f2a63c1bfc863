import t from 'tap';
import type { App } from '../../../src/app.js';
import { admin, article, create, isProblem, makeApp, newsroom } from '../../helpers.js';

const HOUR = 3_600_000;
const page = (app: App, slug: string, query = '', headers: Record<string, string> = {}) =>
  app.inject({ url: `/v1/pages/articles/${slug}${query}`, headers });
const view = (app: App, id: string, times = 1) => Promise.all(Array.from({ length: times }, () =>
  app.inject({ method: 'POST', url: `/v1/articles/${id}/views`, headers: { 'user-agent': 'Mozilla/5.0 (lecteur)' } })));

async function setup(app: App) {
  const n = await newsroom(app);
  const main = await article(app, {
    title: 'Débauchage de haut niveau : Meta frappe fort', sectionId: n.child.id, authorIds: [n.author.id], tagIds: [n.tag.id],
    body: 'Le chapeau implicite.\n\n## Le contexte\n\nDu texte.\n\n## Les enjeux\n\nEncore du texte.',
    heroImage: { url: 'https://cdn.example.org/a.jpg', alt: 'Une image', caption: 'Légende', credit: 'Photo : X', width: 1600, height: 900 },
  });
  const sibling = await article(app, { title: 'Même sujet', sectionId: n.child.id, tagIds: [n.tag.id] });
  const elsewhere = await article(app, { title: 'Très lu ailleurs', sectionId: n.other.id });
  const parent = await article(app, { title: 'Dans la rubrique parente', sectionId: n.section.id });
  return { ...n, main, sibling, elsewhere, parent };
}

t.test('one request gives the whole reader page', async (t) => {
  const { app } = await makeApp(t);
  const { main, sibling, elsewhere, parent, section, child, author, tag } = await setup(app);
  await view(app, elsewhere.id, 5);
  await view(app, sibling.id, 2);
  await view(app, parent.id, 1);
  await view(app, main.id, 9);
  await app.views.flush();

  const res = await page(app, main.slug);
  t.equal(res.statusCode, 200);
  const body = res.json();
  t.match(body.article, {
    id: main.id, title: 'Débauchage de haut niveau : Meta frappe fort', standfirst: 'Le chapeau implicite.',
    authors: [{ id: author.id }], tags: [{ id: tag.id }], heroImage: { url: 'https://cdn.example.org/a.jpg', credit: 'Photo : X' },
    toc: [{ id: 'le-contexte', title: 'Le contexte', level: 2 }, { id: 'les-enjeux', title: 'Les enjeux', level: 2 }],
    body: { html: /<h2 id="le-contexte">Le contexte<\/h2>/ },
  });
  t.same(body.breadcrumb.map((s: any) => [s.id, s.name, s.path]), [
    [section.id, 'Actualités', 'actualites'], [child.id, 'Intelligence artificielle', 'actualites/ia'],
  ]);
  t.equal(body.related[0].article.id, sibling.id, 'related: the article sharing a tag and the section first');
  t.notOk(body.related.some((r: any) => r.article?.id === main.id));
  t.same(body.popular.map((p: any) => [p.article.id, p.views]), [[sibling.id, 2], [elsewhere.id, 5], [parent.id, 1]],
    'most read: the section\'s own first, then site-wide by views, never the page itself');
});

t.test('sizes and format are parameters; limits are bounded', async (t) => {
  const { app } = await makeApp(t);
  const { main, elsewhere } = await setup(app);
  await view(app, elsewhere.id);
  await app.views.flush();
  const body = (await page(app, main.id, '?related=1&popular=0&format=text&window=30d')).json();
  t.equal(body.related.length, 1);
  t.same(body.popular, []);
  t.match(body.article.body, { text: /Le contexte/ });
  isProblem(t, await page(app, main.slug, '?related=21'), 400, 'VALIDATION_FAILED');
  isProblem(t, await page(app, main.slug, '?window=2y'), 400, 'VALIDATION_FAILED');
});

t.test('drafts and scheduled articles never appear in a page, and are not pages to readers', async (t) => {
  const { app, clock } = await makeApp(t);
  const { main, child, tag } = await setup(app);
  const draft = await create(app, '/v1/articles', { title: 'Brouillon lié', body: 'x', sectionId: child.id, tagIds: [tag.id] });
  const scheduled = await article(app, { title: 'Programmé', sectionId: child.id, tagIds: [tag.id], publishAt: new Date(clock.now + HOUR).toISOString() });
  const res = (await page(app, main.slug, '', admin)).json();
  const shown = [...res.related.map((r: any) => r.article?.id), ...res.popular.map((p: any) => p.article.id)];
  t.notOk(shown.includes(draft.id) || shown.includes(scheduled.id));
  isProblem(t, await page(app, draft.slug), 404, 'NOT_FOUND');
  isProblem(t, await page(app, scheduled.slug), 404, 'NOT_FOUND');
  t.equal((await page(app, draft.slug, '', admin)).statusCode, 200, 'a previewer sees the draft page');
  clock.advance(2 * HOUR);
  t.equal((await page(app, scheduled.slug)).statusCode, 200, 'the scheduled page opens at its time');
});

t.test('one ETag for the page, changing when any part changes', async (t) => {
  const { app } = await makeApp(t);
  const { main, sibling, elsewhere, child } = await setup(app);
  const first = await page(app, main.slug);
  const etag = String(first.headers.etag);
  const keys = String(first.headers['surrogate-key']).split(' ');
  for (const key of [main.id, sibling.id, 'popular', 'articles', 'search', 'refs']) t.ok(keys.includes(key), `Surrogate-Key names ${key}`);
  t.equal((await page(app, main.slug, '', { 'if-none-match': etag })).statusCode, 304);

  await app.inject({ method: 'PATCH', url: `/v1/articles/${sibling.id}`, headers: admin, payload: { title: 'Même sujet, nouveau titre' } });
  const afterRelated = await page(app, main.slug, '', { 'if-none-match': etag });
  t.equal(afterRelated.statusCode, 200, 'a related article\'s new title changes the page');
  t.equal(afterRelated.json().related[0].title, 'Même sujet, nouveau titre');

  const etag2 = String(afterRelated.headers.etag);
  await view(app, elsewhere.id, 3);
  await app.views.flush();
  t.not(String((await page(app, main.slug)).headers.etag), etag2, 'a new most-read ranking changes the page');

  const etag3 = String((await page(app, main.slug)).headers.etag);
  await app.inject({ method: 'PATCH', url: `/v1/sections/${child.id}`, headers: admin, payload: { name: 'IA' } });
  const renamed = await page(app, main.slug, '', { 'if-none-match': etag3 });
  t.equal(renamed.statusCode, 200, 'renaming a section of the breadcrumb changes the page');
  t.equal(renamed.json().breadcrumb[1].name, 'IA');
});

t.test('a section with enough readers fills the most read alone', async (t) => {
  const { app } = await makeApp(t);
  const { main, sibling, elsewhere } = await setup(app);
  const another = await article(app, { title: 'Autre de la rubrique', sectionId: main.section.id });
  await view(app, elsewhere.id, 9);
  await view(app, sibling.id, 2);
  await view(app, another.id, 1);
  await app.views.flush();
  const body = (await page(app, main.slug, '?popular=1')).json();
  t.same(body.popular.map((p: any) => p.article.id), [sibling.id], 'the section\'s own most read, not the site\'s');
});
