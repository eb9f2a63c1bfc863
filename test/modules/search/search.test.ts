import t from 'tap';
import type { App } from '../../../src/app.js';
import { admin, article, create, isProblem, makeApp, newsroom } from '../../helpers.js';

const DAY = 86_400_000;

type Hit = { article: Record<string, any>; snippet: string; snippetHtml: string; score: number };
type SearchPage = { data: Hit[]; meta: { limit: number; nextCursor: string | null; query: Record<string, unknown>[] } };

async function search(app: App, query: string, headers: Record<string, string> = {}): Promise<SearchPage> {
  const res = await app.inject({ url: `/v1/search?${query}`, headers });
  if (res.statusCode !== 200) throw new Error(`GET /v1/search?${query} → ${res.statusCode}: ${res.body}`);
  return res.json();
}
const q = (text: string, more = '') => `q=${encodeURIComponent(text)}${more}`;
const titles = (page: SearchPage) => page.data.map((h) => h.article.title);
const found = async (app: App, text: string, more = '') => titles(await search(app, q(text, more))).sort();

t.test('accents, case and ligatures are folded', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, { title: 'Élection municipale à Lyon', sectionId: section.id, body: 'Une œuvre d’art au musée.' });
  await article(app, { title: 'Autre chose', sectionId: section.id, body: 'Rien à voir.' });
  for (const text of ['élection', 'election', 'ÉLECTION', 'Election ', 'ELECTION', 'œuvre', 'oeuvre', 'OEUVRE ', 'Œuvre', 'municipale LYON']) {
    t.same(await found(app, text), ['Élection municipale à Lyon'], text);
  }
});

t.test('words are stemmed in French: élection finds élections, recrutement finds recrutements and recruter', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, { title: 'Les élections européennes', sectionId: section.id });
  await article(app, { title: 'Une élection partielle', sectionId: section.id });
  await article(app, { title: 'Le recrutement des enseignants', sectionId: section.id });
  await article(app, { title: 'Les recrutements reprennent', sectionId: section.id });
  await article(app, { title: 'Recruter sans diplôme', sectionId: section.id });
  await article(app, { title: 'Le sport', sectionId: section.id });
  t.same(await found(app, 'élection '), ['Les élections européennes', 'Une élection partielle']);
  t.same(await found(app, 'ELECTIONS '), ['Les élections européennes', 'Une élection partielle']);
  t.same(await found(app, 'recrutement '), ['Le recrutement des enseignants', 'Les recrutements reprennent', 'Recruter sans diplôme']);
});

t.test('an English article is stemmed in English', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const en = await article(app, { title: 'Running the elections', sectionId: section.id, lang: 'en' });
  await article(app, { title: 'Running, le mot anglais', sectionId: section.id });
  t.same(await found(app, 'run ', '&lang=en'), ['Running the elections'], 'runs → run in English');
  t.same(await found(app, 'run '), ['Running the elections'], 'the French article keeps "running" whole');
  t.same(await found(app, 'election ', '&lang=en'), ['Running the elections']);
  t.same(await found(app, 'running '), ['Running the elections', 'Running, le mot anglais']);
  const patched = await app.inject({ method: 'PATCH', url: `/v1/articles/${en.id}`, headers: admin, payload: { lang: 'fr' } });
  t.equal(patched.statusCode, 200);
  t.same(await found(app, 'run '), [], 're-indexed in French when its language changes');
  t.same(await found(app, 'running ', '&lang=fr'), ['Running the elections', 'Running, le mot anglais']);
  t.same(await found(app, 'running ', '&lang=de'), [], 'a language we do not stem is only folded');
});

