import t from 'tap';
import type { Database } from '../../../src/db/connection.js';
import { createRepositories, transactor, type Repositories } from '../../../src/db/repositories.js';
import { chunked, insertManySql, MAX_PARAMETERS } from '../../../src/db/rows.js';
import { webhooks } from '../../../src/db/schema/sqlite.js';
import { renderForStorage } from '../../../src/content/render.js';
import { insertArticles } from '../../../src/modules/articles/service.js';
import { recordArticlesCreated } from '../../../src/modules/changes/outbox.js';
import { createSearchIndex } from '../../../src/modules/search/index-repository.js';
import { fixture, importFile, variant, WXR } from './helpers.js';
import { admin, makeApp, newsroom, tempDir, type TestApp } from '../../helpers.js';

// A batch's new articles are written together: a statement or two per table (articles, bylines, tags,
// search entries, changes). What they write is what writing them one by one writes (the path a batch
// falls back to when a write no check foresaw fails), and a batch that fails leaves nothing.

/** Every id of the database's content replaced by what names it (a slug, a path): two imports' ids differ. */
async function named(db: Database) {
  const names = new Map<string, string>();
  for (const table of ['articles', 'authors', 'tags']) {
    for (const r of await db.sql.all<{ id: string; slug: string }>(`SELECT id, slug FROM ${table}`)) names.set(r.id, `${table}:${r.slug}`);
  }
  for (const r of await db.sql.all<{ id: string; path: string }>('SELECT id, path FROM sections')) names.set(r.id, `sections:${r.path}`);
  return (value: unknown) => JSON.parse(JSON.stringify(value).replace(/[a-z]{3}_[0-9A-Za-z]+/g, (id) => names.get(id) ?? id));
}

/** What a database holds of imported articles, ids named. */
async function content(db: Database) {
  const name = await named(db);
  const all = (sql: string) => db.sql.all(sql).then(name);
  return {
    articles: await all('SELECT * FROM articles ORDER BY slug'),
    bylines: await all('SELECT article_id, author_id, position FROM article_authors ORDER BY article_id, position'),
    tags: await all('SELECT article_id, tag_id, position FROM article_tags ORDER BY article_id, position'),
    // In the order of their rowids, which PostgreSQL's sequence draws (an undone batch's draws are not given back).
    search: (await all('SELECT * FROM article_search ORDER BY rowid')).map(({ rowid: _, ...row }: { rowid: number }) => row),
    changes: await all(`SELECT type, entity_type, entity_id, slug, version, section_id, previous_section_id, "public", occurred_at, surrogate_keys
      FROM changes WHERE entity_type = 'article' ORDER BY seq`),
    purged: await all('SELECT key, at FROM purged_keys ORDER BY key'),
    slugs: await all('SELECT slug, article_id FROM article_slugs ORDER BY slug'),
  };
}

/** What searches for words of the imported articles find, in order (the full-text index, each dialect's). */
async function found(test: TestApp, words: string[]) {
  const slugs: string[][] = [];
  for (const q of words) {
    const res = await test.app.inject({ url: `/v1/search?q=${encodeURIComponent(q)}&limit=50` });
    slugs.push(res.json().data.map((a: { slug: string }) => a.slug));
  }
  return slugs;
}

/** Repositories whose batch change record fails (after the batch's articles, bylines, tags and search rows were written). */
const failingAppend = (repos: Repositories, onFail: () => void): Repositories => ({
  ...repos,
  changes: { ...repos.changes, appendMany: async () => { onFail(); throw new Error('disk I/O error'); } },
});

