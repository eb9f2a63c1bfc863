import t from 'tap';
import type { App } from '../../../src/app.js';
import { onPostgres, traceStatements } from '../../database.js';
import { admin, article, create, isProblem, makeApp, newsroom } from '../../helpers.js';

const MINUTE = 60_000;


const list = async (app: App, query = '', headers: Record<string, string> = {}) => {
  const res = await app.inject({ url: `/v1/articles${query}`, headers });
  if (res.statusCode !== 200) throw new Error(`GET /v1/articles${query} → ${res.statusCode}: ${res.body}`);
  return res.json() as { data: any[]; meta: { limit: number; nextCursor: string | null } };
};
const ids = (page: { data: { id: string }[] }) => page.data.map((a) => a.id);

/** `n` published articles, one a minute apart; returned oldest first. */
async function timeline(app: App, clock: { advance(ms: number): void }, sectionId: string, n: number, prefix = 'Article') {
  const out = [];
  for (let i = 0; i < n; i++) {
    out.push(await article(app, { title: `${prefix} ${i}`, sectionId }));
    clock.advance(MINUTE);
  }
  return out;
}

t.test('the list is newest first, light, with meta', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, author } = await newsroom(app);
  const second = await create(app, '/v1/authors', { name: 'Jean Dupont' });
  const made = await timeline(app, clock, section.id, 3);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${made[0].id}`, headers: admin, payload: { authorIds: [second.id, author.id] } });
  const res = await app.inject({ url: '/v1/articles' });
  t.equal(res.statusCode, 200);
  t.equal(res.headers.link, undefined, 'no next page, no Link');
  const page = res.json();
  t.same(ids(page), made.map((a) => a.id).reverse());
  t.same(page.meta, { limit: 20, nextCursor: null });
  for (const item of page.data) {
    t.equal(item.body, undefined, 'no body in a list by default');
    t.equal(item.links, undefined);
    t.match(item, { id: String, slug: String, url: String, title: String, standfirst: 'Un paragraphe.', status: 'published',
      section: { id: section.id }, wordCount: 6, readingTimeMinutes: 1, toc: [{ id: 'une-partie', title: 'Une partie', level: 2 }] });
  }
  t.same(page.data[2].authors.map((a: any) => a.id), [second.id, author.id], 'bylines keep their order in lists');
  t.same(page.data[0].authors, []);

  const { app: empty } = await makeApp(t);
  t.same(await list(empty), { data: [], meta: { limit: 20, nextCursor: null } });
});

t.test('a page is read in one statement on PostgreSQL, its articles\' bylines and tags with it', async (t) => {
  const { app, db, clock } = await makeApp(t, {}, { cacheBytes: 0 });
  const { section, author, tag, tag2 } = await newsroom(app);
  const second = await create(app, '/v1/authors', { name: 'Jean Dupont' });
  const made = await timeline(app, clock, section.id, 3);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${made[1].id}`, headers: admin, payload: { authorIds: [second.id, author.id], tagIds: [tag2.id, tag.id] } });
  const statements = traceStatements(db);
  // SQLite: the page, its bylines, its tags (a sort keeps every column of the rows it sorts); the purge instants
  // come from memory on both. And a lookup of the section a list is narrowed to, for its surrogate key.
  // And on SQLite, for a narrowed list, the bound and the count that say whether to start from the filter.
  for (const [query, lookups, counts] of [['', 0, 0], [`?section=${section.id}&sort=title`, 1, 2]] as const) {
    const expected = (onPostgres ? 1 : 3 + counts) + lookups;
    // On PostgreSQL, once this instance has followed the notifications of the writes above.
    const read = async () => {
      statements.length = 0;
      return list(app, query);
    };
    let page = await read();
    for (let tries = 0; statements.length > expected && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      page = await read();
    }
    t.equal(statements.length, expected, `${query}: the statements of a page`, { statements });
    const item = page.data.find((a) => a.id === made[1].id);
    t.match(item, { authors: [{ id: second.id }, { id: author.id }], tags: [{ id: tag2.id, type: 'place' }, { id: tag.id, name: tag.name }] });
    t.same(page.data.filter((a) => a.id !== made[1].id).map((a) => [a.authors, a.tags]), [[[], []], [[], []]]);
  }
});