t.test('"phrases", -exclusions and the prefix of the last word', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, { title: 'L’intelligence artificielle en Europe', sectionId: section.id });
  await article(app, { title: 'Artificielle, cette intelligence ?', sectionId: section.id });
  await article(app, { title: 'La réalité virtuelle', sectionId: section.id });
  const both = ['Artificielle, cette intelligence ?', 'L’intelligence artificielle en Europe'];
  t.same(await found(app, '"intelligence artificielle"'), ['L’intelligence artificielle en Europe']);
  t.same(await found(app, '"Intelligences Artificielles"'), ['L’intelligence artificielle en Europe'], 'phrases are stemmed too');
  t.same(await found(app, 'intelligence artificielle '), both);
  t.same(await found(app, 'intelligence -europe '), ['Artificielle, cette intelligence ?']);
  t.same(await found(app, 'artificielle -"intelligence artificielle"'), ['Artificielle, cette intelligence ?']);
  t.same(await found(app, '"l’intelligence'), ['L’intelligence artificielle en Europe'], 'an unclosed phrase while typing');
  t.same(await found(app, 'intellig'), both, 'the last word is a prefix while typing');
  t.same(await found(app, 'intellig '), [], 'and whole after a space');
  t.same(await found(app, 'intellig europe'), [], 'only the last word is a prefix');
  t.same(await found(app, 'europe intellig'), ['L’intelligence artificielle en Europe']);
  t.same(await found(app, 'réal'), ['La réalité virtuelle']);
  t.same(await found(app, 'intelligence -réal'), both, 'an excluded word is whole');
  const page = await search(app, q('intelligence "artificielle en" -réalité europ'));
  t.same(page.meta.query, [
    { text: 'intelligence', phrase: false, exclude: false, prefix: false },
    { text: 'artificielle en', phrase: true, exclude: false, prefix: false },
    { text: 'réalité', phrase: false, exclude: true, prefix: false },
    { text: 'europ', phrase: false, exclude: false, prefix: true },
  ], 'meta.query is the query as understood');
  t.same(titles(page), ['L’intelligence artificielle en Europe']);
});

t.test('tag and author names are searched', async (t) => {
  const { app } = await makeApp(t);
  const { section, author, tag } = await newsroom(app);
  await article(app, { title: 'Sans rapport', sectionId: section.id, tagIds: [tag.id], authorIds: [author.id] });
  t.same(await found(app, 'Fabre '), ['Sans rapport'], 'the author Hélène Fabre');
  t.same(await found(app, 'helene '), ['Sans rapport']);
  t.same(await found(app, 'élections '), ['Sans rapport'], 'the tag Élections');
});

t.test('ranking: title above standfirst above body, and a mild recency boost', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const body = 'Un paragraphe assez long pour que les documents aient des longueurs comparables, sans plus.';
  // Each word in one field only: without a standfirst, the first paragraph (and its word) would be one.
  await article(app, { title: 'Rien ici', standfirst: 'Rien.', sectionId: section.id, body: `${body} Le budget.` });
  await article(app, { title: 'Le budget', sectionId: section.id, body: `${body} Rien.` });
  await article(app, { title: 'Rien là', standfirst: 'Le budget.', sectionId: section.id, body: `${body} Rien.` });
  const page = await search(app, q('budget '));
  t.same(titles(page), ['Le budget', 'Rien là', 'Rien ici']);
  t.ok(page.data.every((h, i) => h.score > 0 && (i === 0 || h.score < page.data[i - 1].score)), 'scores are positive and decreasing');

  const { app: app2 } = await makeApp(t);
  const { section: s2 } = await newsroom(app2);
  const old = await article(app2, { title: 'Réforme des retraites', sectionId: s2.id, publishAt: new Date(clock.now - 60 * DAY).toISOString() });
  const fresh = await article(app2, { title: 'Réforme des retraites', sectionId: s2.id, slug: 'reforme-bis' });
  const ranked = await search(app2, q('retraites '));
  t.same(ranked.data.map((h) => h.article.id), [fresh.id, old.id], 'the same text, the newer first');
  // score = -bm25 × (1 + 0.5 × 0.5^(days / 30)): ×1.5 today, ×1.125 after 60 days.
  t.equal(Math.round((ranked.data[0].score / ranked.data[1].score) * 1e6) / 1e6, Math.round((1.5 / 1.125) * 1e6) / 1e6);
});