t.test('a batch\'s new articles, written together, read back as those written one by one', async (t) => {
  const together = await makeApp(t);
  const oneByOne = await makeApp(t);
  const calls: number[] = [];
  const counting = (repos: Repositories): Repositories => ({
    ...repos,
    articles: { ...repos.articles, insertMany: (items) => { calls.push(items.length); return repos.articles.insertMany(items); } },
  });
  const a = await importFile(together, 'wordpress', WXR, { transaction: transactor(together.db, counting) });
  // Each batch of new posts fails once its rows are written, before its changes: undone, then written post by post.
  let failed = 0;
  const b = await importFile(oneByOne, 'wordpress', WXR, { transaction: transactor(oneByOne.db, (repos) => failingAppend(repos, () => failed++)) });
  t.ok(failed > 1, `${failed} batches written post by post`);
  t.same(a.summary.posts, b.summary.posts, 'the same outcomes');
  t.ok(a.summary.posts.created > 8, `${a.summary.posts.created} articles`);
  t.ok(calls.length > 1 && calls.every((n) => n > 1), `articles inserted a batch at a time (${calls.join(', ')})`);
  t.same(a.reports, b.reports.map((r, i) => ({ ...r, articleId: a.reports[i].articleId })), 'the same reports');
  const [x, y] = [await content(together.db), await content(oneByOne.db)];
  for (const table of Object.keys(x) as (keyof typeof x)[]) t.same(x[table], y[table], table);
  t.ok(x.changes.some((c: { type: string }) => c.type === 'article.published'), 'a change a new article records');
  const words = ['municipales', 'quartiers', 'Hélène', 'été'];
  t.same(await found(together, words), await found(oneByOne, words), 'the same searches find them');
  t.ok((await found(together, words)).some((s) => s.length > 0), 'and they find some');
});

t.test('a batch that fails leaves nothing of it: articles, bylines, tags, search rows and changes', async (t) => {
  const test = await makeApp(t);
  let batches = 0;
  const failSecond = (repos: Repositories): Repositories => ({
    ...repos,
    imports: {
      ...repos.imports,
      saveEntries: async (source, kind, entries, now) => {
        if (kind === 'article' && ++batches === 2) throw new Error('disk full');
        return repos.imports.saveEntries(source, kind, entries, now);
      },
    },
  });
  await t.rejects(importFile(test, 'wordpress', WXR, { transaction: transactor(test.db, failSecond) }), /disk full/);
  const count = async (sql: string) => Number((await test.db.sql.get<{ n: number }>(`SELECT count(*) AS n FROM ${sql}`))!.n);
  const entries = await count(`import_entries WHERE kind = 'article'`);
  t.ok(entries > 0 && entries <= 4, `the first batch is there (${entries} posts)`);
  t.equal(await count('articles'), entries, 'no article of the second');
  t.equal(await count('article_search'), entries, 'no search row');
  t.equal(await count(`changes WHERE entity_type = 'article'`), entries, 'no change');
  t.equal(await count('article_authors'), await count(`article_authors WHERE article_id IN (SELECT entity_id FROM import_entries)`), 'no byline');
  t.equal(await count('article_tags'), await count(`article_tags WHERE article_id IN (SELECT entity_id FROM import_entries)`), 'no tag');
});

t.test('insertArticles: each checked as one insert is, a slug taken earlier in the batch too; the rest written', async (t) => {
  const test = await makeApp(t);
  const { section, author, tag } = await newsroom(test.app);
  const rendered = renderForStorage('Un paragraphe.');
  const input = (fields: Record<string, unknown>) => ({ input: { title: 'Titre', body: 'Un paragraphe.', sectionId: section.id, ...fields }, rendered });
  const results = await transactor(test.db)(async (repos) => {
    const deps = { ...repos, now: () => test.clock.now };
    return insertArticles(deps, [
      input({ slug: 'premier', authorIds: [author.id], tagIds: [tag.id] }),
      input({ slug: 'premier' }),
      input({ sectionId: 'sec_nope' }),
      input({ title: 'Premier' }),
      input({ title: 'Titre', status: 'published' }),
    ]);
  });
  t.type(results[0], 'string');
  t.match((results[1] as Error).message, /slug "premier" already exists/);
  t.match((results[2] as Error & { errors: unknown[] }).errors, [{ pointer: '/sectionId' }]);
  const repos = createRepositories(test.db.sql);
  t.equal((await repos.articles.row(results[3] as string))!.slug, 'premier-2', 'the next slug after the batch\'s own');
  t.equal((await repos.articles.row(results[4] as string))!.status, 'published');
  const lines = await repos.articles.findWithLines('id', results[0] as string, { body: null, audience: null });
  t.same([lines!.bylines.map((b) => b.id), lines!.tags.map((x) => x.id)], [[author.id], [tag.id]], 'bylines and tags');
  t.same(await transactor(test.db)((r) => insertArticles({ ...r, now: () => test.clock.now }, [input({ sectionId: 'sec_nope' })])).then((r) => r.length), 1,
    'none written: nothing to insert');
  t.same(await createSearchIndex(test.db.sql).indexNew([]), [], 'no entry, no search key');
});