t.test('a list narrowed to a tag, author or section with few articles starts from them on SQLite; the pages are the same', async (t) => {
  const { app, db, clock } = await makeApp(t, {}, { cacheBytes: 0 });
  const { section, child, author, tag, tag2 } = await newsroom(app);
  t.same(ids(await list(app, `?tag=${tag.slug}`)), [], 'no article yet');
  // 30 articles: tag2 on all, by the author; tag on one, in the child section. A page of 21 among 30: under
  // √(21 × 30 / 6) ≈ 10 articles a filter is started from.
  const made = [];
  for (let i = 0; i < 30; i++) {
    made.push(await article(app, { title: `Article ${i}`, sectionId: i === 7 ? child.id : section.id, authorIds: [author.id], tagIds: i === 7 ? [tag.id, tag2.id] : [tag2.id] }));
    clock.advance(MINUTE);
  }
  const newest = made.map((a) => a.id).reverse();
  const statements = traceStatements(db);
  const listed = async (query: string) => {
    statements.length = 0;
    const page = ids(await list(app, query));
    return { page, statement: statements.find((s) => s.includes('ORDER BY'))! };
  };
  const cases = [
    { query: `?tag=${tag.slug}`, page: [made[7].id], from: 'a.id IN (SELECT x.article_id FROM article_tags' },
    { query: '?tag=nothing-here', page: [], from: 'a.id IN (SELECT x.article_id FROM article_tags' },
    { query: `?tag=${tag2.id}`, page: newest.slice(0, 20), walk: 'EXISTS (SELECT 1 FROM article_tags' },
    { query: `?tag=${tag2.id}&tag=${tag.slug}`, page: [made[7].id], walk: 'EXISTS (SELECT 1 FROM article_tags', from: 'a.id IN (SELECT x.article_id FROM article_tags' },
    { query: `?author=${author.slug}`, page: newest.slice(0, 20), walk: 'EXISTS (SELECT 1 FROM article_authors' },
    { query: '?author=nobody', page: [], from: 'a.id IN (SELECT x.article_id FROM article_authors' },
    { query: `?section=${child.id}`, page: [made[7].id], from: ' a.section_id IN (SELECT c.id FROM sections p' },
    { query: '?section=nowhere', page: [], from: ' a.section_id IN (SELECT c.id FROM sections p' },
    { query: `?section=${section.id}`, page: newest.slice(0, 20), walk: '+a.section_id IN (SELECT c.id FROM sections p' },
  ];
  for (const c of cases) {
    const { page, statement } = await listed(c.query);
    t.same(page, c.page, `${c.query}: the page`);
    if (onPostgres) continue; // PostgreSQL plans from its statistics: the statement is the same for every filter
    if (c.from) t.ok(statement.includes(c.from), `${c.query}: started from the filter`, { statement });
    if (c.walk) t.ok(statement.includes(c.walk), `${c.query}: the sort's index walked`, { statement });
  }
});

