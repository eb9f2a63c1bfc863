import t from 'tap';
import { createKiosque, KiosqueProblem, REVALIDATED_HEADER, type Item } from '../src/index.js';
import { ADMIN_KEY } from '../../../test/helpers.js';
import { startDemoApi } from '../../../test/demo-api.js';

/** A fetch that records what it sent and what it got, before the client reads it. */
function recording() {
  const seen: { method: string; url: string; ifNoneMatch: string | null; authorization: string | null; status: number }[] = [];
  const fetch = async (request: Request) => {
    const response = await globalThis.fetch(request);
    seen.push({
      method: request.method, url: request.url, ifNoneMatch: request.headers.get('if-none-match'),
      authorization: request.headers.get('authorization'), status: response.status,
    });
    return response;
  };
  return { seen, fetch };
}

// One API for the file: seeding the demo newsroom takes seconds. Tests that
// write come last and leave what the earlier ones read alone.
const { app, url } = await startDemoApi(t);

/** The KiosqueProblem a call throws. */
async function problemOf(call: Promise<unknown>): Promise<KiosqueProblem> {
  try {
    await call;
  } catch (error) {
    if (error instanceof KiosqueProblem) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

t.test('typed reads: the reader page, lists, one article', async (t) => {
  const kiosque = createKiosque({ baseUrl: `${url}/` });
  const { data: list, response } = await kiosque.get('/v1/articles', { params: { query: { section: 'actualites', limit: 3 } } });
  t.equal(response.status, 200);
  t.equal(list.data.length, 3);
  t.equal(list.meta.limit, 3);
  t.match(response.headers.get('link'), /rel="next"/, 'the answer is there for its headers');
  const slug = list.data[0]!.slug!;

  const { data: page } = await kiosque.get('/v1/pages/articles/{slug}', { params: { path: { slug } } });
  t.equal(page.article.id, list.data[0]!.id);
  t.ok(page.breadcrumb.length >= 1);
  t.match(page.article.body?.html, /<h2 id="/, 'the body as HTML by default');

  const { data: article } = await kiosque.get('/v1/articles/{idOrSlug}', { params: { path: { idOrSlug: slug }, query: { format: 'blocks' } } });
  t.ok(Array.isArray(article.body?.blocks), 'typed as Article, never as ninjs');
});

t.test('each: every item of a list, page after page by cursor', async (t) => {
  const kiosque = createKiosque({ baseUrl: url });
  const { data: all } = await kiosque.get('/v1/articles', { params: { query: { limit: 100, fields: 'id' } } });
  const ids: string[] = [];
  for await (const article of kiosque.each('/v1/articles', { params: { query: { limit: 7, fields: 'id' } } })) ids.push(article.id);
  t.same(ids, all.data.map((a) => a.id), 'the same articles, in order, none twice');
  t.ok(ids.length > 7, 'over several pages');

  const sections: Item<'/v1/sections'>[] = [];
  for await (const section of kiosque.each('/v1/sections')) sections.push(section);
  t.equal(sections.length, 13, 'a list without init');
  t.equal(new Set(sections.map((s) => s.id)).size, 13);
});

t.test('problems are thrown as typed errors with their code', async (t) => {
  const kiosque = createKiosque({ baseUrl: url });
  const problem = await problemOf(kiosque.get('/v1/articles/{idOrSlug}', { params: { path: { idOrSlug: 'nulle-part' } } }));
  t.ok(problem instanceof Error);
  t.equal(problem.name, 'KiosqueProblem');
  t.equal(problem.status, 404);
  t.equal(problem.code, 'NOT_FOUND');
  t.equal(problem.problem?.title, 'Not Found');
  t.match(problem.message, /^404 NOT_FOUND: /);

  const invalid = await problemOf(kiosque.get('/v1/articles', { params: { query: { since: 'hier' } } }));
  t.equal(invalid.code, 'VALIDATION_FAILED');
  t.match(invalid.problem?.errors, [{ pointer: '/since', in: 'query' }]);

  const unauthorized = await problemOf(kiosque.send('post', '/v1/sections', { body: { name: 'Sans clé' } }));
  t.equal(unauthorized.code, 'UNAUTHORIZED');

  // A proxy in front of the API may answer with its own page.
  const proxied = createKiosque({ baseUrl: url, fetch: async () => new Response('<h1>Bad Gateway</h1>', { status: 502 }) });
  const gateway = await problemOf(proxied.get('/v1/sections'));
  t.equal(gateway.status, 502);
  t.equal(gateway.code, null);
  t.equal(gateway.problem, null);
  t.match(gateway.message, /^HTTP 502 from /);
});

t.test('ETag revalidation: a repeated GET is a 304, answered from the kept copy', async (t) => {
  const { seen, fetch } = recording();
  const kiosque = createKiosque({ baseUrl: url, fetch });
  const first = await kiosque.get('/v1/sections/{idOrPath}', { params: { path: { idOrPath: 'culture' } } });
  const again = await kiosque.get('/v1/sections/{idOrPath}', { params: { path: { idOrPath: 'culture' } } });
  t.same(seen.map((s) => [s.status, s.ifNoneMatch]), [[200, null], [304, first.response.headers.get('etag')]]);
  t.same(again.data, first.data, 'the same data');
  t.equal(again.response.status, 200);
  t.equal(again.response.headers.get(REVALIDATED_HEADER), 'true');
  t.equal(again.response.headers.get('etag'), first.response.headers.get('etag'));
  t.match(again.response.headers.get('cache-control'), /max-age/, 'with the 304\'s fresh caching headers');

  await kiosque.get('/v1/sections/{idOrPath}', { params: { path: { idOrPath: 'culture' } }, headers: { 'if-none-match': '"autre"' } });
  t.equal(seen[2]!.ifNoneMatch, '"autre"', 'a validator the caller sets is left alone');
});

t.test('ninjs, feeds and the view beacon', async (t) => {
  const kiosque = createKiosque({ baseUrl: url });
  const { data: { data: [article] } } = await kiosque.get('/v1/articles', { params: { query: { limit: 1, section: 'culture' } } });

  const { data: ninjs, response } = await kiosque.ninjs(article!.slug!);
  t.equal(response.headers.get('content-type'), 'application/ninjs+json; charset=utf-8');
  t.equal(ninjs.type, 'text');
  t.match(ninjs.uri, new RegExp(`/v1/articles/${article!.id}$`));

  const { data: site } = await kiosque.feed('json');
  t.equal(site.version, 'https://jsonfeed.org/version/1.1');
  t.ok(site.items.length > 0);
  const { data: rss } = await kiosque.feed('rss', { sections: 'culture' });
  t.match(rss, /^<\?xml[^>]*>\s*<rss/);
  t.match(rss, article!.title!);
  const { data: atom } = await kiosque.feed('atom', { tags: article!.tags![0]!.slug });
  t.match(atom, /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  const { data: byAuthor } = await kiosque.feed('json', { authors: article!.authors![0]!.slug });
  t.ok(byAuthor.items.some((item) => item.title === article!.title));

  const before = app.views.pending;
  await kiosque.view(article!.slug!, { userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' });
  t.equal(app.views.pending, before + 1, 'counted, with the reader\'s User-Agent');
});

t.test('writes with a key, typed like reads', async (t) => {
  const { seen, fetch } = recording();
  const kiosque = createKiosque({ baseUrl: url, key: ADMIN_KEY, fetch });
  const { data, response } = await kiosque.send('post', '/v1/sections', { body: { name: 'Météo' } });
  t.equal(response.status, 201);
  t.match(data, { slug: 'meteo', path: 'meteo' });
  t.equal(seen[0]!.authorization, `Bearer ${ADMIN_KEY}`);
});

t.test('revalidation keeps a bounded number of answers, and can be turned off', async (t) => {
  const sections = (kiosque: ReturnType<typeof createKiosque>, idOrPath: string) => kiosque.get('/v1/sections/{idOrPath}', { params: { path: { idOrPath } } });

  const small = recording();
  const one = createKiosque({ baseUrl: url, fetch: small.fetch, revalidation: { maxEntries: 1 } });
  for (const path of ['culture', 'economie', 'culture']) await sections(one, path);
  t.same(small.seen.map((s) => s.status), [200, 200, 200], 'the least recently used answer went first');

  const short = recording();
  const tiny = createKiosque({ baseUrl: url, fetch: short.fetch, revalidation: { maxBodyLength: 10 } });
  for (const path of ['culture', 'culture']) await sections(tiny, path);
  t.same(short.seen.map((s) => s.status), [200, 200], 'a long answer is not kept');

  const off = recording();
  const none = createKiosque({ baseUrl: url, fetch: off.fetch, revalidation: false });
  for (const path of ['culture', 'culture']) await sections(none, path);
  t.same(off.seen.map((s) => s.ifNoneMatch), [null, null]);

  const moved = recording();
  const kept = createKiosque({ baseUrl: url, fetch: moved.fetch, key: ADMIN_KEY });
  await sections(kept, 'culture');
  await kept.send('patch', '/v1/sections/{idOrPath}', { params: { path: { idOrPath: 'culture' } }, body: { description: 'Nouvelle description' } });
  const { data } = await sections(kept, 'culture');
  t.same(moved.seen.map((s) => s.status), [200, 200, 200], 'a changed section is downloaded again');
  t.equal(data.description, 'Nouvelle description');
});
