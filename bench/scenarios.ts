// The benchmark's scenarios. Adding one is one line in `scenarios()`: a name,
// the server it loads (`cached` is Kiosque as it runs in production,
// `uncached` the same without its response cache) and its load: requests
// sent in turn by wrk (bench/wrk.ts), on whichever connection is free. An
// optional `during` load runs alongside it (not measured); `against` runs the
// same loads on another server just before each run, so the row also compares
// with it (`norevisions`: Kiosque keeping no history; `one`: Kiosque on one
// worker, for the row on two; `alone`: the same server without the `during` load). Every run is also paired with the same loads on
// bare Fastify answering the bytes Kiosque sent (bench/ceiling.ts).

/** One request of a load. */
export interface Request {
  method?: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers?: Record<string, string>;
  /** A body; `COUNT` in it becomes the request's number in the run, so that each write differs. */
  body?: string;
  /** A read whose answer (the one whose body starts with this text) gives the ETag the next `ifMatch` request sends. */
  keepEtagOf?: string;
  /** Sends If-Match with the ETag kept; until it has come, the load's plain requests go first. */
  ifMatch?: boolean;
}

export interface Load {
  requests: Request[];
  /** Connections, when not the benchmark's `--connections`. */
  connections?: number;
  /** Requests a second, paced (as long as the connections suffice at the server's latency). */
  rate?: number;
}

/** Where a request's number in the run goes in its body. */
export const COUNT = '{{n}}';

/**
 * `norevisions` is `cached` with KIOSQUE_REVISIONS_KEEP=0, over the same database; `one` and `two` are
 * `serve --workers 1` and `serve --workers 2`, whatever `--workers` says.
 */
export type Target = 'cached' | 'uncached' | 'norevisions' | 'one' | 'two';

export interface Scenario {
  name: string;
  on: Target;
  load: (c: Context) => Load;
  during?: (c: Context) => Load;
  against?: Target | 'alone';
}