t.test('include and fields shape the items', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const [a, b] = await timeline(app, clock, section.id, 2);
  await app.inject({
    method: 'PUT', url: `/v1/articles/${b.id}/links`, headers: admin,
    payload: { links: [{ kind: 'article', articleId: a.id, label: 'À lire' }] },
  });

  const html = await list(app, '?include=body');
  t.same(html.data.map((x) => x.body), [b.body, a.body], 'include=body adds the HTML body');
  t.same((await list(app, '?include=body&format=markdown')).data.map((x) => x.body),
    [{ markdown: 'Un paragraphe.\n\n## Une partie\n\nDu texte.' }, { markdown: 'Un paragraphe.\n\n## Une partie\n\nDu texte.' }]);
  t.same((await list(app, '?include=body&format=text')).data[0].body, { text: 'Un paragraphe.\n\nUne partie\n\nDu texte.' });
  t.match((await list(app, '?include=body&format=blocks')).data[0].body, { blocks: [{ type: 'paragraph' }, { type: 'heading' }, { type: 'paragraph' }] });
  t.equal((await list(app, '?format=text')).data[0].body, undefined, 'format alone does not add the body');

  const linked = await list(app, '?include=links');
  t.match(linked.data[0].links, [{ kind: 'article', label: 'À lire', article: { id: a.id } }]);
  t.same(linked.data[1].links, []);
  t.equal(linked.data[0].body, undefined);
  const both = await list(app, '?include=body,links');
  t.ok(both.data[0].body && both.data[0].links);

  t.same((await list(app, '?fields=id,title,slug')).data, [
    { id: b.id, title: 'Article 1', slug: 'article-1' }, { id: a.id, title: 'Article 0', slug: 'article-0' },
  ]);
  t.same((await list(app, '?fields=id,body')).data, [{ id: b.id }, { id: a.id }], 'fields=body without include=body adds nothing');
  t.same((await list(app, '?fields=id,body&include=body&format=text')).data[1], { id: a.id, body: { text: 'Un paragraphe.\n\nUne partie\n\nDu texte.' } });

  const bad = isProblem(t, await app.inject({ url: '/v1/articles?fields=id,password' }), 400, 'INVALID_PARAMETER');
  t.match(bad.detail, /password/);
  isProblem(t, await app.inject({ url: '/v1/articles?include=body,everything' }), 400, 'INVALID_PARAMETER');
  isProblem(t, await app.inject({ url: '/v1/articles?format=pdf' }), 400, 'VALIDATION_FAILED');
});

t.test('sort=oldest|updated|title', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const made = [
    await article(app, { title: 'Bravo', sectionId: section.id }),
    await article(app, { title: 'Alpha', sectionId: section.id, publishAt: '2026-05-01T00:00:00Z' }),
    await article(app, { title: 'Charlie', sectionId: section.id, publishAt: '2026-05-15T00:00:00Z' }),
  ];
  const [bravo, alpha, charlie] = made.map((a) => a.id);
  t.same(ids(await list(app)), [bravo, charlie, alpha], 'newest publication first');
  t.same(ids(await list(app, '?sort=newest')), [bravo, charlie, alpha]);
  t.same(ids(await list(app, '?sort=oldest')), [alpha, charlie, bravo]);
  t.same(ids(await list(app, '?sort=title')), [alpha, bravo, charlie]);
  clock.advance(MINUTE);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${alpha}`, headers: admin, payload: { standfirst: 'Corrigé.' } });
  clock.advance(MINUTE);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${charlie}`, headers: admin, payload: { standfirst: 'Corrigé.' } });
  t.same(ids(await list(app, '?sort=updated')), [charlie, alpha, bravo]);
  const bad = isProblem(t, await app.inject({ url: '/v1/articles?sort=random' }), 400, 'VALIDATION_FAILED');
  t.match(bad.errors, [{ pointer: '/sort', in: 'query' }]);
});

t.test('limit is 1 to 100, 20 by default', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  for (let i = 0; i < 21; i++) await article(app, { title: `N${i}`, sectionId: section.id });
  const page = await list(app);
  t.equal(page.data.length, 20);
  t.equal(page.meta.limit, 20);
  t.type(page.meta.nextCursor, 'string');
  t.equal((await list(app, '?limit=1')).data.length, 1);
  t.same((await list(app, '?limit=100')).meta, { limit: 100, nextCursor: null });
  t.equal((await list(app, '?limit=21')).meta.nextCursor, null, 'no next page when everything fits');
  for (const limit of ['0', '101', 'abc', '-1', '2.5']) {
    const body = isProblem(t, await app.inject({ url: `/v1/articles?limit=${limit}` }), 400, 'VALIDATION_FAILED');
    t.match(body.errors, [{ pointer: '/limit', in: 'query' }], `limit=${limit}`);
  }
});

