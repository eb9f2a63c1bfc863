import t from 'tap';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { SITEMAP_MAX_URLS } from '../../../src/modules/sitemaps/service.js';
import { ADMIN_KEY, article, create, isProblem, makeApp, newsroom, type TestApp } from '../../helpers.js';
import { exec } from '../../database.js';

const HOUR = 3_600_000;
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['url', 'sitemap'].includes(name) });

/** GETs a sitemap, checks it is well-formed XML served as such, and parses it. */
async function sitemap(app: TestApp['app'], url: string) {
  const res = await app.inject(url);
  if (res.statusCode !== 200) throw new Error(`GET ${url} → ${res.statusCode}: ${res.body}`);
  const valid = XMLValidator.validate(res.body);
  if (valid !== true) throw new Error(`${url} is not well-formed: ${JSON.stringify(valid)}`);
  return { res, doc: xml.parse(res.body) };
}

const locs = (doc: any): string[] => (doc.urlset.url ?? []).map((u: { loc: string }) => u.loc);
const path = (url: string) => url.replace('http://localhost:3000', '');

/** makeApp with a small sitemap page size, to see the index split without 50,000 articles. */
async function smallPagesApp(t: { teardown(fn: () => unknown): void }, sitemapPageSize: number) {
  return makeApp(t, {}, { sitemapPageSize });
}

t.test('the index splits each section\'s sitemap into pages of the page size; every visible URL once', async (t) => {
  const { app, clock } = await smallPagesApp(t, 2);
  const { section, child, other } = await newsroom(app);
  const slugs: string[] = [];
  for (let i = 1; i <= 5; i++) {
    slugs.push((await article(app, { title: `Actualité ${i}`, sectionId: section.id })).slug);
    clock.advance(60_000);
  }
  slugs.push((await article(app, { title: 'IA', sectionId: child.id, heroImage: { url: 'https://img.example.fr/ia.png', alt: 'IA' } })).slug);
  await article(app, { title: 'Brouillon', sectionId: other.id, status: 'draft' });

  const { res, doc } = await sitemap(app, '/sitemap.xml');
  t.equal(res.headers['content-type'], 'application/xml; charset=utf-8');
  t.equal(doc.sitemapindex['@xmlns'], 'http://www.sitemaps.org/schemas/sitemap/0.9');
  const pages = doc.sitemapindex.sitemap.map((s: { loc: string }) => s.loc);
  const base = 'http://localhost:3000/sitemaps/sections';
  t.same(pages, [`${base}/${section.id}/1.xml`, `${base}/${section.id}/2.xml`, `${base}/${section.id}/3.xml`, `${base}/${child.id}/1.xml`],
    'three pages of two for five articles, one for the sub-section, none for a section without visible articles');
  t.same(doc.sitemapindex.sitemap.map((s: { lastmod: string }) => s.lastmod),
    ['2026-06-01T08:01:00.000Z', '2026-06-01T08:03:00.000Z', '2026-06-01T08:04:00.000Z', '2026-06-01T08:05:00.000Z']);

  const seen: string[] = [];
  for (const page of pages) {
    const urls = locs((await sitemap(app, path(page))).doc);
    t.ok(urls.length <= 2, `${page} holds at most the page size`);
    seen.push(...urls);
  }
  t.same(seen, [...slugs.slice(0, 5).map((s) => `http://localhost:3000/actualites/${s}`), `http://localhost:3000/actualites/ia/${slugs[5]}`],
    'oldest first, each URL once, sub-section articles in their own sitemap');
  const last = (await sitemap(app, `/sitemaps/sections/${child.id}/1.xml`)).doc;
  t.equal(last.urlset['@xmlns:image'], 'http://www.google.com/schemas/sitemap-image/1.1');
  t.same(last.urlset.url[0]['image:image'], { 'image:loc': 'https://img.example.fr/ia.png' });
  t.same(locs((await sitemap(app, '/sitemaps/sections/actualites%2Fia/1.xml')).doc), locs(last), 'a section by path too');

  isProblem(t, await app.inject(`/sitemaps/sections/${section.id}/4.xml`), 404, 'NOT_FOUND');
  isProblem(t, await app.inject('/sitemaps/sections/nope/1.xml'), 404, 'NOT_FOUND');
  isProblem(t, await app.inject(`/sitemaps/sections/${section.id}/0.xml`), 400, 'VALIDATION_FAILED');
  t.same(locs((await sitemap(app, `/sitemaps/sections/${other.id}/1.xml`)).doc), [], 'an empty first page is an empty urlset');
});

t.test('by default a sitemap page holds the protocol\'s 50,000 URLs', async (t) => {
  t.equal(SITEMAP_MAX_URLS, 50_000);
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  for (let i = 0; i < 3; i++) await article(app, { title: `Article ${i}`, sectionId: section.id });
  const { doc } = await sitemap(app, '/sitemap.xml');
  t.same(doc.sitemapindex.sitemap.map((s: { loc: string }) => path(s.loc)), [`/sitemaps/sections/${section.id}/1.xml`]);
  t.equal(locs((await sitemap(app, `/sitemaps/sections/${section.id}/1.xml`)).doc).length, 3);
});

t.test('sitemaps list only visible, usable, non-embargoed articles', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const later = new Date(clock.now + HOUR).toISOString();
  const visible = await article(app, { title: 'Visible', sectionId: section.id });
  for (const fields of [{ status: 'draft' }, { publishAt: later }, { status: 'archived' }, { pubStatus: 'withheld' }, { pubStatus: 'canceled' }, { embargoUntil: later }]) {
    await article(app, { title: `Caché ${JSON.stringify(fields)}`, sectionId: section.id, ...fields });
  }
  const url = `http://localhost:3000/actualites/${visible.slug}`;
  t.same(locs((await sitemap(app, `/sitemaps/sections/${section.id}/1.xml`)).doc), [url]);
  t.same(locs((await sitemap(app, '/sitemap-news.xml')).doc), [url]);
  clock.advance(HOUR);
  t.equal(locs((await sitemap(app, `/sitemaps/sections/${section.id}/1.xml`)).doc).length, 3, 'the scheduled and embargoed ones once due');
});

