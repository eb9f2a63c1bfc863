// The benchmark's scenarios. Adding one is one line in `scenarios()`: a name,
// the server it loads (`cached` is Kiosque as it runs in production,
// `uncached` the same without its response cache) and its autocannon options;
// an optional fourth element is a load run alongside it (not measured); an
// optional fifth, the same loads for the bare Fastify server (`bench/ceiling.ts`),
// run after each ceiling run, so the row also compares with what a bare
// server does under the same conditions; an optional sixth runs those loads
// on another server instead (`norevisions`: Kiosque keeping no history).
import type autocannon from 'autocannon';

export type Options = Omit<Parameters<typeof autocannon>[0], 'url'> & { url?: string };
/** `norevisions` is `cached` with KIOSQUE_REVISIONS_KEEP=0, over the same database. */
export type Target = 'cached' | 'uncached' | 'ceiling' | 'norevisions';
export type Scenario = [
  name: string, target: Target, load: (c: Context) => Options, during?: (c: Context) => Options,
  bare?: (c: Context) => [load: Options, during?: Options], bareTarget?: Target,
];

export interface Context {
  /** Base URL of the server a scenario targets. */
  url: string;
  /** Base URL of the bare Fastify server. */
  ceilingUrl: string;
  /** Base URL of Kiosque keeping no revisions, over the same database. */
  norevisionsUrl: string;
  /** The ETag of its route, for its own revalidation. */
  ceilingEtag: string;
  /** The newest article. */
  newest: { id: string; slug: string };
  /** Its ETag, for revalidation. */
  etag: string;
  /** Articles the mixed profile reads and writes (each write cycle takes the next). */
  articles: { id: string; slug: string }[];
  /** The Markdown bodies of those articles, for edits. */
  bodies: { id: string; body: string }[];
  adminKey: string;
}

const words = ['recrutement', 'élections', 'climat', 'budget', 'intelligence', 'salaires', 'rugby', 'énergie', 'logement', 'festival'];
const pairs = ['salaires industrie', 'chercheurs laboratoires', 'budget assemblée', 'climat villes', 'rugby france'];
const phrases = ['"intelligence artificielle"', '"assemblée nationale"', '"premiers romans"', '"pompes à chaleur"'];
const browser = { 'user-agent': 'Mozilla/5.0 (bench)' };

let turn = 0;
const next = <T>(items: T[]): T => items[turn++ % items.length];
/** GETs of `base` + each item in turn (URL-encoded), one per request. */
const cycle = (base: string, items: string[]): Options => ({
  requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: `${base}${encodeURIComponent(next(items))}` }) }],
});

/**
 * 95% reads, 5% writes, per connection in cycles of 20 requests: 18 reads
 * spread over articles, lists and searches; a read of the article it is about
 * to change (keeping its ETag); a PATCH of it as admin, with If-Match every
 * other cycle. Each cycle takes the next article of the pool, so concurrent
 * writers rarely meet (when they do, If-Match makes it a 412, not an error).
 */
type Cycle = { article?: { id: string }; etag?: string };

function mixed(c: Context): Options {
  let writes = 0;
  const get = (path: () => string) => ({ method: 'GET' as const, setupRequest: (req: object) => ({ ...req, path: path() }) });
  const reads = [
    ...Array.from({ length: 8 }, () => get(() => `/v1/articles/${next(c.articles).slug}`)),
    ...Array.from({ length: 5 }, () => get(() => next(['/v1/articles', '/v1/articles?limit=20&sort=updated', '/v1/popular']))),
    ...Array.from({ length: 5 }, () => get(() => `/v1/search?q=${encodeURIComponent(next(words))}`)),
  ];
  return {
    requests: [
      ...reads,
      {
        method: 'GET',
        setupRequest: (req, context: Cycle) => {
          context.article = c.articles[writes++ % c.articles.length];
          return { ...req, path: `/v1/articles/${context.article.id}` };
        },
        onResponse: (_status, _body, context: Cycle, headers) => {
          context.etag = headers?.etag;
        },
      },
      {
        method: 'PATCH',
        setupRequest: (req, context: Cycle) => ({
          ...req,
          path: `/v1/articles/${context.article!.id}`,
          headers: {
            authorization: `Bearer ${c.adminKey}`, 'content-type': 'application/json',
            ...(writes % 2 ? { 'if-match': String(context.etag) } : {}),
          },
          body: JSON.stringify({ standfirst: `Révision ${writes} : le texte a été corrigé et complété.` }),
        }),
      },
    ],
  };
}

/**
 * Editors at work: PATCHes of article bodies (a sentence added to the
 * Markdown, different each time), each request the next article of the pool.
 * Every one renders, indexes, records a change and, with history on, keeps
 * the version it replaced.
 */
function edits(c: Context): Options {
  let n = 0;
  const headers = { authorization: `Bearer ${c.adminKey}`, 'content-type': 'application/json' };
  return {
    requests: [{
      method: 'PATCH',
      setupRequest: (req) => {
        const a = c.bodies[n++ % c.bodies.length];
        return { ...req, path: `/v1/articles/${a.id}`, headers, body: JSON.stringify({ body: `${a.body}\n\nMise à jour n° ${n}.` }) };
      },
    }],
  };
}