t.test('snippets: plain text, and HTML with <mark> around the matched words', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, {
    title: 'Les budgets', sectionId: section.id,
    body: 'L’économie 🤔 des budgets, aujourd’hui : « A & B » < C > D, l\'"avis" de tous sur le budget.',
  });
  const [hit] = (await search(app, q('budget '))).data;
  t.equal(hit.snippet, 'L’économie 🤔 des budgets, aujourd’hui : « A & B » < C > D, l\'"avis" de tous sur le budget.');
  t.equal(hit.snippetHtml,
    'L’économie 🤔 des <mark>budgets</mark>, aujourd’hui : « A &amp; B » &lt; C &gt; D, l&#39;&quot;avis&quot; de tous sur le <mark>budget</mark>.');
  const [phrase] = (await search(app, q('"des budgets aujourd’hui"'))).data;
  t.match(phrase.snippetHtml, /^L’économie 🤔 <mark>des budgets, aujourd’hui<\/mark> : /, 'a phrase is marked as one');

  const words = Array.from({ length: 80 }, (_, i) => `mot${i}`);
  words[40] = 'Lyon';
  await article(app, { title: 'Long', sectionId: section.id, body: `${words.slice(0, 20).join(' ')}\n\n${words.slice(20).join(' ')}` });
  const [long] = (await search(app, q('lyon '))).data;
  t.match(long.snippet, /^….* Lyon .*…$/, 'an excerpt of the body around the match, … where cut');
  t.notMatch(long.snippet, /\n/, 'on one line');
  t.ok(long.snippet.split(' ').length <= 26, '24 tokens or so');
  t.match(long.snippetHtml, / <mark>Lyon<\/mark> /);

  await article(app, { title: 'Typographie', sectionId: section.id, body: 'Il a dit\u00a0: «\u00a0taxe\u00a0».\n\n| a | b |\n| - | - |\n| taxe | x |' });
  const [nbsp] = (await search(app, q('taxe '))).data;
  t.equal(nbsp.snippet, 'Il a dit\u00a0: «\u00a0taxe\u00a0». a b taxe x', 'no-break spaces stay, line breaks and cells become spaces');

  await article(app, { title: 'Lyon', sectionId: section.id, body: 'Sans rapport.' });
  const titleOnly = (await search(app, q('lyon '))).data.find((h) => h.article.title === 'Lyon')!;
  t.equal(titleOnly.snippet, 'Sans rapport.', 'a title match shows the start of the body');
});

t.test('results carry the article exactly as the article list shows it', async (t) => {
  const { app } = await makeApp(t);
  const { section, author, tag } = await newsroom(app);
  const second = await create(app, '/v1/authors', { name: 'Jean Dupont' });
  const a = await article(app, { title: 'Le budget', sectionId: section.id, authorIds: [second.id, author.id], tagIds: [tag.id] });
  const listed = (await app.inject({ url: '/v1/articles' })).json().data[0];
  const [hit] = (await search(app, q('budget'))).data;
  t.same(hit.article, listed);
  t.equal(hit.article.id, a.id);
  t.same(hit.article.authors.map((x: any) => x.id), [second.id, author.id]);
  t.equal(hit.article.body, undefined);
});

