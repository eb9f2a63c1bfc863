import t from 'tap';
import { XMLParser } from 'fast-xml-parser';
import { admin, article, create, isProblem, makeApp, newsroom } from '../../helpers.js';
import { fetchFeed, titles } from './helpers.js';

const HOUR = 3_600_000;
const formats = ['rss', 'atom', 'json'] as const;
const hero = { url: 'https://img.example.fr/photos/une.jpg?w=1200&h=800', alt: 'La une', caption: 'Légende « citée »', credit: 'AFP', width: 1200, height: 800 };
const tricky = 'Bénéfices & pertes : <Meta> dit "oui" à l\'IA 🚀';

t.test('the site feed in each format: media type, absolute URLs, authors, categories, summary, content, image', async (t) => {
  const { app } = await makeApp(t);
  const { section, child, author, tag, tag2 } = await newsroom(app);
  const a = await article(app, {
    title: tricky, standfirst: 'Chapeau & <suite>', body: 'Texte **gras** & <b>brut</b>.', sectionId: child.id,
    authorIds: [author.id], tagIds: [tag.id, tag2.id], heroImage: hero,
  });
  const uri = `http://localhost:3000/v1/articles/${a.id}`;
  const url = `http://localhost:3000/actualites/ia/${a.slug}`;

  const { res, rss } = await fetchFeed(app, '/v1/feeds/rss');
  t.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8');
  t.match(res.body, /^<\?xml version="1.0" encoding="UTF-8"\?>/);
  t.match(rss, { title: 'Kiosque', link: 'http://localhost:3000/', language: 'fr' });
  t.match(rss!.atom!.links, [{ rel: 'self', href: 'http://localhost:3000/v1/feeds/rss' }, { rel: 'first' }]);
  const item = rss!.items![0];
  t.match(item, {
    title: tricky, link: url, description: 'Chapeau & <suite>', guid: { value: uri, isPermaLink: false },
    pubDate: 'Mon, 01 Jun 2026 08:00:00 GMT',
  });
  t.match(item.content!.encoded, /^<p>Texte <strong>gras<\/strong> &#x26; brut.<\/p>/, 'the full body as HTML');
  t.same(item.dc!.creators, ['Hélène Fabre']);
  t.same(item.categories, [
    { name: 'Élections', domain: 'http://localhost:3000/v1/tags/elections' }, { name: 'Paris', domain: 'http://localhost:3000/v1/tags/paris' },
  ]);
  t.same(item.enclosures, [{ url: hero.url, length: 0, type: 'image/jpeg' }]);
  t.match(item.media!.contents, [{ url: hero.url, medium: 'image', width: 1200, height: 800, description: { value: hero.caption }, credits: [{ value: 'AFP' }] }]);

  const atom = (await fetchFeed(app, '/v1/feeds/atom')).atom!;
  t.match(atom, { id: 'http://localhost:3000/v1/feeds/atom', title: { value: 'Kiosque' }, xml: { lang: 'fr' }, authors: [{ name: 'Kiosque' }] });
  const entry = atom.entries![0];
  t.match(entry, {
    id: uri, title: { value: tricky, type: 'text' }, summary: { value: 'Chapeau & <suite>' }, content: { type: 'html' },
    published: '2026-06-01T08:00:00.000Z', updated: '2026-06-01T08:00:00.000Z', xml: { lang: 'fr' },
    authors: [{ name: 'Hélène Fabre', uri: 'http://localhost:3000/v1/authors/helene-fabre' }],
    categories: [{ term: 'elections', label: 'Élections', scheme: 'http://localhost:3000/v1/tags/' }, { term: 'paris', label: 'Paris' }],
  });
  t.same(entry.links, [
    { rel: 'alternate', type: 'text/html', href: url }, { rel: 'enclosure', type: 'image/jpeg', href: hero.url, title: 'La une' },
  ]);
  t.equal(entry.content!.value, item.content!.encoded);

  const json = await fetchFeed(app, '/v1/feeds/json');
  t.equal(json.res.headers['content-type'], 'application/feed+json; charset=utf-8');
  const body = json.res.json();
  t.equal(body.version, 'https://jsonfeed.org/version/1.1');
  t.match(body, { title: 'Kiosque', home_page_url: 'http://localhost:3000/', feed_url: 'http://localhost:3000/v1/feeds/json', language: 'fr' });
  t.notOk('next_url' in body, 'no next page');
  t.match(json.json!.items![0], {
    id: uri, url, title: tricky, summary: 'Chapeau & <suite>', content_html: item.content!.encoded, image: hero.url,
    date_published: '2026-06-01T08:00:00.000Z', authors: [{ name: 'Hélène Fabre', url: 'http://localhost:3000/v1/authors/helene-fabre' }],
    tags: ['Élections', 'Paris'], language: 'fr',
  });
  t.ok(section);
});

t.test('titles with markup characters, quotes, emoji and control characters stay well-formed and intact', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const names = [tricky, 'A <![CDATA[ x ]]> & y', 'Guillemets « » “ ” \' " et <br/> &amp; &#38; &lt;', 'Contrôle\u0001\u0008 retiré'];
  for (const title of names) await article(app, { title, sectionId: section.id, standfirst: title });
  const expected = [...names].reverse();
  expected[0] = 'Contrôle retiré';
  for (const format of formats) {
    t.same(await titles(app, `/v1/feeds/${format}`), format === 'json' ? [...names].reverse() : expected, format);
  }
  // The exact text again, read by a plain XML parser rather than a feed parser.
  const xml = new XMLParser({ ignoreAttributes: false, parseTagValue: false, trimValues: false });
  const rss = xml.parse((await fetchFeed(app, '/v1/feeds/rss')).res.body);
  t.same(rss.rss.channel.item.map((i: { title: string }) => i.title), expected, 'rss titles');
  t.same(rss.rss.channel.item.map((i: { description: string }) => i.description), expected, 'rss descriptions');
  const atom = xml.parse((await fetchFeed(app, '/v1/feeds/atom')).res.body);
  t.same(atom.feed.entry.map((e: { title: { '#text': string } }) => e.title['#text']), expected, 'atom titles');
  const { res } = await fetchFeed(app, '/v1/feeds/rss');
  t.notMatch(res.body, /[\u0001\u0008]/, 'XML 1.0 cannot carry C0 controls: they are dropped');
});