t.test('batch statements: rows cut into runs under the parameters\' bound; none for no rows', async (t) => {
  t.same(chunked([1, 2, 3, 4, 5], MAX_PARAMETERS / 2), [[1, 2], [3, 4], [5]]);
  t.same(chunked([], 3), []);
  const sizes = (n: number, most?: number) => chunked(Array.from({ length: n }, (_, i) => i), 1, most).map((run) => run.length);
  t.same(sizes(300), [256, 32, 8, 4], 'the largest runs, then powers of two: few statement texts whatever the count');
  t.same(sizes(200, 32), [32, 32, 32, 32, 32, 32, 8]);
  t.same(chunked(Array.from({ length: 7 }, (_, i) => i), 1).flat(), [0, 1, 2, 3, 4, 5, 6], 'every item once, in order');
  t.same(insertManySql(webhooks, [{ id: 'a' }, { id: 'b' }, { id: 'c' }], 2).map((x) => Object.values(x.params)), [['a', 'b'], ['c']]);
  t.same(insertManySql(webhooks, []), []);
  const [one] = insertManySql(webhooks, [{ id: 'a', sectionIds: ['s'] }, { id: 'b', sectionIds: null }]);
  t.match(one.sql, /^INSERT INTO webhooks \(id, section_ids\) VALUES \(@id_0, @sectionIds_0\), \(@id_1, @sectionIds_1\)$/);
  t.same(one.params, { id_0: 'a', sectionIds_0: '["s"]', id_1: 'b', sectionIds_1: null }, 'JSON columns as text');
});

t.test('changes: the states, former owners and records of several articles at once', async (t) => {
  const test = await makeApp(t);
  const { section } = await newsroom(test.app);
  const repos = createRepositories(test.db.sql);
  const made = await transactor(test.db)(async (r) => insertArticles({ ...r, now: () => test.clock.now }, [
    { input: { title: 'Un', body: 'x', sectionId: section.id }, rendered: renderForStorage('x') },
    { input: { title: 'Deux', body: 'x', sectionId: section.id }, rendered: renderForStorage('x') },
  ])) as string[];
  const states = await repos.changes.articles([...made, 'art_nope']);
  t.same([...states.keys()].sort(), [...made].sort());
  t.equal(states.get(made[0])!.sectionPath, section.path);
  await test.db.sql.run('INSERT INTO article_slugs (slug, article_id, created_at) VALUES (@slug, @id, 1)', { slug: 'ancien', id: made[1] });
  t.same([...await repos.changes.formerOwners(['ancien', 'un'])], [['ancien', made[1]]]);
  const change = (id: string, at: number, keys: string[]) => ({
    type: 'article.created', entityType: 'article' as const, entityId: id, slug: 'un', version: 1, sectionId: section.id,
    previousSectionId: null, public: false, occurredAt: at, surrogateKeys: keys,
  });
  const before = await repos.changes.latest();
  await transactor(test.db)(async (r) => {
    await r.changes.appendMany([]);
    await recordArticlesCreated(r, [], 9);
    t.equal(await r.changes.latest(), before, 'nothing recorded for no article');
    await r.changes.appendMany([change(made[0], 5, ['k1', 'k2']), change(made[1], 7, ['k2'])]);
  });
  const { rows } = await repos.changes.list(before, 10, { publicOnly: false, sectionIds: null });
  t.same(rows.map((r) => [r.entityId, r.surrogateKeys]), [[made[0], ['k1', 'k2']], [made[1], ['k2']]], 'in order, with their keys');
  t.same(await repos.changes.purgedAt(['k1', 'k2']).then((r) => r.sort((a, b) => a.key.localeCompare(b.key))).then((r) => r.map((x) => [x.key, Number(x.at)])),
    [['k1', 5], ['k2', 7]], 'each key at its latest purge');
});