t.test('filters: section with sub-sections, tags (all), author, lang, since, until', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, child, other, author, tag, tag2 } = await newsroom(app);
  const make = async (title: string, fields: Record<string, unknown>) => {
    await article(app, { title: `Budget ${title}`, ...fields });
    clock.advance(DAY);
  };
  const start = new Date(clock.now).toISOString();
  await make('haut', { sectionId: section.id, tagIds: [tag.id], authorIds: [author.id] });
  await make('ia', { sectionId: child.id, tagIds: [tag.id, tag2.id] });
  const middle = new Date(clock.now).toISOString();
  await make('culture', { sectionId: other.id, tagIds: [tag2.id], lang: 'en', authorIds: [author.id] });
  const all = ['Budget culture', 'Budget haut', 'Budget ia'];
  t.same(await found(app, 'budget '), all);
  t.same(await found(app, 'budget ', `&section=${section.id}`), ['Budget haut', 'Budget ia'], 'with sub-sections');
  t.same(await found(app, 'budget ', '&section=actualites%2Fia'), ['Budget ia'], 'by path');
  t.same(await found(app, 'budget ', `&tag=${tag.slug}`), ['Budget haut', 'Budget ia']);
  t.same(await found(app, 'budget ', `&tag=${tag.id}&tag=${tag2.slug}`), ['Budget ia'], 'every tag must match');
  t.same(await found(app, 'budget ', `&author=${author.slug}`), ['Budget culture', 'Budget haut']);
  t.same(await found(app, 'budget ', '&lang=en'), ['Budget culture']);
  t.same(await found(app, 'budget ', `&since=${middle}`), ['Budget culture']);
  t.same(await found(app, 'budget ', `&since=${start}&until=${middle}`), ['Budget haut', 'Budget ia']);
  t.same(await found(app, 'budget ', '&section=nulle-part'), []);
});

t.test('cursor pages return every result once, in order, even while articles are written', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  // Scores differ by how often the word appears; two with the same text tie and the id decides.
  for (let i = 1; i <= 7; i++) {
    await article(app, { title: `Article ${i}`, sectionId: section.id, body: `${'budget '.repeat(i)}${'autre '.repeat(10 - i)}` });
  }
  await article(app, { title: 'Article 8', sectionId: section.id, body: `${'budget '.repeat(7)}${'autre '.repeat(3)}` });
  const expected = titles(await search(app, q('budget', '&limit=50')));
  t.equal(expected.length, 8);
  t.same(expected.slice(0, 4), ['Article 8', 'Article 7', 'Article 6', 'Article 5']);

  const seen: string[] = [];
  let url: string | undefined = `/v1/search?${q('budget', '&limit=3')}`;
  let pages = 0;
  while (url) {
    const res = await app.inject({ url });
    t.equal(res.statusCode, 200);
    const page = res.json() as SearchPage;
    seen.push(...titles(page));
    pages++;
    t.equal(page.meta.limit, 3);
    if (page.meta.nextCursor === null) {
      t.equal(res.headers.link, undefined);
      url = undefined;
    } else {
      const link = /^<([^>]+)>; rel="next"$/.exec(res.headers.link as string);
      t.ok(link, 'a Link: rel="next" header');
      url = link![1];
      t.equal(new URL(url, 'http://x').searchParams.get('cursor'), page.meta.nextCursor);
    }
    // The newsroom keeps writing: matching and other articles, published and drafts, all move bm25's statistics.
    clock.advance(60_000);
    await article(app, { title: `Nouveau ${pages}`, sectionId: section.id, body: 'budget budget budget budget budget budget budget budget' });
    await article(app, { title: `Brouillon ${pages}`, sectionId: section.id, status: 'draft', body: 'autre chose, bien plus long que le reste du texte' });
  }
  t.equal(pages, 3);
  t.same(seen, expected, 'no repeat, no skip');
  t.same(titles(await search(app, q('budget', '&limit=2'))), ['Nouveau 3', 'Nouveau 2'], 'the newcomers are on a fresh first page');
});

