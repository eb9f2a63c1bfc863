import { request as httpRequest } from 'node:http';
import t, { type Test } from 'tap';
import { admin, article, create, isProblem, makeApp, newsroom } from '../helpers.js';

type App = Awaited<ReturnType<typeof makeApp>>['app'];

// What differs from one answer to the next whoever sends it: the request's id, the caller's remaining budget, the date.
const PER_REQUEST = new Set(['x-request-id', 'ratelimit-remaining', 'date']);

/** An answer's headers as sent, in order, as [name, value] pairs, with the per-request values blanked. */
const sent = (raw: string[]) => {
  const pairs: [string, string][] = [];
  for (let i = 0; i < raw.length; i += 2) pairs.push([raw[i], PER_REQUEST.has(raw[i].toLowerCase()) ? '…' : raw[i + 1]]);
  return pairs;
};

/** A GET over HTTP: the headers as the client reads them, in order. */
function get(port: number, path: string, headers: Record<string, string>) {
  return new Promise<{ statusCode: number; rawHeaders: string[]; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    httpRequest({ port, path, headers, host: '127.0.0.1' }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (chunk: string) => { body += chunk; }).on('error', reject)
        .on('end', () => resolve({ statusCode: res.statusCode!, rawHeaders: res.rawHeaders, headers: res.headers, body }));
    }).on('error', reject).end();
  });
}

/**
 * Counts the answers the first hook finds in the cache (it sends them unless the rate limit refuses),
 * and turns it off (`slow`): then the cache's own hook, after the others, answers every hit.
 */
function watch(app: App) {
  const current = app.responseCache.current;
  const seen = { found: 0, asked: 0, slow: false };
  app.responseCache.current = (...args) => {
    seen.asked++;
    const entry = seen.slow ? undefined : current(...args);
    if (entry) seen.found++;
    return entry;
  };
  return seen;
}

/** Reads of answers of each kind the cache keeps: an item with variants (Vary: Accept), a list, most-read, a feed, a search. */
async function reads(app: App) {
  const { section, author, tag } = await newsroom(app);
  const a = await article(app, { title: 'Lu deux fois', sectionId: section.id, authorIds: [author.id], tagIds: [tag.id] });
  return [`/v1/articles/${a.slug}`, '/v1/articles?limit=5&unknown=1', '/v1/popular', '/v1/feeds/atom', '/v1/search?q=deux', `/v1/sections/${section.id}`];
}

t.test('a hit and a 304 sent by the first hook carry the headers the hooks send, in the same order, and the same body', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '1000' });
  const seen = watch(app);
  const urls = await reads(app);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  for (const url of urls) {
    const headers = { origin: 'https://front.example.fr' };
    await get(port, url, headers);
    const etag = String((await get(port, url, headers)).headers.etag);
    const lastModified = String((await get(port, url, headers)).headers['last-modified']);
    const conditions: Record<string, string>[] = [{}, { 'if-none-match': etag }, { 'if-modified-since': lastModified }, { 'if-none-match': '"autre"' }];
    for (const extra of conditions) {
      const request = { ...headers, ...extra };
      seen.slow = false;
      const [found, hits] = [seen.found, app.responseCache.stats.hits];
      const fast = await get(port, url, request);
      t.equal(seen.found, found + 1, `${url} ${JSON.stringify(extra)}: the first hook answers`);
      seen.slow = true;
      const slow = await get(port, url, request);
      t.equal(app.responseCache.stats.hits, hits + 2, 'both counted as hits');
      t.equal(fast.statusCode, slow.statusCode, url);
      t.equal(fast.statusCode, 'if-modified-since' in extra || extra['if-none-match'] === etag ? 304 : 200);
      t.equal(fast.body, slow.body);
      t.same(sent(fast.rawHeaders), sent(slow.rawHeaders), `${url} ${JSON.stringify(extra)}: the same headers in the same order`);
      t.not(fast.headers['x-request-id'], slow.headers['x-request-id']);
      t.equal(Number(fast.headers['ratelimit-remaining']), Number(slow.headers['ratelimit-remaining']) + 1, 'each counted once');
    }
  }
});

t.test('the rate limit counts what the first hook sends, and refuses past it as the hooks do', async (t) => {
  const { app, clock } = await makeApp(t, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '3' });
  const seen = watch(app);
  const url = '/v1/sections';
  t.equal((await app.inject(url)).headers['ratelimit-remaining'], '2', 'a miss');
  for (const remaining of ['1', '0']) {
    const hit = await app.inject(url);
    t.equal(hit.statusCode, 200);
    t.equal(hit.headers['ratelimit-remaining'], remaining);
    t.equal(hit.headers['ratelimit-limit'], '3');
  }
  t.equal(seen.found, 2, 'both hits sent by the first hook');
  const refused = await app.inject(url);
  isProblem(t, refused, 429, 'RATE_LIMITED');
  t.equal(refused.headers['ratelimit-remaining'], '0');
  t.ok(Number(refused.headers['retry-after']) > 0);
  t.equal((await app.inject({ url, remoteAddress: '192.0.2.7' })).headers['ratelimit-remaining'], '2', 'another address, its own budget');
  clock.advance(60_000);
  const next = await app.inject(url);
  t.equal(next.statusCode, 200, 'a new window');
  t.equal(next.headers['ratelimit-remaining'], '2');
});

t.test('callers with a key, HEAD requests and the uncached go on to the hooks', async (t) => {
  const { app } = await makeApp(t);
  const seen = watch(app);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Réservé', sectionId: section.id });
  const url = `/v1/articles/${a.slug}`;
  const reader = await create(app, '/v1/keys', { name: 'Lecteur', scopes: ['content:read'] });
  await app.inject(url);
  const asked = seen.asked;
  for (const request of [{ url, headers: { authorization: `Bearer ${reader.key}` } }, { url, headers: admin }, { url, method: 'HEAD' as const }, { url: '/healthz' }]) {
    const res = await app.inject(request);
    t.equal(res.statusCode, 200);
  }
  t.equal(seen.asked, asked, 'none of them looked up by the first hook');
  t.equal((await app.inject(url)).statusCode, 200);
  t.equal(seen.found, 1, 'an anonymous GET is');
});

t.test('where callers without a key may not read, the first hook never answers them from what keyed callers stored', async (t: Test) => {
  const { app } = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'false' });
  const seen = watch(app);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Abonnés', sectionId: section.id });
  const url = `/v1/articles/${a.slug}`;
  const reader = await create(app, '/v1/keys', { name: 'Abonné', scopes: ['content:read'] });
  const keyed = { authorization: `Bearer ${reader.key}` };
  await app.inject({ url, headers: keyed });
  const hit = await app.inject({ url, headers: keyed });
  t.equal(hit.statusCode, 200);
  t.match(hit.headers['cache-control'], /private/, 'a keyed answer shared caches may not keep');
  isProblem(t, await app.inject(url), 401, 'UNAUTHORIZED');
  t.equal(seen.found, 0);
});
