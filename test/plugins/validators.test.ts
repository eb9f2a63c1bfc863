import t from 'tap';
import { admin, article, create, makeApp, newsroom } from '../helpers.js';

// Honest validators: an answer's Last-Modified moves forward whenever it changes,
// an item leaving it included, and its ETag changes whenever what its bytes mean does.

const MINUTE = 60_000;

t.test('a list\'s or a feed\'s Last-Modified moves forward when an article leaves it', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, child, other, tag } = await newsroom(app);
  const stays = await article(app, { title: 'Reste', sectionId: child.id, tagIds: [tag.id] });
  clock.advance(MINUTE);
  const leaves = await article(app, { title: 'Part', sectionId: child.id, tagIds: [tag.id] });
  const target = await article(app, { title: 'Cible', sectionId: other.id });
  await app.inject({ method: 'PUT', url: `/v1/articles/${stays.id}/links`, headers: admin, payload: { links: [{ kind: 'article', articleId: target.id }] } });
  const urls = ['/v1/articles', `/v1/articles?section=${section.id}`, `/v1/articles?tag=${tag.id}`, '/v1/feeds/atom',
    `/v1/feeds/sections/${child.id}/rss`, `/v1/feeds/tags/${tag.id}/json`, `/v1/sections/${section.id}/front`, '/sitemap.xml'];
  const before = new Map<string, string>();
  for (const url of urls) before.set(url, String((await app.inject(url)).headers['last-modified']));
  const linked = `/v1/articles/${stays.id}/links`;
  before.set(linked, String((await app.inject(linked)).headers['last-modified']));

  clock.advance(10 * MINUTE);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${leaves.id}`, headers: admin, payload: { pubStatus: 'withheld' } });
  await app.inject({ method: 'PATCH', url: `/v1/articles/${target.id}`, headers: admin, payload: { status: 'draft' } });
  for (const [url, lastModified] of before) {
    const res = await app.inject({ url, headers: { 'if-modified-since': lastModified } });
    t.equal(res.statusCode, 200, `${url}: not a 304 once an article left it`);
    t.ok(Date.parse(String(res.headers['last-modified'])) > Date.parse(lastModified), `${url}: a later Last-Modified`);
    t.notOk(res.body.includes(url === linked ? target.id : leaves.id), 'what left is gone');
  }
  const unrelated = await app.inject({ url: `/v1/feeds/sections/${other.id}/rss` });
  clock.advance(MINUTE);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${stays.id}`, headers: admin, payload: { pubStatus: 'canceled' } });
  t.equal((await app.inject({ url: `/v1/feeds/sections/${other.id}/rss`, headers: { 'if-modified-since': String(unrelated.headers['last-modified']) } })).statusCode,
    304, 'a feed nothing left still answers 304');
});

t.test('related scores hold for the hour, and the ETag changes with them', async (t) => {
  const { app, clock } = await makeApp(t, {}, { cacheBytes: 0 });
  const { section, tag } = await newsroom(app);
  clock.now = Date.parse('2026-06-01T08:05:00Z');
  const main = await article(app, { title: 'Les élections municipales', sectionId: section.id, tagIds: [tag.id] });
  await article(app, { title: 'Municipales : le second tour', sectionId: section.id, tagIds: [tag.id] });
  const url = `/v1/articles/${main.id}/related`;
  const first = await app.inject(url);
  t.ok(first.json().data[0].score > 0);
  clock.advance(50 * MINUTE);
  const later = await app.inject(url);
  t.equal(later.body, first.body, 'the same scores within the hour');
  t.equal(later.headers.etag, first.headers.etag);
  clock.advance(6 * 3_600_000);
  const next = await app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
  t.equal(next.statusCode, 200, 'hours later, the scores decayed: a new answer, not a 304');
  t.not(next.json().data[0].score, first.json().data[0].score);
  t.not(next.headers.etag, first.headers.etag);
});

t.test('a front\'s ETag changes when a child section is renamed or added', async (t) => {
  const { app } = await makeApp(t);
  const { section, child } = await newsroom(app);
  const etag = async () => String((await app.inject(`/v1/sections/${section.id}/front`)).headers.etag);
  const first = await etag();
  await app.inject({ method: 'PATCH', url: `/v1/sections/${child.id}`, headers: admin, payload: { name: 'IA' } });
  const renamed = await etag();
  t.not(renamed, first, 'a child renamed');
  await create(app, '/v1/sections', { name: 'Robots', parentId: section.id });
  t.not(await etag(), renamed, 'a child added');
});