t.test('a cursor this API did not issue is a 400', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  for (let i = 0; i < 3; i++) await article(app, { title: `Budget ${i}`, sectionId: section.id });
  const good = (await search(app, q('budget', '&limit=1'))).meta.nextCursor!;
  const listCursor = (await app.inject({ url: '/v1/articles?limit=1' })).json().meta.nextCursor;
  const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Date.parse('2026-06-01T08:00:00Z');
  for (const cursor of ['garbage', listCursor, forged(['relevance', 1, now, 'art_x']), forged(['relevance', 'abc', now, 'art_x']),
    forged(['relevance', '1', 'now', 'art_x']), forged(['relevance', '1', now, 7]), forged(['relevance', '1', now])]) {
    isProblem(t, await app.inject({ url: `/v1/search?${q('budget')}&cursor=${encodeURIComponent(cursor)}` }), 400, 'INVALID_CURSOR');
  }
  t.equal((await search(app, `${q('budget')}&limit=1&cursor=${good}`)).data.length, 1);
  const other = await app.inject({ url: `/v1/search?${q('budget', '&section=actualites')}&limit=1&cursor=${good}` });
  t.match(isProblem(t, other, 400, 'INVALID_CURSOR').detail, /other filters/, 'a cursor belongs to its query and filters');
  const otherQuery = await app.inject({ url: `/v1/search?${q('budgets')}&limit=1&cursor=${good}` });
  t.match(isProblem(t, otherQuery, 400, 'INVALID_CURSOR').detail, /other filters/);
});

t.test('a cursor keeps its search: other words or other filters are a 400', async (t) => {
  const { app } = await makeApp(t);
  const { section, other } = await newsroom(app);
  for (let i = 0; i < 3; i++) {
    await article(app, { title: `Budget actualité ${i}`, sectionId: section.id });
    await article(app, { title: `Budget culture ${i}`, sectionId: other.id });
  }
  const cursor = encodeURIComponent((await search(app, q('budget', `&section=${section.slug}&limit=2`))).meta.nextCursor!);
  for (const query of [q('budget', `&cursor=${cursor}`), q('budget', `&section=${other.slug}&cursor=${cursor}`),
    q('budgets', `&section=${section.slug}&cursor=${cursor}`), q('budget', `&section=${section.slug}&lang=fr&cursor=${cursor}`)]) {
    const body = isProblem(t, await app.inject({ url: `/v1/search?${query}` }), 400, 'INVALID_CURSOR');
    t.match(body.detail, /filters/, query);
  }
  const rest = await search(app, q('budget', `&section=${section.slug}&limit=2&cursor=${cursor}`));
  t.same(titles(rest).map((title) => title.replace(/\d$/, '')), ['Budget actualité '], 'the same search continues');
});

t.test('a cursor cannot see into the future, even one from a server whose clock runs ahead', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, { title: 'Budget visible', sectionId: section.id });
  await article(app, { title: 'Budget un', sectionId: section.id });
  await article(app, { title: 'Budget prévu', sectionId: section.id, status: 'scheduled', publishAt: new Date(clock.now + DAY).toISOString() });
  const now = clock.now;
  clock.advance(2 * DAY);
  const ahead = await search(app, `${q('budget')}&limit=1`);
  t.equal(ahead.data[0].article.title, 'Budget prévu', 'published by then');
  clock.now = now;
  const behind = await search(app, `${q('budget')}&cursor=${ahead.meta.nextCursor}`);
  t.notOk(titles(behind).includes('Budget prévu'), 'its instant is capped at now: the scheduled article is not out yet');
});