t.test('the news sitemap: the last two days by the clock, newest first, publication, language, date, title', async (t) => {
  const { app, clock } = await makeApp(t, { KIOSQUE_PUBLISHER_NAME: 'Le Kiosque & Cie' });
  const { section } = await newsroom(app);
  const old = await article(app, { title: 'Avant-hier', sectionId: section.id });
  clock.advance(HOUR);
  const recent = await article(app, { title: 'Élection : « résultats » & <analyses>', sectionId: section.id, lang: 'en' });
  clock.advance(48 * HOUR - 1);
  const { res, doc } = await sitemap(app, '/sitemap-news.xml');
  t.equal(res.headers['content-type'], 'application/xml; charset=utf-8');
  t.match(doc.urlset, { '@xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', '@xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9' });
  t.same(doc.urlset.url, [{
    loc: `http://localhost:3000/actualites/${recent.slug}`,
    'news:news': {
      'news:publication': { 'news:name': 'Le Kiosque & Cie', 'news:language': 'en' },
      'news:publication_date': '2026-06-01T09:00:00.000Z',
      'news:title': 'Élection : « résultats » & <analyses>',
    },
  }], `older than 48 hours (${old.slug}) is out`);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${old.id}`, headers: { authorization: `Bearer ${ADMIN_KEY}` }, payload: { title: 'Mis à jour' } });
  t.equal(locs((await sitemap(app, '/sitemap-news.xml')).doc).length, 1, 'an edit does not make an old article news again');
  clock.advance(1);
  t.same(locs((await sitemap(app, '/sitemap-news.xml')).doc), [], 'two days after its publication it leaves, with no write in between');
});

t.test('the news sitemap holds at most 1,000 articles, the newest', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, { title: 'Modèle', sectionId: section.id });
  // 1,000 more copies, each a millisecond older, written in one statement: 1,001 API writes would take minutes.
  await exec(db, `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000)
    INSERT INTO articles (id, slug, title, standfirst, body, body_html, body_text, body_blocks, toc, summary, word_count,
      reading_time_minutes, lang, status, pub_status, section_id, publish_at, first_published_at, embargo_until, hero_image,
      canonical_url, seo_title, seo_description, created_at, updated_at, version)
    SELECT 'art_copy' || i, slug || '-' || i, title, standfirst, body, body_html, body_text, body_blocks, toc, summary,
      word_count, reading_time_minutes, lang, status, pub_status, section_id, publish_at - i, first_published_at - i, embargo_until,
      hero_image, canonical_url, seo_title, seo_description, created_at, updated_at, version
    FROM n, articles`);
  const urls = locs((await sitemap(app, '/sitemap-news.xml')).doc);
  t.equal(urls.length, 1000);
  t.equal(urls[0], 'http://localhost:3000/actualites/modele', 'the newest first');
  t.equal(urls[999], 'http://localhost:3000/actualites/modele-999', 'the oldest copy left out');
});

t.test('sitemaps send validators and answer 304; they follow KIOSQUE_ANONYMOUS_READ', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Un', sectionId: section.id });
  for (const url of ['/sitemap.xml', `/sitemaps/sections/${section.id}/1.xml`, '/sitemap-news.xml']) {
    const first = await app.inject(url);
    t.match(first.headers, { etag: /^"[\w-]{22}"$/, 'last-modified': 'Mon, 01 Jun 2026 08:00:00 GMT', 'cache-control': /s-maxage/ });
    t.equal(first.headers['surrogate-key'], 'edits refs', 'too many articles to name: every edit and every rename purge it');
    t.equal((await app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } })).statusCode, 304, url);
  }
  const before = (await app.inject('/sitemap-news.xml')).headers.etag;
  await create(app, '/v1/articles', { title: 'Deux', body: 'Texte.', sectionId: section.id, status: 'published' });
  t.not((await app.inject('/sitemap-news.xml')).headers.etag, before, 'a new article changes it');
  t.ok(a);

  const closed = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'false' });
  for (const url of ['/sitemap.xml', '/sitemap-news.xml']) isProblem(t, await closed.app.inject(url), 401, 'UNAUTHORIZED');
  t.equal((await closed.app.inject({ url: '/sitemap.xml', headers: { authorization: `Bearer ${ADMIN_KEY}` } })).statusCode, 200);
});

t.test('a key not granted dates gets no <lastmod>, and validators that do not reveal them', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, { title: 'Un', sectionId: section.id });
  const key = await create(app, '/v1/keys', { name: 'Titres', scopes: ['content:read'], fields: ['title', 'slug', 'url'] });
  clock.advance(HOUR);
  for (const url of ['/sitemap.xml', `/sitemaps/sections/${section.id}/1.xml`, '/sitemap-news.xml']) {
    const res = await app.inject({ url, headers: { authorization: `Bearer ${key.key}` } });
    t.equal(res.statusCode, 200, url);
    t.notMatch(res.body, /<lastmod>|<news:publication_date>/, `${url}: no date`);
    t.equal(res.headers['last-modified'], undefined, `${url}: no Last-Modified either`);
    t.match(res.headers.etag, /^"[\w-]{22}"$/, `${url}: an ETag of its bytes`);
  }
});
