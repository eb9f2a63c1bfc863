import t from 'tap';
import { buildApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { admin, article, makeApp, newsroom, TEST_ENV, type TestApp } from '../helpers.js';

// The response cache purges by the surrogate keys each write names, nothing more: after every kind
// of write (and of schedule coming due), every read answers what an app without the cache answers,
// and the answers the write did not name are still served from memory.

const HOUR = 3_600_000;
const browser = { 'user-agent': 'Mozilla/5.0' };

async function scene(app: App, clock: TestApp['clock']) {
  const n = await newsroom(app);
  const a = await article(app, { title: 'Premier titre', sectionId: n.child.id, authorIds: [n.author.id], tagIds: [n.tag.id] });
  const b = await article(app, { title: 'Autre titre', sectionId: n.section.id, tagIds: [n.tag.id] });
  const c = await article(app, { title: 'Culture et titre', sectionId: n.other.id, tagIds: [n.tag2.id] });
  const draft = await article(app, { title: 'Brouillon', sectionId: n.child.id, status: 'draft' });
  const later = await article(app, { title: 'Programmé', sectionId: n.child.id, tagIds: [n.tag.id], publishAt: new Date(clock.now + HOUR).toISOString() });
  const embargoed = await article(app, { title: 'Sous embargo', sectionId: n.other.id, embargoUntil: new Date(clock.now + 2 * HOUR).toISOString() });
  await app.inject({ method: 'POST', url: `/v1/articles/${c.id}/views`, headers: browser });
  app.views.flush();
  return { ...n, a, b, c, draft, later, embargoed };
}

type Scene = Awaited<ReturnType<typeof scene>>;

/** A read of every kind, the 404s of what is not visible yet included. */
function reads(s: Scene): string[] {
  return [
    `/v1/articles/${s.a.slug}`, `/v1/articles/${s.a.id}?include=links&format=text`, `/v1/articles/${s.a.id}/ninjs`,
    `/v1/articles/${s.later.slug}`, `/v1/articles/${s.embargoed.id}`,
    '/v1/articles', `/v1/articles?section=${s.section.id}`, `/v1/articles?section=${s.other.id}`, `/v1/articles?tag=${s.tag.slug}`,
    `/v1/articles?author=${s.author.id}`, '/v1/articles?sort=updated', '/v1/articles?sort=title&include=links',
    `/v1/articles/${s.a.id}/links`, `/v1/articles/${s.b.id}/related`, `/v1/pages/articles/${s.b.slug}`,
    `/v1/sections/${s.section.id}/front`, `/v1/sections/${s.other.id}/front`,
    `/v1/sections/${s.child.id}`, `/v1/authors/${s.author.id}`, `/v1/tags/${s.tag.id}`, '/v1/sections', '/v1/authors', '/v1/tags',
    '/v1/search?q=titre', `/v1/search?q=titre&section=${s.other.id}`, ...SEARCHES, ...KEPT_SEARCHES, '/v1/popular', '/v1/feeds',
    '/v1/feeds/atom', `/v1/feeds/sections/${s.other.id}/rss`, `/v1/feeds/tags/${s.tag.id}/json`, `/v1/feeds/authors/${s.author.slug}/atom`,
    '/sitemap.xml', `/sitemaps/sections/${s.child.id}/1.xml`, '/v1/sections/nouvelle/front', '/v1/tags/nouvelle',
  ];
}

// Searches no article of the scene matches until a write adds their term; then they must change.
const SEARCHES = ['/v1/search?q=chapeau%20', '/v1/search?q=corrig', '/v1/search?q=moteur%20'];
// Searches for terms that only the takedown, the renames and what changes the index's counts touch:
// kept through every other write, and still what the database says.
const KEPT_SEARCHES = ['/v1/search?q=culture%20', '/v1/search?q=cultu'];

/** What a write does, and what it must leave cached (`untouched`) or change (`changed`). */
type Write = [label: string, run: () => Promise<unknown>, untouched?: string[], changed?: string[]];

function writes(app: App, clock: TestApp['clock'], s: Scene): Write[] {
  const send = (method: 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, payload?: object) => async () => {
    const res = await app.inject({ method, url, headers: admin, payload });
    if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode} ${res.body}`);
  };
  const otherFeed = `/v1/feeds/sections/${s.other.id}/rss`;
  return [
    ['an edit that moves the article nowhere', send('PATCH', `/v1/articles/${s.a.id}`, { standfirst: 'Un chapeau' }),
      [otherFeed, `/v1/sections/${s.other.id}/front`, `/v1/articles?section=${s.other.id}`, '/v1/sections', '/v1/tags', `/v1/sections/${s.child.id}`,
        ...KEPT_SEARCHES, '/v1/search?q=corrig', '/v1/search?q=moteur%20'], ['/v1/search?q=chapeau%20']],
    ['a new title', send('PATCH', `/v1/articles/${s.a.id}`, { title: 'Titre corrigé' }), [otherFeed, '/v1/tags', ...KEPT_SEARCHES],
      ['/v1/search?q=corrig']],
    ['a draft corrected, as long as it was', send('PATCH', `/v1/articles/${s.draft.id}`, { body: 'Un paragraphe.\n\n## Une partie\n\nDu moteur.' }),
      ['/v1/articles', otherFeed, ...KEPT_SEARCHES, '/v1/search?q=chapeau%20']],
    ['an article corrected, as long as it was', send('PATCH', `/v1/articles/${s.b.id}`, { body: 'Un paragraphe.\n\n## Une partie\n\nDu moteur.' }),
      [`/v1/articles?section=${s.other.id}`, ...KEPT_SEARCHES, '/v1/search?q=chapeau%20'], ['/v1/search?q=moteur%20']],
    ['related links', send('PUT', `/v1/articles/${s.a.id}/links`, { links: [{ kind: 'article', articleId: s.c.id }] }),
      [otherFeed, `/v1/articles?section=${s.other.id}`, '/v1/search?q=moteur%20', ...KEPT_SEARCHES]],
    ['a draft edited', send('PATCH', `/v1/articles/${s.draft.id}`, { body: 'Un texte plus long pour le moteur.' }),
      ['/v1/articles', otherFeed, `/v1/articles/${s.a.slug}`, '/sitemap.xml']],
    ['pins', send('PUT', `/v1/sections/${s.section.id}/pins`, { articleIds: [s.a.id] }),
      ['/v1/articles', otherFeed, `/v1/articles/${s.a.slug}`, ...SEARCHES, ...KEPT_SEARCHES]],
    ['a section described', send('PATCH', `/v1/sections/${s.other.id}`, { description: 'Arts et spectacles' }),
      ['/v1/articles', `/v1/articles/${s.a.slug}`, ...SEARCHES, ...KEPT_SEARCHES]],
    ['a section renamed', send('PATCH', `/v1/sections/${s.child.id}`, { name: 'IA et robots' })],
    ['a section made', send('POST', '/v1/sections', { name: 'Nouvelle' }), ['/v1/articles', `/v1/articles/${s.a.slug}`, ...KEPT_SEARCHES]],
    ['an author described', send('PATCH', `/v1/authors/${s.author.id}`, { bio: 'Journaliste' }),
      ['/v1/articles', `/v1/articles/${s.a.slug}`, ...SEARCHES, ...KEPT_SEARCHES]],
    ['an author renamed', send('PATCH', `/v1/authors/${s.author.id}`, { name: 'Hélène F.' }), ['/v1/sections', '/v1/tags']],
    ['a tag renamed', send('PATCH', `/v1/tags/${s.tag.id}`, { name: 'Scrutins' }), ['/v1/sections', '/v1/authors']],
    ['a tag made', send('POST', '/v1/tags', { name: 'Nouvelle', type: 'topic' }), ['/v1/articles', `/v1/articles/${s.a.slug}`, ...KEPT_SEARCHES]],
    ['an article published', send('POST', '/v1/articles', { title: 'Tout nouveau titre', body: 'x', sectionId: s.child.id, status: 'published' }),
      ['/v1/tags', `/v1/articles?section=${s.other.id}`, otherFeed]],
    ['an article moved and retagged', send('PATCH', `/v1/articles/${s.b.id}`, { sectionId: s.other.id, tagIds: [s.tag2.id] })],
    ['a takedown', send('PATCH', `/v1/articles/${s.c.id}`, { pubStatus: 'withheld' }), ['/v1/tags', `/v1/articles?section=${s.section.id}`],
      ['/v1/search?q=culture%20']],
    ['an unpublication', send('PATCH', `/v1/articles/${s.a.id}`, { status: 'draft' }), ['/v1/tags']],
    ['a schedule coming due', async () => clock.advance(HOUR), ['/v1/tags', '/v1/sections']],
    ['an embargo lifting', async () => clock.advance(HOUR), ['/v1/tags', '/v1/sections']],
    ['views counted', async () => {
      await app.inject({ method: 'POST', url: `/v1/articles/${s.later.id}/views`, headers: browser });
      await app.views.flush();
    }, ['/v1/articles', otherFeed]],
    ['a deletion', send('DELETE', `/v1/articles/${s.later.id}`), ['/v1/tags']],
  ];
}

t.test('after every kind of write, cached answers are what the database says, and only what the write named was purged', async (t) => {
  const { app, db, clock } = await makeApp(t);
  const s = await scene(app, clock);
  const urls = reads(s);
  // What a fresh app without the cache answers over the same database is the truth.
  const fresh = await buildApp({ config: loadConfig({ KIOSQUE_SEED: 'none', ...TEST_ENV }), db, now: () => clock.now, cacheBytes: 0 });
  t.teardown(() => fresh.close());
  const snapshot = (res: Awaited<ReturnType<App['inject']>>) => ({
    status: res.statusCode, keys: res.headers['surrogate-key'],
    // Problems differ by their request id only.
    body: res.statusCode < 400 ? res.body : { ...res.json(), requestId: null },
  });
  for (const [label, run, untouched = [], changed = []] of writes(app, clock, s)) {
    // What the last write left to record (a schedule come due: either app's poller records it, once,
    // within a second) is recorded and followed now, not in the middle of this write's reads.
    await app.changeSchedule.run();
    await fresh.changeSchedule.run();
    await app.responseCache.follow();
    const before = new Map<string, Awaited<ReturnType<App['inject']>>>();
    for (const url of urls) before.set(url, await app.inject(url));
    await run();
    for (const url of urls) {
      const hits = app.responseCache.stats.hits;
      const cached = await app.inject(url);
      t.same(snapshot(cached), snapshot(await fresh.inject(url)), `${url} after ${label}`);
      if (untouched.includes(url)) t.equal(app.responseCache.stats.hits, hits + 1, `${url} is still served from memory after ${label}`);
      // Honest validators: an answer whose bytes changed has a new ETag, or a revalidation would keep the old bytes.
      const old = before.get(url)!;
      if (changed.includes(url)) t.not(cached.body, old.body, `${url} changes with ${label}`);
      if (cached.statusCode === 200 && old.statusCode === 200 && cached.body !== old.body) {
        t.not(cached.headers.etag, old.headers.etag, `${url}: a new ETag after ${label}`);
        const revalidated = await app.inject({ url, headers: { 'if-none-match': String(old.headers.etag) } });
        t.equal(revalidated.statusCode, 200, `${url}: the ETag from before ${label} gets the new answer`);
      }
    }
  }
});

t.test('the cache key leaves out query parameters the route does not declare', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, { title: 'Un', sectionId: section.id });
  await article(app, { title: 'Deux', sectionId: section.id });
  const first = await app.inject('/v1/articles?limit=1&x=1');
  const { stores, hits } = app.responseCache.stats;
  for (let x = 2; x < 12; x++) {
    const res = await app.inject(`/v1/articles?limit=1&x=${x}`);
    t.equal(res.body, first.body);
    t.equal(res.headers.link, first.headers.link);
    t.notOk(String(res.headers.link).includes('x='), 'the next page\'s link leaves them out too');
  }
  t.equal(app.responseCache.stats.stores, stores, 'no new entry for a cache-buster');
  t.equal(app.responseCache.stats.hits, hits + 10);
  t.not((await app.inject('/v1/articles?limit=2&x=1')).body, first.body, 'declared parameters still count');
  t.equal((await app.inject('/v1/articles?%6Cimit=2')).json().data.length, 2, 'an encoded name is the parameter it names');
  const tags = await app.inject('/v1/tags');
  const before = app.responseCache.stats.hits;
  t.equal((await app.inject('/v1/tags?nocache=123')).body, tags.body);
  t.equal(app.responseCache.stats.hits, before + 1, 'only undeclared parameters: the answer without them');
});