t.test('limit is 1 to 50, 10 by default; q is 1 to 500 characters', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  for (let i = 0; i < 11; i++) await article(app, { title: `Budget ${i}`, sectionId: section.id });
  const page = await search(app, q('budget'));
  t.equal(page.data.length, 10);
  t.equal(page.meta.limit, 10);
  t.type(page.meta.nextCursor, 'string');
  t.equal((await search(app, q('budget', '&limit=50'))).data.length, 11);
  for (const limit of ['0', '51', 'x']) {
    const body = isProblem(t, await app.inject({ url: `/v1/search?${q('budget')}&limit=${limit}` }), 400, 'VALIDATION_FAILED');
    t.match(body.errors, [{ pointer: '/limit', in: 'query' }]);
  }
  for (const query of ['', 'q=', `q=${'a'.repeat(501)}`, 'q=a&q=b']) {
    const body = isProblem(t, await app.inject({ url: `/v1/search?${query}` }), 400, 'VALIDATION_FAILED');
    t.match(body.errors, [{ pointer: /^\/q?/, in: 'query' }], query.slice(0, 20));
  }
  t.equal((await search(app, `q=${'a'.repeat(500)}`)).data.length, 0, '500 characters are fine');
  const empty = isProblem(t, await app.inject({ url: `/v1/search?${q('-budget "" !!')}` }), 400, 'INVALID_QUERY');
  t.match(empty.detail, /at least one word/);
  t.equal(empty.type, 'urn:kiosque:problem:invalid-query');
  const many = isProblem(t, await app.inject({ url: `/v1/search?${q(Array.from({ length: 21 }, (_, i) => `m${i}`).join(' '))}` }), 400, 'INVALID_QUERY');
  t.match(many.detail, /at most 20/);
});

t.test('caching: ETag, 304, Cache-Control and Surrogate-Key', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'true' });
  const { section, author, tag } = await newsroom(app);
  const a = await article(app, { title: 'Le budget', sectionId: section.id, authorIds: [author.id], tagIds: [tag.id] });
  const res = await app.inject({ url: `/v1/search?${q('budget')}` });
  t.match(res.headers, { etag: /^"[\w-]{22}"$/, 'cache-control': /s-maxage=\d+, stale-while-revalidate=\d+/, 'last-modified': String });
  t.same(String(res.headers['surrogate-key']).split(' ').sort(), ['searches', 'term-bud', 'refs', a.id].sort(), 'its terms and what it shows');
  const again = await app.inject({ url: `/v1/search?${q('budget')}`, headers: { 'if-none-match': res.headers.etag as string } });
  t.equal(again.statusCode, 304);
  t.equal(again.body, '');
  await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { title: 'Le budget 2027' } });
  const changed = await app.inject({ url: `/v1/search?${q('budget')}`, headers: { 'if-none-match': res.headers.etag as string } });
  t.equal(changed.statusCode, 200, 'a new title is a new answer');
  const preview = await app.inject({ url: `/v1/search?${q('budget')}`, headers: admin });
  t.equal(preview.headers['cache-control'], 'private, no-store');
});

t.test('search needs content:read when anonymous reads are off', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'false' });
  isProblem(t, await app.inject({ url: `/v1/search?${q('budget')}` }), 401, 'UNAUTHORIZED');
  t.equal((await app.inject({ url: `/v1/search?${q('budget')}`, headers: admin })).statusCode, 200);
});

t.test('a snippet comes from the first 20,000 characters of a body; what is further is found all the same', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const early = `Un début sans rapport. ${'mot '.repeat(5000)}`;
  await article(app, { title: 'Une longue lecture', sectionId: section.id, body: `${early}\n\nLa girafe arrive enfin.` });
  await article(app, { title: 'Une autre lecture', sectionId: section.id, body: `${'mot '.repeat(100)} la girafe ${'mot '.repeat(6000)}` });
  const hits = (await search(app, q('girafe '))).data;
  t.same(hits.map((h) => h.article.title).sort(), ['Une autre lecture', 'Une longue lecture'], 'both are found');
  const far = hits.find((h) => h.article.title === 'Une longue lecture')!;
  t.equal(far.snippet, `Un début sans rapport. ${'mot '.repeat(20).trim()}…`, 'past the first 20,000 characters: the beginning');
  const near = hits.find((h) => h.article.title === 'Une autre lecture')!;
  t.match(near.snippetHtml, /^…(mot +){5,}la <mark>girafe<\/mark>( mot){5,}…$/, 'within them: around the match, … at both ends');
});