/** The beacon measured while an article is read, on Kiosque and with the same loads on bare Fastify. */
const beaconWhileReading = (name: string, beacon: Options, reads: Options): Scenario => [name, 'cached',
  (c) => ({ url: `${c.url}/v1/articles/${c.newest.id}/views`, method: 'POST', headers: browser, ...beacon }),
  (c) => ({ url: `${c.url}/v1/articles/${c.newest.slug}`, ...reads }),
  (c) => [{ url: `${c.ceilingUrl}/ceiling/views`, method: 'POST', headers: browser, ...beacon }, { url: `${c.ceilingUrl}/ceiling`, ...reads }]];

export const scenarios = (): Scenario[] => [
  ['article by slug', 'cached', (c) => ({ url: `${c.url}/v1/articles/${c.newest.slug}` })],
  ['article by slug, no response cache', 'uncached', (c) => ({ url: `${c.url}/v1/articles/${c.newest.slug}` })],
  ['304 revalidation', 'cached', (c) => ({ url: `${c.url}/v1/articles/${c.newest.slug}`, headers: { 'if-none-match': c.etag } })],
  ['list of 20', 'cached', (c) => ({ url: `${c.url}/v1/articles` })],
  ['list of 20, no response cache', 'uncached', (c) => ({ url: `${c.url}/v1/articles` })],
  ['304 revalidation, no response cache', 'uncached',
    (c) => ({ url: `${c.url}/v1/articles/${c.newest.slug}`, headers: { 'if-none-match': c.etag } })],
  ['list by section', 'cached', (c) => ({ url: `${c.url}/v1/articles?section=economie` })],
  ['list by tag', 'cached', (c) => ({ url: `${c.url}/v1/articles?tag=intelligence-artificielle` })],
  ['feed (Atom, site)', 'cached', (c) => ({ url: `${c.url}/v1/feeds/atom` })],
  ['feed (Atom, site), no response cache', 'uncached', (c) => ({ url: `${c.url}/v1/feeds/atom` })],
  ['search, one word (10 queries in turn)', 'cached', (c) => ({ url: c.url, ...cycle('/v1/search?q=', words) })],
  ['search, two words (5 queries in turn)', 'cached', (c) => ({ url: c.url, ...cycle('/v1/search?q=', pairs) })],
  ['search, phrase (4 queries in turn)', 'cached', (c) => ({ url: c.url, ...cycle('/v1/search?q=', phrases) })],
  ['search, one word, no response cache', 'uncached', (c) => ({ url: c.url, ...cycle('/v1/search?q=', words) })],
  ['search, two words, no response cache', 'uncached', (c) => ({ url: c.url, ...cycle('/v1/search?q=', pairs) })],
  ['search, phrase, no response cache', 'uncached', (c) => ({ url: c.url, ...cycle('/v1/search?q=', phrases) })],
  ['related', 'cached', (c) => ({ url: `${c.url}/v1/articles/${c.newest.slug}/related` })],
  ['related, no response cache', 'uncached', (c) => ({ url: `${c.url}/v1/articles/${c.newest.slug}/related` })],
  ['page composite', 'cached', (c) => ({ url: `${c.url}/v1/pages/articles/${c.newest.slug}` })],
  ['page composite, no response cache', 'uncached', (c) => ({ url: `${c.url}/v1/pages/articles/${c.newest.slug}` })],
  ['popular', 'cached', (c) => ({ url: `${c.url}/v1/popular` })],
  ['304 revalidation, bare Fastify (the ceiling route with If-None-Match)', 'ceiling',
    (c) => ({ url: `${c.ceilingUrl}/ceiling`, headers: { 'if-none-match': c.ceilingEtag } })],
  beaconWhileReading('view beacon (25 connections) while 25 connections read', { connections: 25 }, { connections: 25 }),
  // Behind a CDN, every page view still sends its beacon to the origin while most reads stop at the
  // CDN: at a 95% hit ratio, 20,000 page views a second bring about 1,000 reads.
  beaconWhileReading('view beacon (50 connections) while reads arrive at 1,000 req/s', {}, { connections: 10, overallRate: 1000 }),
  // Five times that read rate: the CDN's hit ratio falls to 75%, or the origin serves a second site.
  beaconWhileReading('view beacon (50 connections) while reads arrive at 5,000 req/s', {}, { connections: 10, overallRate: 5000 }),
  ['mixed: 95% reads, 5% writes (PATCH, half with If-Match)', 'cached', (c) => ({ url: c.url, ...mixed(c) })],
  // The target: the write rate with history kept is at least 0.8 of the same writes with KIOSQUE_REVISIONS_KEEP=0.
  // Writes are serial in SQLite: 10 connections keep the writer busy without queueing 50 requests behind it.
  ['article edits (PATCH of the body, 10 connections), every version kept', 'cached', (c) => ({ url: c.url, connections: 10, ...edits(c) }),
    undefined, (c) => [{ url: c.norevisionsUrl, connections: 10, ...edits(c) }], 'norevisions'],
];