t.test('a changed post\'s record names the search terms its new text purges, as an API write\'s does', async (t) => {
  const test = await makeApp(t);
  await importFile(test, 'wordpress', WXR);
  const newer = variant(tempDir('import-batch'), WXR, 'newer.xml', [['Municipales à Lyon : la majorité sortante dévoile son programme',
    'Municipales à Lyon : la majorité sortante dévoile son projet']]);
  const { summary } = await importFile(test, 'wordpress', newer);
  t.equal(summary.posts.updated, 1);
  const change = await test.db.sql.get<{ keys: string }>(`SELECT surrogate_keys AS keys FROM changes
    WHERE type = 'article.updated' ORDER BY seq DESC LIMIT 1`);
  const keys: string[] = JSON.parse(change!.keys);
  // The stretch of the title that changed, before and after, with two words around it (search/keys.ts).
  t.ok(['search-text', 'term-pro', 'term-son', 'term-dev'].every((k) => keys.includes(k)), `the terms of the changed words and their neighbours (${keys.join(' ')})`);
  t.notOk(keys.includes('term-mun'), 'not of a word far from the change');
});

t.test('a new post that fails its checks fails alone, with the same reason written together or one by one', async (t) => {
  const file = variant(tempDir('import-batch'), fixture('ghost-6.json'), 'undated.json', [['"published_at": "2026-12-31T08:00:00.000Z"', '"published_at": null']]);
  const outcomes = [];
  for (const wrap of [(repos: Repositories) => repos, (repos: Repositories) => failingAppend(repos, () => undefined)]) {
    const test = await makeApp(t);
    const { summary, reports } = await importFile(test, 'ghost', file, { siteUrl: 'https://www.gazette.example', transaction: transactor(test.db, wrap) });
    outcomes.push({ summary: summary.posts, failed: reports.filter((r) => r.outcome === 'failed').map((r) => [r.key, r.error]) });
  }
  t.match(outcomes[0], { summary: { created: 4, failed: 2 }, failed: [['65f1a0000000000000000003', 'The request is not valid: /publishAt is required to schedule an article']] });
  t.same(outcomes[1], outcomes[0]);
  // A post the API's schema refuses (an address that is not a URI), and a slug another article has: the same
  // outcomes written together or one by one.
  const canonical = '<wp:postmeta><wp:meta_key><![CDATA[_yoast_wpseo_canonical]]></wp:meta_key><wp:meta_value><![CDATA[https://exa mple.fr/x]]></wp:meta_value></wp:postmeta>';
  const bad = variant(tempDir('import-batch'), WXR, 'bad-canonical.xml', [['<wp:post_id>18</wp:post_id>', `<wp:post_id>18</wp:post_id>${canonical}`]]);
  const seen = [];
  for (const wrap of [(repos: Repositories) => repos, (repos: Repositories) => failingAppend(repos, () => undefined)]) {
    const test = await makeApp(t);
    const section = (await test.app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 'Brèves' } })).json();
    await test.app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload: { title: 'Une autre brève', slug: 'breve', body: 'x', sectionId: section.id } });
    const { reports } = await importFile(test, 'wordpress', bad, { transaction: transactor(test.db, wrap) });
    seen.push(reports.filter((r) => r.outcome === 'failed' || r.key === '19').map((r) => [r.key, r.outcome, r.error ?? r.notes.join()]));
  }
  for (const outcome of seen) t.match(outcome, [['18', 'failed', /^\/canonicalUrl must match format "uri"/], ['19', 'created', /breve → breve-2/]]);
  t.same(seen[1].map((r) => r.slice(0, 2)), seen[0].map((r) => r.slice(0, 2)));
});