export interface Context {
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
const lists = ['/v1/articles', '/v1/articles?limit=20&sort=updated', '/v1/popular'];
const browser = { 'user-agent': 'Mozilla/5.0 (bench)' };

const get = (path: string, headers?: Record<string, string>): Load => ({ requests: [{ path, headers }] });
const searches = (queries: string[]): Load => ({ requests: queries.map((q) => ({ path: `/v1/search?q=${encodeURIComponent(q)}` })) });
/** The i-th of `items`, in turn. */
const nth = <T>(items: T[], i: number): T => items[i % items.length];

/**
 * 95% reads, 5% writes, in cycles of 20 requests, one cycle per article of the pool: 18 reads spread over
 * articles, lists and searches; a read of the article it is about to change (keeping its ETag); a PATCH
 * of it as admin, with If-Match every other cycle. Concurrent writers rarely meet (when they do, If-Match
 * makes it a 412, not an error).
 */
function mixed(c: Context): Load {
  const requests: Request[] = [];
  c.articles.forEach((article, cycle) => {
    for (let r = 0; r < 8; r++) requests.push({ path: `/v1/articles/${nth(c.articles, cycle * 8 + r).slug}` });
    for (let r = 0; r < 5; r++) requests.push({ path: nth(lists, cycle * 5 + r) });
    for (let r = 0; r < 5; r++) requests.push({ path: `/v1/search?q=${encodeURIComponent(nth(words, cycle * 5 + r))}` });
    const ifMatch = cycle % 2 === 0;
    requests.push({ path: `/v1/articles/${article.id}`, keepEtagOf: ifMatch ? `{"id":"${article.id}"` : undefined }, {
      method: 'PATCH', path: `/v1/articles/${article.id}`, ifMatch,
      headers: { authorization: `Bearer ${c.adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ standfirst: `Révision ${COUNT} : le texte a été corrigé et complété.` }),
    });
  });
  return { requests };
}

/**
 * Editors at work: PATCHes of article bodies (a sentence added to the Markdown, different each time), each
 * request the next article of the pool. Every one renders, indexes, records a change and, with history on,
 * keeps the version it replaced.
 */
const edits = (c: Context): Load => ({
  connections: 10,
  requests: c.bodies.map((a) => ({
    method: 'PATCH', path: `/v1/articles/${a.id}`,
    headers: { authorization: `Bearer ${c.adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ body: `${a.body}\n\nMise à jour n° ${COUNT}.` }),
  })),
});

/** A live story's editor: PATCHes of the newest article's standfirst, each different. */
const liveEdits = (c: Context): Load => ({
  requests: [{
    method: 'PATCH', path: `/v1/articles/${c.newest.id}`,
    headers: { authorization: `Bearer ${c.adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ standfirst: `En direct, mise à jour n° ${COUNT}.` }),
  }],
});

/** Cached reads spread over articles, lists and the most read, for the workers' row. */
const cachedReads = (c: Context): Load => ({ requests: [...c.articles.map((a) => ({ path: `/v1/articles/${a.slug}` })), ...lists.map((path) => ({ path }))] });

/** The beacon measured while an article is read. */
const beaconWhileReading = (name: string, beacon: Partial<Load>, reads: Partial<Load>): Scenario => ({
  name, on: 'cached',
  load: (c) => ({ requests: [{ method: 'POST', path: `/v1/articles/${c.newest.id}/views`, headers: browser }], ...beacon }),
  during: (c) => ({ ...get(`/v1/articles/${c.newest.slug}`), ...reads }),
});

export const scenarios = (): Scenario[] => [
  { name: 'article by slug', on: 'cached', load: (c) => get(`/v1/articles/${c.newest.slug}`) },
  // Without the cache, a different article each request (issue 15): one read again and again keeps its pages and rows warm.
  { name: 'article by slug, no response cache', on: 'uncached', load: (c) => ({ requests: c.articles.map((a) => ({ path: `/v1/articles/${a.slug}` })) }) },
  { name: '304 revalidation', on: 'cached', load: (c) => get(`/v1/articles/${c.newest.slug}`, { 'if-none-match': c.etag }) },
  { name: 'list of 20', on: 'cached', load: () => get('/v1/articles') },
  { name: 'list of 20, no response cache', on: 'uncached', load: () => get('/v1/articles') },
  { name: '304 revalidation, no response cache', on: 'uncached', load: (c) => get(`/v1/articles/${c.newest.slug}`, { 'if-none-match': c.etag }) },
  { name: 'list by section', on: 'cached', load: () => get('/v1/articles?section=economie') },
  { name: 'list by tag', on: 'cached', load: () => get('/v1/articles?tag=intelligence-artificielle') },
  { name: 'feed (Atom, site)', on: 'cached', load: () => get('/v1/feeds/atom') },
  { name: 'feed (Atom, site), no response cache', on: 'uncached', load: () => get('/v1/feeds/atom') },
  { name: 'search, one word (10 queries in turn)', on: 'cached', load: () => searches(words) },
  { name: 'search, two words (5 queries in turn)', on: 'cached', load: () => searches(pairs) },
  { name: 'search, phrase (4 queries in turn)', on: 'cached', load: () => searches(phrases) },
  { name: 'search, one word, no response cache', on: 'uncached', load: () => searches(words) },
  { name: 'search, two words, no response cache', on: 'uncached', load: () => searches(pairs) },
  { name: 'search, phrase, no response cache', on: 'uncached', load: () => searches(phrases) },
  { name: 'related', on: 'cached', load: (c) => get(`/v1/articles/${c.newest.slug}/related`) },
  { name: 'related, no response cache', on: 'uncached', load: (c) => get(`/v1/articles/${c.newest.slug}/related`) },
  { name: 'page composite', on: 'cached', load: (c) => get(`/v1/pages/articles/${c.newest.slug}`) },
  { name: 'page composite, no response cache', on: 'uncached', load: (c) => get(`/v1/pages/articles/${c.newest.slug}`) },
  { name: 'popular', on: 'cached', load: () => get('/v1/popular') },
  // Issue 14's target: two workers at least 1.3 times one on cached reads (wrk shares the two cores).
  { name: 'cached reads (articles, lists, popular in turn), 2 workers against 1', on: 'two', against: 'one', load: cachedReads },
  beaconWhileReading('view beacon (25 connections) while 25 connections read', { connections: 25 }, { connections: 25 }),
  // Behind a CDN, every page view still sends its beacon to the origin while most reads stop at the
  // CDN: at a 95% hit ratio, 20,000 page views a second bring about 1,000 reads.
  beaconWhileReading('view beacon (50 connections) while reads arrive at 1,000 req/s', {}, { connections: 10, rate: 1000 }),
  // Five times that read rate: the CDN's hit ratio falls to 75%, or the origin serves a second site.
  beaconWhileReading('view beacon (50 connections) while reads arrive at 5,000 req/s', {}, { connections: 10, rate: 5000 }),
  // Issue 15's target: reads while an editor saves 20 times a second at least 0.8 of the same reads alone.
  { name: 'cached reads while an editor saves 20 times a second', on: 'cached', load: cachedReads, during: (c) => ({ ...edits(c), connections: 2, rate: 20 }), against: 'alone' },
  { name: 'mixed: 95% reads, 5% writes (PATCH, half with If-Match)', on: 'cached', load: mixed },
  // A live story: every reader on one article while its editor saves it; each save purges it, and the
  // readers who miss it meanwhile wait for one of them to compute it (request collapsing).
  { name: 'one article read while its editor saves it 10 times a second', on: 'cached', load: (c) => get(`/v1/articles/${c.newest.slug}`), during: (c) => ({ ...liveEdits(c), connections: 1, rate: 10 }), against: 'alone' },
  // The target: the write rate with history kept is at least 0.8 of the same writes with KIOSQUE_REVISIONS_KEEP=0.
  // Writes are serial in SQLite: 10 connections keep the writer busy without queueing 50 requests behind it.
  { name: 'article edits (PATCH of the body, 10 connections), every version kept', on: 'cached', load: edits, against: 'norevisions' },
];