t.test('pages: a bounded limit, next links (RFC 5005, atom:link, next_url) that never repeat or skip', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  for (let i = 1; i <= 5; i++) {
    await article(app, { title: `Article ${i}`, sectionId: section.id });
    clock.advance(60_000);
  }
  const seen: string[] = [];
  let url: string | undefined = '/v1/feeds/atom?limit=2';
  while (url) {
    const { atom } = await fetchFeed(app, url);
    seen.push(...atom!.entries!.map((e) => e.title!.value!));
    t.match(atom!.links, [{ rel: 'alternate' }, { rel: 'self', href: `http://localhost:3000${url}` }, { rel: 'first', href: 'http://localhost:3000/v1/feeds/atom?limit=2' }]);
    url = atom!.links!.find((l) => l.rel === 'next')?.href?.replace('http://localhost:3000', '');
  }
  t.same(seen, ['Article 5', 'Article 4', 'Article 3', 'Article 2', 'Article 1']);

  const rss = (await fetchFeed(app, '/v1/feeds/rss?limit=3')).rss!;
  const next = rss.atom!.links!.find((l) => l.rel === 'next')!.href!;
  t.same(await titles(app, next.replace('http://localhost:3000', '')), ['Article 2', 'Article 1']);

  const json = (await app.inject('/v1/feeds/json?limit=4')).json();
  t.same(await titles(app, json.next_url.replace('http://localhost:3000', '')), ['Article 1']);

  t.same(await titles(app, '/v1/feeds/rss'), ['Article 5', 'Article 4', 'Article 3', 'Article 2', 'Article 1'], '20 by default');
  isProblem(t, await app.inject('/v1/feeds/rss?limit=101'), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject('/v1/feeds/rss?limit=0'), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject('/v1/feeds/rss?cursor=bm9wZQ'), 400, 'INVALID_CURSOR');
  isProblem(t, await app.inject('/v1/feeds/xml'), 400, 'VALIDATION_FAILED');
});

