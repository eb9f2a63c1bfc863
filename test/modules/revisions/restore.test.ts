import t from 'tap';
import { admin, article, create, isProblem, makeApp, newsroom, type TestApp } from '../../helpers.js';
import { query } from '../../database.js';

type App = TestApp['app'];
const MINUTE = 60_000;

async function patch(app: App, id: string, payload: object) {
  const res = await app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: admin, payload });
  if (res.statusCode !== 200) throw new Error(`PATCH → ${res.statusCode}: ${res.body}`);
  return res;
}

const restore = (app: App, ref: string, version: number, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url: `/v1/articles/${ref}/revisions/${version}/restore`, headers: { ...admin, ...headers } });

t.test('a restore brings back what an article said, as a new version, and leaves where it lives and whether readers see it', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, other, author, tag, tag2 } = await newsroom(app);
  const heroImage = { url: 'https://img.example/a.jpg', alt: 'Une photo', caption: null, credit: 'AFP', width: 1200, height: 800 };
  const a = await article(app, {
    title: 'La bonne version', standfirst: 'Le bon chapeau.', sectionId: section.id, authorIds: [author.id], tagIds: [tag.id],
    body: 'Le bon texte.\n\n## La suite\n\nEncore du texte.', heroImage, seo: { title: 'Bon SEO', description: 'Bonne description' },
  });
  clock.advance(MINUTE);
  await patch(app, a.id, {
    title: 'Une erreur', standfirst: null, body: 'Un texte faux.', authorIds: [], tagIds: [tag2.id], heroImage: null,
    seo: { title: null, description: null }, lang: 'en', slug: 'une-erreur', sectionId: other.id, status: 'archived',
  });
  clock.advance(MINUTE);
  const res = await restore(app, 'une-erreur', 1);
  t.equal(res.statusCode, 200);
  const restored = res.json();
  t.equal(res.headers.etag, (await app.inject({ url: `/v1/articles/${a.id}?include=body,links`, headers: admin })).headers.etag);
  t.match(res.headers['surrogate-key'], a.id, 'the purge keys of the write');
  t.match(restored, {
    id: a.id, version: 3, title: 'La bonne version', standfirst: 'Le bon chapeau.', lang: 'fr', heroImage,
    seo: { title: 'Bon SEO', description: 'Bonne description' },
    authors: [{ id: author.id }], tags: [{ id: tag.id }],
    body: { html: '<p>Le bon texte.</p>\n<h2 id="la-suite">La suite</h2>\n<p>Encore du texte.</p>' },
    toc: [{ id: 'la-suite', title: 'La suite', level: 2 }],
    slug: 'une-erreur', section: { id: other.id }, status: 'archived', updatedAt: '2026-06-01T08:02:00.000Z',
  });

  const history = (await app.inject({ url: `/v1/articles/${a.id}/revisions`, headers: admin })).json().data;
  t.match(history[0], {
    version: 3, current: true, event: 'restored', restoredFrom: 1, by: { name: 'KIOSQUE_ADMIN_KEY' },
    changes: ['title', 'standfirst', 'body', 'lang', 'authorIds', 'tagIds', 'heroImage', 'seo'],
  });
  t.equal((await app.inject({ url: `/v1/articles/${a.id}/revisions/2`, headers: admin })).json().article.title, 'Une erreur',
    'the version it replaced is kept like any other');
  const diff = (await app.inject({ url: `/v1/articles/${a.id}/revisions/3/diff?from=1`, headers: admin })).json();
  t.same(diff.fields, ['slug', 'status', 'sectionId'], 'against the version restored, only where it lives and its status differ');
});

t.test('a restore honours If-Match, and is recorded in the change feed like any update', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Publié', sectionId: section.id });
  await patch(app, a.id, { title: 'Publié, corrigé', slug: 'publie-corrige' });
  const latest = (await app.inject({ url: '/v1/changes?since=latest', headers: admin })).json().meta.nextCursor;
  const rows = async () => (await query<{ n: number }>(db, 'SELECT CAST(count(*) AS INTEGER) AS n FROM article_revisions'))[0].n;
  const before = await rows();

  isProblem(t, await restore(app, a.id, 1, { 'if-match': '"1-x"' }), 412, 'PRECONDITION_FAILED');
  t.equal(await rows(), before, 'a refused restore keeps nothing');
  t.same((await app.inject({ url: `/v1/changes?since=${latest}`, headers: admin })).json().data, [], 'nor records a change');
  isProblem(t, await restore(app, a.id, 7), 404, 'NOT_FOUND');
  isProblem(t, await restore(app, 'nope', 1), 404, 'NOT_FOUND');
  isProblem(t, await restore(app, a.slug, 1), 404, 'NOT_FOUND');  // writes name an article by id or current slug
  t.equal(await rows(), before);

  const etag = (await app.inject({ url: `/v1/articles/${a.id}`, headers: admin })).headers.etag as string;
  const res = await restore(app, a.id, 1, { 'if-match': etag });
  t.equal(res.statusCode, 200);
  t.equal(res.json().title, 'Publié');
  const changes = (await app.inject({ url: `/v1/changes?since=${latest}`, headers: admin })).json().data;
  t.match(changes, [{ type: 'article.updated', entity: { type: 'article', id: a.id, version: 3 }, surrogateKeys: [a.id] }]);
  t.equal(await rows(), before + 1, 'one revision for the restore');
  const readers = (await app.inject({ url: `/v1/articles/${a.slug}` })).json();
  t.equal(readers.title, 'Publié', 'readers see the restored text at once');
});

t.test('a restore leaves out authors and tags deleted since, and restoring the current version makes a new one', async (t) => {
  const { app } = await makeApp(t);
  const { section, author, tag } = await newsroom(app);
  const gone = await create(app, '/v1/authors', { name: 'Parti depuis' });
  const goneTag = await create(app, '/v1/tags', { name: 'Obsolète', type: 'topic' });
  const a = await article(app, { title: 'Signé à deux', sectionId: section.id, authorIds: [gone.id, author.id], tagIds: [goneTag.id, tag.id] });
  await patch(app, a.id, { authorIds: [author.id], tagIds: [tag.id], title: 'Signé seul' });
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/authors/${gone.id}`, headers: admin })).statusCode, 204);
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/tags/${goneTag.id}`, headers: admin })).statusCode, 204);
  const res = await restore(app, a.id, 1);
  t.equal(res.statusCode, 200);
  t.match(res.json(), { title: 'Signé à deux', authors: [{ id: author.id }], tags: [{ id: tag.id }] });
  t.equal(res.json().authors.length, 1);
  t.equal(res.json().tags.length, 1);

  const again = await restore(app, a.id, 3);
  t.equal(again.statusCode, 200);
  t.equal(again.json().version, 4);
  t.match((await app.inject({ url: `/v1/articles/${a.id}/revisions?limit=1`, headers: admin })).json().data,
    [{ version: 4, event: 'restored', restoredFrom: 3, changes: [] }]);
});