t.test('cursor pages return every article once, in order, while articles are published', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const made = await timeline(app, clock, section.id, 7);
  // Two more published at the same instant: the id breaks the tie.
  made.push(await article(app, { title: 'Égalité A', sectionId: section.id }));
  made.push(await article(app, { title: 'Égalité B', sectionId: section.id }));
  const expected = made.map((a) => a.id).reverse();

  const seen: string[] = [];
  const inserted: string[] = [];
  let url: string | undefined = '/v1/articles?limit=2';
  let pages = 0;
  while (url) {
    const res = await app.inject({ url });
    t.equal(res.statusCode, 200);
    const page = res.json();
    seen.push(...ids(page));
    pages++;
    if (page.meta.nextCursor === null) {
      t.equal(res.headers.link, undefined);
      url = undefined;
    } else {
      const link = /^<([^>]+)>; rel="next"$/.exec(res.headers.link as string);
      t.ok(link, 'a Link: rel="next" header');
      url = link![1];
      t.equal(new URL(url, 'http://x').searchParams.get('cursor'), page.meta.nextCursor, 'the Link carries meta.nextCursor');
      t.equal(new URL(url, 'http://x').searchParams.get('limit'), '2', 'and the other parameters');
    }
    // Newsroom keeps publishing between page fetches.
    clock.advance(MINUTE);
    inserted.push((await article(app, { title: `Pendant ${pages}`, sectionId: section.id })).id);
  }
  t.same(seen, expected, 'no repeat, no skip');
  t.equal(pages, 5);
  t.same(ids(await list(app, '?limit=3')).slice(0, 3), inserted.slice(-3).reverse(), 'the newcomers are on a fresh first page');

  // Oldest first: the newcomers come at the end, still once each.
  const oldest: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof list>> = await list(app, `?sort=oldest&limit=4${cursor ? `&cursor=${cursor}` : ''}`);
    oldest.push(...ids(page));
    cursor = page.meta.nextCursor;
    clock.advance(MINUTE);
    inserted.push((await article(app, { title: `Encore ${oldest.length}`, sectionId: section.id })).id);
  } while (cursor);
  t.same(oldest, [...expected.reverse(), ...inserted.slice(0, oldest.length - expected.length)]);
  t.equal(new Set(oldest).size, oldest.length);
});