t.test('a feed\'s cursor continues that feed in any format, and no other feed', async (t) => {
  const { app } = await makeApp(t);
  const { section, other } = await newsroom(app);
  for (let i = 0; i < 3; i++) {
    await article(app, { title: `Actualité ${i}`, sectionId: section.id });
    await article(app, { title: `Culture ${i}`, sectionId: other.id });
  }
  const next = (await app.inject(`/v1/feeds/sections/${section.id}/json?limit=2`)).json().next_url as string;
  const cursor = new URL(next).searchParams.get('cursor')!;
  t.same(await titles(app, `/v1/feeds/sections/${section.slug}/rss?limit=2&cursor=${cursor}`), ['Actualité 0'], 'by id or path, in RSS');
  for (const url of [`/v1/feeds/rss?cursor=${cursor}`, `/v1/feeds/sections/${other.slug}/rss?cursor=${cursor}`]) {
    t.match(isProblem(t, await app.inject(url), 400, 'INVALID_CURSOR').detail, /filters/, url);
  }
  const siteCursor = new URL((await app.inject('/v1/feeds/json?limit=5')).json().next_url).searchParams.get('cursor')!;
  isProblem(t, await app.inject(`/v1/feeds/sections/${section.slug}/json?cursor=${siteCursor}`), 400, 'INVALID_CURSOR');
  t.same(await titles(app, `/v1/feeds/atom?cursor=${siteCursor}`), ['Actualité 0'], 'the site feed continues in Atom');
});

t.test('section feeds include sub-sections; tag and author feeds; unknown ones are 404', async (t) => {
  const { app } = await makeApp(t);
  const { section, child, other, author, tag } = await newsroom(app);
  await article(app, { title: 'Parent', sectionId: section.id, tagIds: [tag.id] });
  await article(app, { title: 'Enfant', sectionId: child.id, authorIds: [author.id] });
  await article(app, { title: 'Ailleurs', sectionId: other.id, authorIds: [author.id], tagIds: [tag.id] });
  for (const format of formats) {
    t.same(await titles(app, `/v1/feeds/sections/actualites/${format}`), ['Enfant', 'Parent'], `${format}: section by path`);
    t.same(await titles(app, `/v1/feeds/sections/${section.id}/${format}`), ['Enfant', 'Parent'], `${format}: by id`);
    t.same(await titles(app, `/v1/feeds/sections/actualites%2Fia/${format}`), ['Enfant'], `${format}: a sub-section's path`);
    t.same(await titles(app, `/v1/feeds/tags/elections/${format}`), ['Ailleurs', 'Parent'], `${format}: tag by slug`);
    t.same(await titles(app, `/v1/feeds/tags/${tag.id}/${format}`), ['Ailleurs', 'Parent'], `${format}: tag by id`);
    t.same(await titles(app, `/v1/feeds/authors/helene-fabre/${format}`), ['Ailleurs', 'Enfant'], `${format}: author`);
  }
  const { rss } = await fetchFeed(app, '/v1/feeds/sections/actualites%2Fia/rss');
  t.match(rss, { title: 'Kiosque — Intelligence artificielle', link: 'http://localhost:3000/actualites/ia' });
  const { atom } = await fetchFeed(app, '/v1/feeds/tags/elections/atom');
  t.match(atom, { id: `http://localhost:3000/v1/feeds/tags/${tag.id}/atom`, title: { value: 'Kiosque — Élections' } });
  t.match((await fetchFeed(app, '/v1/feeds/authors/helene-fabre/json')).json, { title: 'Kiosque — Hélène Fabre' });
  for (const url of ['/v1/feeds/sections/nope/rss', '/v1/feeds/tags/nope/atom', '/v1/feeds/authors/nope/json']) {
    isProblem(t, await app.inject(url), 404, 'NOT_FOUND');
  }
  await app.inject({ method: 'PATCH', url: `/v1/sections/${section.id}`, headers: admin, payload: { description: 'Tout & le reste' } });
  t.match((await fetchFeed(app, '/v1/feeds/sections/actualites/rss')).rss, { description: 'Tout & le reste' });
});