t.test('cursors work for every sort', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const titles = ['Delta', 'Alpha', 'Charlie', 'Bravo', 'Echo'];
  for (const title of titles) {
    await article(app, { title, sectionId: section.id });
    clock.advance(MINUTE);
  }
  for (const sort of ['newest', 'oldest', 'updated', 'title']) {
    const all = ids(await list(app, `?sort=${sort}`));
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Awaited<ReturnType<typeof list>> = await list(app, `?sort=${sort}&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      paged.push(...ids(page));
      cursor = page.meta.nextCursor;
    } while (cursor);
    t.same(paged, all, `sort=${sort}`);
  }
  const titled = (await list(app, '?sort=title&fields=title')).data.map((a) => a.title);
  t.same(titled, ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo']);
});

t.test('a cursor this API did not issue is a 400', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  for (let i = 0; i < 3; i++) await article(app, { title: `N${i}`, sectionId: section.id });
  const titleCursor = (await list(app, '?sort=title&limit=1')).meta.nextCursor!;
  const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  for (const cursor of ['garbage', '%%%', titleCursor, forged(['newest', 1]), forged(['newest', 1.5, 'x']), forged({ sort: 'newest' })]) {
    const body = isProblem(t, await app.inject({ url: `/v1/articles?cursor=${encodeURIComponent(cursor)}` }), 400, 'INVALID_CURSOR');
    t.equal(body.type, 'urn:kiosque:problem:invalid-cursor');
  }
  isProblem(t, await app.inject({ url: '/v1/articles?cursor=' }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ url: `/v1/articles?cursor=${'a'.repeat(2049)}` }), 400, 'VALIDATION_FAILED');
});

t.test('a cursor keeps its list: used with other filters, or none, it is a 400', async (t) => {
  const { app } = await makeApp(t);
  const { section, other, tag, tag2 } = await newsroom(app);
  for (let i = 0; i < 3; i++) await article(app, { title: `Actu ${i}`, sectionId: section.id, tagIds: [tag.id, tag2.id] });
  for (let i = 0; i < 3; i++) await article(app, { title: `Culture ${i}`, sectionId: other.id });
  const first = await app.inject({ url: `/v1/articles?section=actualites&tag=${tag.slug}&tag=${tag2.slug}&limit=2` });
  const { meta } = first.json();
  for (const query of ['', '&section=culture', `&section=actualites`, `&section=actualites&tag=${tag.slug}`, '&section=actualites&sort=oldest']) {
    const res = await app.inject({ url: `/v1/articles?cursor=${meta.nextCursor}${query}` });
    t.match(isProblem(t, res, 400, 'INVALID_CURSOR').detail, /another list, or to other filters: repeat the filters/, query || 'the cursor alone');
  }
  const next = await app.inject({ url: `/v1/articles?section=actualites&tag=${tag2.slug}&tag=${tag.slug}&limit=2&cursor=${meta.nextCursor}` });
  t.same(next.json().data.map((a: { title: string }) => a.title), ['Actu 0'], 'the same filters, tags in any order');
  const link = /<([^>]+)>; rel="next"/.exec(String(first.headers.link))![1];
  t.equal((await app.inject({ url: link })).statusCode, 200, 'the Link header repeats them');
  const fields = await app.inject({ url: `/v1/articles?section=actualites&tag=${tag.slug}&tag=${tag2.slug}&limit=2&fields=id,title&cursor=${meta.nextCursor}` });
  t.equal(fields.statusCode, 200, 'the shape of the answer (fields, include, format, limit) is free to change');
});

t.test('a cursor keeps its list: sent without its filters or with others it is a 400, never a page of another list', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, other, author, tag, tag2 } = await newsroom(app);
  for (let i = 0; i < 3; i++) {
    await article(app, { title: `Actualité ${i}`, sectionId: section.id, authorIds: [author.id], tagIds: [tag.id, tag2.id] });
    await article(app, { title: `Culture ${i}`, sectionId: other.id });
    clock.advance(MINUTE);
  }
  const filtered = `section=${section.slug}&tag=${tag.slug}&tag=${tag2.slug}&author=${author.slug}`;
  const first = await list(app, `?${filtered}&limit=2`);
  const cursor = encodeURIComponent(first.meta.nextCursor!);

  for (const query of [`cursor=${cursor}`, `section=${other.slug}&cursor=${cursor}`, `section=${section.slug}&cursor=${cursor}`,
    `${filtered}&lang=fr&cursor=${cursor}`, `${filtered}&since=2020-01-01T00:00:00Z&cursor=${cursor}`]) {
    const body = isProblem(t, await app.inject({ url: `/v1/articles?${query}` }), 400, 'INVALID_CURSOR');
    t.match(body.detail, /filters/, query);
  }

  const rest = await list(app, `?tag=${tag2.slug}&author=${author.slug}&tag=${tag.slug}&section=${section.slug}&limit=2&cursor=${cursor}`);
  t.same(rest.data.map((a) => a.title), ['Actualité 0'], 'the same filters, in any order, continue the list');
  const res = await app.inject({ url: `/v1/articles?${filtered}&limit=1` });
  const next = /^<([^>]+)>; rel="next"$/.exec(String(res.headers.link))![1];
  t.same((await list(app, next.replace('/v1/articles', ''))).data.map((a) => a.title), ['Actualité 1'], 'so does the Link header');

  const unfiltered = (await list(app, '?limit=1')).meta.nextCursor!;
  isProblem(t, await app.inject({ url: `/v1/articles?section=${section.slug}&cursor=${encodeURIComponent(unfiltered)}` }), 400, 'INVALID_CURSOR');
  t.equal((await list(app, `?cursor=${encodeURIComponent(unfiltered)}`)).data.length, 5, 'an unfiltered list continues alone');
});

t.test('filters: section (id or path, with sub-sections), tags (all), author, lang, since, until', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, child, other, author, tag, tag2 } = await newsroom(app);
  const second = await create(app, '/v1/authors', { name: 'Jean Dupont' });
  const make = async (title: string, fields: Record<string, unknown>) => {
    const a = await article(app, { title, ...fields });
    clock.advance(MINUTE);
    return a.id;
  };
  const top = await make('Haut', { sectionId: section.id, tagIds: [tag.id], authorIds: [author.id] });
  const ia = await make('IA', { sectionId: child.id, tagIds: [tag.id, tag2.id], authorIds: [second.id, author.id] });
  const culture = await make('Culture', { sectionId: other.id, tagIds: [tag2.id], lang: 'en', authorIds: [second.id] });
  const old = await make('Ancien', { sectionId: other.id, publishAt: '2026-01-01T00:00:00Z' });

  t.same(ids(await list(app, `?section=${section.id}`)), [ia, top], 'a section id includes its sub-sections');
  t.same(ids(await list(app, '?section=actualites')), [ia, top], 'so does its path');
  t.same(ids(await list(app, '?section=actualites%2Fia')), [ia]);
  t.same(ids(await list(app, `?section=${child.id}`)), [ia]);
  t.same(ids(await list(app, '?section=culture')), [culture, old]);
  t.same(ids(await list(app, '?section=actu')), [], 'a path prefix is not a parent');
  t.same(ids(await list(app, '?section=nowhere')), []);

  t.same(ids(await list(app, '?tag=elections')), [ia, top]);
  t.same(ids(await list(app, `?tag=${tag2.id}`)), [culture, ia], 'a tag by id');
  t.same(ids(await list(app, '?tag=elections&tag=paris')), [ia], 'every tag must match');
  t.same(ids(await list(app, `?tag=paris&tag=${tag.id}`)), [ia]);
  t.same(ids(await list(app, '?tag=elections&tag=nope')), []);
  isProblem(t, await app.inject({ url: `/v1/articles?${'tag=a&'.repeat(11)}` }), 400, 'VALIDATION_FAILED');

  t.same(ids(await list(app, `?author=${author.id}`)), [ia, top]);
  t.same(ids(await list(app, `?author=${second.slug}`)), [culture, ia], 'an author by slug');
  t.same(ids(await list(app, '?author=nobody')), []);

  t.same(ids(await list(app, '?lang=en')), [culture]);
  t.same(ids(await list(app, '?lang=fr')), [ia, top, old]);

  const at = (id: string) => [top, ia, culture].indexOf(id);
  const iaTime = new Date(Date.parse('2026-06-01T08:00:00Z') + at(ia) * MINUTE).toISOString();
  t.same(ids(await list(app, `?since=${iaTime}`)), [culture, ia], 'since is inclusive');
  t.same(ids(await list(app, `?until=${iaTime}`)), [top, old], 'until is exclusive');
  t.same(ids(await list(app, `?since=2026-01-01T00:00:00Z&until=${iaTime}`)), [top, old]);
  t.same(ids(await list(app, '?since=2026-02-01T00:00:00Z&until=2026-03-01T00:00:00Z')), []);
  const bad = isProblem(t, await app.inject({ url: '/v1/articles?since=yesterday' }), 400, 'VALIDATION_FAILED');
  t.match(bad.errors, [{ pointer: '/since', in: 'query' }]);

  t.same(ids(await list(app, `?section=actualites&tag=paris&author=${author.slug}&lang=fr&since=2026-06-01T00:00:00Z`)), [ia],
    'filters combine with AND');

  // The next page keeps the filters, repeated tags included.
  const first = await app.inject({ url: '/v1/articles?tag=elections&tag=paris&limit=1&section=actualites' });
  t.equal(first.json().meta.nextCursor, null);
  const two = await app.inject({ url: '/v1/articles?tag=elections&limit=1' });
  const next = new URL(/^<([^>]+)>/.exec(two.headers.link as string)![1], 'http://x');
  t.same(next.searchParams.getAll('tag'), ['elections']);
  t.same(ids((await app.inject({ url: next.pathname + next.search })).json()), [top]);
  const three = await app.inject({ url: '/v1/articles?tag=elections&tag=paris&limit=1&section=culture' });
  t.same(ids(three.json()), []);
});

t.test('every filter combination answers, however many there are', async (t) => {
  // Each combination of filters is its own statement; far more of them than
  // any statement cache keeps must still answer correctly.
  const { app } = await makeApp(t);
  const { section, author, tag } = await newsroom(app);
  const a = await article(app, { title: 'Seul', sectionId: section.id, tagIds: [tag.id], authorIds: [author.id] });
  const shapes: string[] = [];
  for (const tags of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
    for (const sort of ['newest', 'oldest', 'updated', 'title']) {
      for (const body of ['', '&include=body&format=html', '&include=body&format=text', '&include=body&format=markdown', '&include=body&format=blocks']) {
        for (const extra of ['', '&lang=fr', '&author=helene-fabre', '&since=2026-01-01T00:00:00Z', '&until=2027-01-01T00:00:00Z',
          '&lang=fr&author=helene-fabre', '&section=actualites', '&section=actualites&lang=fr&until=2027-01-01T00:00:00Z',
          '&since=2026-01-01T00:00:00Z&until=2027-01-01T00:00:00Z', '&section=actualites&author=helene-fabre&since=2026-01-01T00:00:00Z']) {
          shapes.push(`?sort=${sort}${'&tag=elections'.repeat(tags)}${body}${extra}`);
        }
      }
    }
  }
  t.ok(shapes.length > 1000);
  let wrong = 0;
  for (const shape of shapes.slice(0, 620)) {
    const res = await app.inject({ url: `/v1/articles${shape}` });
    if (res.statusCode !== 200 || res.json().data.length !== 1 || res.json().data[0].id !== a.id) wrong++;
  }
  t.equal(wrong, 0, 'all 620 shapes find the article');
  t.same(ids(await list(app, shapes[0])), [a.id], 'and the first shape still does');
});

t.test('lists are cacheable: ETag, 304, and an ETag that changes only when the page does', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, other, author } = await newsroom(app);
  const a = await article(app, { title: 'Premier', sectionId: section.id, authorIds: [author.id] });
  clock.advance(MINUTE);
  await article(app, { title: 'Ailleurs', sectionId: other.id });
  const url = `/v1/articles?section=${section.id}`;
  const first = await app.inject({ url });
  const etag = String(first.headers.etag);
  t.match(etag, /^"[\w-]+"$/);
  t.match(first.headers['cache-control'], /public, max-age=\d+, s-maxage=\d+, stale-while-revalidate=\d+/);
  const keys = String(first.headers['surrogate-key']).split(' ');
  t.same(keys.sort(), ['refs', section.id, a.id].sort(), 'the section it is narrowed to, the article it shows, `refs`');
  const site = String((await app.inject('/v1/articles?sort=updated')).headers['surrogate-key']).split(' ');
  for (const key of ['articles', 'edits', 'refs', a.id]) t.ok(site.includes(key), `the whole site by update time names ${key}`);
  t.ok(first.headers['last-modified']);
  const again = await app.inject({ url, headers: { 'if-none-match': etag } });
  t.equal(again.statusCode, 304);
  t.equal(again.body, '');

  clock.advance(MINUTE);
  await article(app, { title: 'Encore ailleurs', sectionId: other.id });
  t.equal((await app.inject({ url })).headers.etag, etag, 'an article outside the list leaves its ETag alone');

  await app.inject({ method: 'PATCH', url: `/v1/authors/${author.id}`, headers: admin, payload: { name: 'Hélène Fabre-Martin' } });
  const renamed = await app.inject({ url, headers: { 'if-none-match': etag } });
  t.equal(renamed.statusCode, 200, 'renaming a byline in the list changes it');
  t.not(renamed.headers.etag, etag);
  t.equal(renamed.json().data[0].authors[0].name, 'Hélène Fabre-Martin');

  const empty = await app.inject({ url: '/v1/articles?lang=de' });
  t.same(empty.json().data, []);
  t.equal(Date.parse(String(empty.headers['last-modified'])), Math.floor(clock.now / 1000) * 1000, 'an empty page is dated now');
});