t.test('drafts, scheduled, archived, withheld, canceled and embargoed articles are never in a feed, even for previews', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, author, tag } = await newsroom(app);
  const later = new Date(clock.now + HOUR).toISOString();
  const refs = { sectionId: section.id, authorIds: [author.id], tagIds: [tag.id] };
  await article(app, { title: 'Visible', ...refs });
  for (const fields of [{ status: 'draft' }, { publishAt: later }, { status: 'archived' }, { pubStatus: 'withheld' }, { pubStatus: 'canceled' }, { embargoUntil: later }]) {
    await article(app, { title: `Caché ${JSON.stringify(fields)}`, ...refs, ...fields });
  }
  for (const format of formats) {
    for (const url of [`/v1/feeds/${format}`, `/v1/feeds/sections/actualites/${format}`, `/v1/feeds/tags/elections/${format}`, `/v1/feeds/authors/helene-fabre/${format}`]) {
      t.same(await titles(app, url), ['Visible'], url);
      t.same(await titles(app, url, admin), ['Visible'], `${url} as admin`);
    }
  }
  clock.advance(HOUR);
  t.same((await titles(app, '/v1/feeds/json')).length, 3, 'the scheduled and embargoed ones appear when their time comes');
});

t.test('ETag, Last-Modified, 304 and cache headers; a change makes a new ETag', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, tag } = await newsroom(app);
  const a = await article(app, { title: 'Premier', sectionId: section.id, tagIds: [tag.id] });
  for (const url of ['/v1/feeds/rss', '/v1/feeds/atom', '/v1/feeds/json', '/v1/feeds/sections/actualites/atom', '/v1/feeds/tags/elections/json']) {
    const first = await app.inject(url);
    t.equal(first.statusCode, 200);
    t.match(first.headers, { etag: /^"[\w-]{22}"$/, 'last-modified': 'Mon, 01 Jun 2026 08:00:00 GMT', vary: 'Authorization' });
    t.match(first.headers['cache-control'], /s-maxage=\d+/);
    const scope = url.includes('/sections/') ? section.id : url.includes('/tags/') ? tag.id : 'articles';
    t.same(String(first.headers['surrogate-key']).split(' ').sort(), ['refs', scope, a.id].sort(), `${url}: its scope, its articles, refs`);
    const again = await app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
    t.equal(again.statusCode, 304, `${url}: 304 on a repeated GET`);
    t.equal(again.body, '');
  }
  const before = await app.inject('/v1/feeds/rss');
  t.not(before.headers.etag, (await app.inject('/v1/feeds/atom')).headers.etag, 'each format has its own ETag');
  clock.advance(60_000);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { title: 'Premier, corrigé' } });
  const after = await app.inject({ url: '/v1/feeds/rss', headers: { 'if-none-match': String(before.headers.etag) } });
  t.equal(after.statusCode, 200, 'the edit changes the feed');
  t.same(await titles(app, '/v1/feeds/rss'), ['Premier, corrigé']);
  await app.inject({ method: 'PATCH', url: `/v1/tags/${tag.id}`, headers: admin, payload: { name: 'Scrutins' } });
  t.equal((await app.inject({ url: '/v1/feeds/rss', headers: { 'if-none-match': String(after.headers.etag) } })).statusCode, 200, 'so does renaming a tag');
});

t.test('GET /v1/feeds lists the site feeds, the other feeds\' templates and the sitemaps', async (t) => {
  const { app } = await makeApp(t, { PUBLIC_URL: 'https://www.example.fr' });
  const res = await app.inject('/v1/feeds');
  t.equal(res.statusCode, 200);
  t.same(res.json(), {
    site: { rss: 'https://www.example.fr/v1/feeds/rss', atom: 'https://www.example.fr/v1/feeds/atom', json: 'https://www.example.fr/v1/feeds/json' },
    templates: {
      section: 'https://www.example.fr/v1/feeds/sections/{idOrPath}/{format}',
      tag: 'https://www.example.fr/v1/feeds/tags/{idOrSlug}/{format}',
      author: 'https://www.example.fr/v1/feeds/authors/{idOrSlug}/{format}',
    },
    sitemaps: { index: 'https://www.example.fr/sitemap.xml', news: 'https://www.example.fr/sitemap-news.xml' },
  });
  const section = await create(app, '/v1/sections', { name: 'Sport' });
  const rss = (await fetchFeed(app, `/v1/feeds/sections/${section.id}/rss`)).rss!;
  t.equal(rss.link, 'https://www.example.fr/sport');
  t.equal(rss.atom!.links![0].href, `https://www.example.fr/v1/feeds/sections/${section.id}/rss`, 'self from PUBLIC_URL');
});
