import { join } from 'node:path';
import t, { type Test } from 'tap';
import { is, Table } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { run } from '../../src/cli/index.js';
import { copyCommand } from '../../src/cli/copy.js';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/connection.js';
import { copyPlan, countRows, DERIVED } from '../../src/db/copy.js';
import * as sqliteSchema from '../../src/db/schema/sqlite.js';
import * as postgresSchema from '../../src/db/schema/postgres.js';
import { ADMIN_KEY, admin, create, inThreadRenderer, tempDir, TEST_ENV } from '../helpers.js';
import { exec, freshDatabase, onPostgres, query, triggers } from '../database.js';
import { WXR } from '../modules/imports/helpers.js';

const dir = tempDir('copy');
const ENV = { KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none', ...TEST_ENV, KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: 'true', KIOSQUE_WEBHOOKS_TIMEOUT_MS: '200' };
const config = loadConfig(ENV);
let files = 0;
const file = () => `file:${join(dir, `${++files}.db`)}`;

function capture() {
  const lines: string[] = [];
  return { lines, out: (line: string) => lines.push(line) };
}

/** An app over the database at `url` that does no background work of its own while a test reads it. */
async function appOn(url: string) {
  const db = openDatabase(url, { pool: 2 });
  await db.migrate();
  return buildApp({ config, db, ownsDatabase: true, renderer: inThreadRenderer, webhooks: { pollMs: 3_600_000 } });
}

type App = Awaited<ReturnType<typeof appOn>>;

async function json(app: App, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: object, headers: Record<string, string> = admin) {
  const res = await app.inject({ method, url, headers, payload });
  if (res.statusCode >= 300) throw new Error(`${method} ${url} → ${res.statusCode}: ${res.body}`);
  return res.json();
}

/**
 * A SQLite newsroom with rows in every table the copy copies: the demo, a
 * WordPress import (old paths), keys that were used, history, a former slug,
 * pins, a webhook with a delivery attempted, related candidates stored, sections whose parent was made
 * after them, and a deleted last change (the feed's sequence is past its last row).
 */
async function newsroom() {
  const url = file();
  const quiet = () => undefined;
  await run(['seed'], { DATABASE_URL: url }, quiet);
  await run(['import', 'wordpress', WXR], { DATABASE_URL: url }, quiet);
  const app = await appOn(url);
  const partner = await json(app, 'POST', '/v1/keys', { name: 'Partenaire', scopes: ['content:read'], fields: ['title', 'url'] });
  const articles = (await json(app, 'GET', '/v1/articles?limit=5', undefined, {})).data;
  const [article] = articles;
  await json(app, 'PATCH', `/v1/articles/${article.id}`, { slug: 'un-nouveau-nom' });
  const omega = await json(app, 'POST', '/v1/sections', { name: 'Oméga' });
  const zeta = await json(app, 'POST', '/v1/sections', { name: 'Zêta' });
  const alpha = await json(app, 'POST', '/v1/sections', { name: 'Alpha' });
  await json(app, 'PATCH', `/v1/sections/${zeta.id}`, { parentId: alpha.id });
  await json(app, 'PATCH', `/v1/sections/${omega.id}`, { parentId: zeta.id });
  await json(app, 'PUT', `/v1/sections/${encodeURIComponent(article.section.path)}/pins`, { articleIds: [articles[1].id] });
  const hook = await json(app, 'POST', '/v1/webhooks', { url: 'http://127.0.0.1:9/refused', eventTypes: ['*'] });
  await json(app, 'PATCH', `/v1/articles/${articles[2].id}`, { title: 'Un titre changé après l’abonnement' });
  await app.webhookWorker.run();
  await app.relatedRefresh.run();
  await app.viewRollup.run();
  await json(app, 'GET', '/v1/articles?limit=1', undefined, { authorization: `Bearer ${partner.key}` });
  await app.close();
  const db = openDatabase(url);
  const [{ path }] = await query<{ path: string }>(db, 'SELECT path FROM legacy_paths ORDER BY path LIMIT 1');
  await exec(db, 'DELETE FROM changes WHERE seq = (SELECT max(seq) FROM changes)');
  const [{ seq }] = await query<{ seq: number }>(db, "SELECT seq FROM sqlite_sequence WHERE name = 'changes'");
  await db.close();
  return { url, partner: partner.key as string, slug: 'un-nouveau-nom', formerSlug: article.slug as string, hook: hook.id as string, legacyPath: path, section: article.section.path as string, seq };
}

const source = newsroom();
type Newsroom = Awaited<typeof source>;

/** What the API answers over the database at `url`, for what a copy must keep. */
async function answers(url: string, n: Newsroom) {
  const app = await appOn(url);
  const get = async (path: string, headers: Record<string, string> = admin) => {
    const res = await app.inject({ url: path, headers });
    return { status: res.statusCode, body: res.json() };
  };
  const firstPage = (await get('/v1/changes?limit=50')).body;
  const listPage = (await get('/v1/articles?limit=2')).body;
  const result = {
    articles: await get('/v1/articles?limit=100'),
    nextPage: await get(`/v1/articles?limit=2&cursor=${listPage.meta.nextCursor}`),
    article: await get(`/v1/articles/${n.slug}`),
    formerSlug: await get(`/v1/articles/${n.formerSlug}`),
    revisions: await get(`/v1/articles/${n.slug}/revisions`),
    sections: await get('/v1/sections?limit=100'),
    front: await get(`/v1/sections/${encodeURIComponent(n.section)}/front`),
    tags: await get('/v1/tags?limit=100'),
    authors: await get('/v1/authors?limit=100'),
    redirect: await get(`/v1/redirects?path=${encodeURIComponent(n.legacyPath)}`),
    changes: firstPage,
    changesAfter: await get(`/v1/changes?since=${firstPage.meta.nextCursor}&limit=500`),
    keys: await get('/v1/keys'),
    partner: await get('/v1/articles?limit=3', { authorization: `Bearer ${n.partner}` }),
    webhook: await get(`/v1/webhooks/${n.hook}`),
    deliveries: await get(`/v1/webhooks/${n.hook}/deliveries`),
    search: await get('/v1/search?q=budget&limit=50'),
  };
  await app.close();
  return result;
}

/**
 * FTS5's bm25 scores of the same articles differ past the 7th digit between an index
 * written article by article and one rebuilt at once (`kiosque search reindex` does the
 * same): within that, `after`'s scores are taken as `before`'s, for the rest to compare whole.
 */
function sameScores(t: Test, after: Awaited<ReturnType<typeof answers>>, before: Awaited<ReturnType<typeof answers>>) {
  const [scores, expected] = [after, before].map((a) => a.search.body.data.map((hit: { score: number }) => hit.score));
  t.ok(scores.length === expected.length && scores.every((s: number, i: number) => Math.abs(s - expected[i]) < 1e-6 * expected[i]), 'the same search scores');
  after.search.body.data.forEach((hit: { score: number }, i: number) => { hit.score = expected[i]; });
}

/** Writes an article on the database at `url`; returns the sequence its change got. */
async function writeOn(url: string): Promise<number> {
  const app = await appOn(url);
  const section = (await json(app, 'GET', '/v1/sections?limit=1')).data[0];
  await json(app, 'POST', '/v1/articles', { title: 'Écrit après la copie', body: 'Du texte.', sectionId: section.id, status: 'published' });
  await app.close();
  const db = openDatabase(url);
  const [{ seq }] = await query<{ seq: number }>(db, 'SELECT max(seq) AS seq FROM changes');
  await db.close();
  return seq;
}

t.test('the copy takes every table of the schema but the search index, which it rebuilds, referenced tables first', async (t) => {
  const plan = copyPlan();
  const names = (schema: Record<string, unknown>) => Object.values(schema).filter((v) => is(v, Table)).length;
  const planned = [...plan.copied.map((table) => table.name), ...plan.derived].sort();
  t.same(plan.tables.map((table) => table.name).sort(), planned, 'each table is either copied or derived');
  t.equal(planned.length, names(sqliteSchema), 'every table of the SQLite schema');
  t.equal(planned.length, names(postgresSchema), 'and of the PostgreSQL one');
  t.same(plan.derived, DERIVED, 'the derived tables are tables of the schema');
  t.same(plan.derived, ['article_search']);
  const position = new Map(plan.tables.map((table, i) => [table.name, i]));
  for (const table of plan.tables) for (const ref of table.references) t.ok(position.get(ref)! < position.get(table.name)!, `${ref} before ${table.name}`);
  t.same(plan.copied.find((table) => table.name === 'changes')?.identity, 'seq', 'the change feed keeps its sequence');
  t.same(plan.copied.find((table) => table.name === 'sections')?.selfRefs, [{ column: 'parent_id', references: 'id' }]);

  // The tables a migrated database has: the schema's, and (SQLite) the full-text index's own.
  const { db, dispose } = await freshDatabase();
  const tables = (await query<{ name: string }>(db, onPostgres
    ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_name NOT LIKE '\\_\\_%'"
    : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT LIKE '\\_\\_%' ESCAPE '\\'"))
    .map((r) => r.name).filter((name) => !name.startsWith('article_fts')).sort();
  await dispose();
  t.same(tables, planned, 'no table of the database is left out');
});

t.test('a table without a primary key cannot be copied in order; tables are ordered by their references, whatever the schema', async (t) => {
  const parent = sqliteTable('parent', { id: text('id').primaryKey() });
  const child = sqliteTable('child', { id: integer('id').primaryKey(), parentId: text('parent_id').references(() => parent.id) });
  const keyless = sqliteTable('keyless', { seq: integer('seq') });
  t.same(copyPlan({ child, parent }).tables.map((table) => table.name), ['parent', 'child']);
  t.throws(() => copyPlan({ keyless }), /keyless has no primary key/);
});

t.test('SQLite to SQLite: every row, the same answers, the feed numbering on after the source', async (t) => {
  const n = await source;
  const target = file();
  const c = capture();
  t.equal(await run(['copy', '--from', n.url, '--to', target, '--batch', '5'], {}, c.out), 0, c.lines.join('\n'));
  const from = openDatabase(n.url);
  const counts = await countRows(from.sql, copyPlan().copied.map((table) => table.name));
  await from.close();
  for (const [table, rows] of Object.entries(counts)) {
    t.ok(rows > 0, `the source has rows in ${table}`);
    t.match(c.lines.join('\n'), new RegExp(`^  ${table}: ${rows} rows in [\\d.]+ s \\(\\d+ rows/s\\)$`, 'm'));
  }
  t.match(c.lines.at(-3), /^search index rebuilt: \d+ articles in [\d.]+ s$/);
  t.match(c.lines.at(-2), /^\d+ rows of 25 tables in [\d.]+ s \(\d+ rows\/s\)$/);
  t.equal(c.lines.at(-1), 'counts verified: every table has as many rows in the target as in the source');
  const [before, after] = [await answers(n.url, n), await answers(target, n)];
  t.ok(before.search.body.data.length > 0, 'the search finds articles');
  t.equal(before.partner.status, 200, 'the partner key authenticates');
  t.ok(before.deliveries.body.data.length > 0, 'deliveries were attempted');
  sameScores(t, after, before);
  t.same(after, before, 'the target answers as the source did');
  t.equal(await writeOn(target), n.seq + 1, 'a change written on the target takes the sequence after the source\'s last, deleted or not');
});

t.test('SQLite to PostgreSQL and back: the same answers, the same feed positions', { skip: onPostgres ? false : 'PostgreSQL only: set KIOSQUE_TEST_DATABASE_URL' }, async (t) => {
  const n = await source;
  const postgres = await freshDatabase();
  t.teardown(postgres.dispose);
  t.equal(await run(['copy', '--from', n.url, '--to', postgres.url], {}, capture().out), 0);
  const back = file();
  t.equal(await run(['copy', '--from', postgres.url, '--to', back], {}, capture().out), 0);
  // Read once both copies are made: reading with the partner's key moves its lastUsedAt.
  const before = await answers(n.url, n);
  const { search, ...rest } = await answers(postgres.url, n);
  const { search: sqliteSearch, ...expected } = before;
  t.same(rest, expected, 'PostgreSQL answers as SQLite did (search apart: its ranking differs)');
  t.same(search.body.data.map((r: { id: string }) => r.id).sort(), sqliteSearch.body.data.map((r: { id: string }) => r.id).sort(), 'the search finds the same articles');
  const again = await answers(back, n);
  sameScores(t, again, before);
  t.same(again, before, 'back on SQLite, everything answers as at first, search included');
  t.equal(await writeOn(postgres.url), n.seq + 1, 'PostgreSQL\'s sequence was set past the source\'s last');
  t.equal(await writeOn(back), n.seq + 1, 'and read back from it');
});

/** A target of the run's dialect (a SQLite file, or a PostgreSQL database) with a database handle. */
async function target(t: Test) {
  const fresh = await freshDatabase({ sqlite: join(dir, `${++files}.db`) });
  t.teardown(fresh.dispose);
  return fresh;
}

t.test('a target that is not empty is refused in one line, and --force empties it first', async (t) => {
  const n = await source;
  const { db, url } = await target(t);
  t.equal(await run(['seed'], { DATABASE_URL: url }, capture().out), 0);
  const refused = capture();
  t.equal(await run(['copy', '--from', n.url, '--to', url], {}, refused.out), 1);
  t.equal(refused.lines.length, 1);
  t.match(refused.lines[0], /^(file:|postgres:).* is not empty \(sections: 13, articles: 40, .*\); --force empties it first$/);
  t.same(await countRows(db.sql, ['api_keys', 'articles']), { api_keys: 0, articles: 40 }, 'nothing was written');

  t.equal(await run(['copy', '--from', n.url, '--to', url, '--force'], {}, capture().out), 0);
  const from = openDatabase(n.url);
  const tables = copyPlan().copied.map((table) => table.name);
  t.same(await countRows(db.sql, tables), await countRows(from.sql, tables), 'the target holds the source, and nothing else');
  await from.close();
  t.same(await answers(url, n).then((a) => a.changes), await answers(n.url, n).then((a) => a.changes), 'the feed of the source');
});

t.test('counts that differ at the end, or a write that fails, make the exit code 1', async (t) => {
  const n = await source;
  const skipping = await target(t);
  // Triggers of the database itself (SQLite's temporary ones are seen by their own connection only).
  const lasting = (sql: string) => sql.replace('TEMP TRIGGER', 'TRIGGER');
  for (const sql of triggers[skipping.db.dialect.name].ignore('article_views', 'INSERT')) await exec(skipping.db, lasting(sql));
  const c = capture();
  t.equal(await run(['copy', '--from', n.url, '--to', skipping.url], {}, c.out), 1);
  t.match(c.lines.at(-1), /^counts differ: article_views has \d+ rows in the source, 0 in the target$/);

  const failing = await target(t);
  for (const sql of triggers[failing.db.dialect.name].fail('changes')) await exec(failing.db, lasting(sql));
  const f = capture();
  t.equal(await run(['copy', '--from', n.url, '--to', failing.url], {}, f.out), 1);
  t.match(f.lines.at(-1), /^copy failed: .*refused by a test.*; the target is partly written: run the copy again with --force$/);
});

t.test('usage, the same database twice, a missing source, an unusable target', async (t) => {
  const n = await source;
  const c = capture();
  t.equal(await run(['copy', '--from', n.url], {}, c.out), 2);
  t.match(c.lines.at(-1), /copy --from <url> --to <url>/);
  t.equal(await run(['copy', '--from', n.url, '--to', file(), '--batch', '0'], {}, c.out), 2);
  t.equal(await run(['copy', '--from', n.url, '--to', n.url.slice('file:'.length)], {}, c.out), 2);
  t.equal(c.lines.at(-1), '--from and --to name the same database');
  t.equal(await run(['copy', '--from', 'postgres://kiosque@db.internal/kiosque', '--to', 'postgres://kiosque@db.internal/kiosque'], {}, c.out), 2);
  t.equal(c.lines.at(-1), '--from and --to name the same database', 'PostgreSQL too');
  t.equal(await run(['copy', '--from', 'postgres://kiosque:secret@127.0.0.1:1/kiosque', '--to', file()], {}, c.out), 1);
  t.match(c.lines.at(-1), /^cannot use the database postgres:\/\/kiosque:\*\*\*@127\.0\.0\.1:1\/kiosque: .*ECONNREFUSED/, 'an unreachable source, its password hidden');
  t.equal(await run(['copy', '--from', 'file:/nowhere/kiosque.db', '--to', file()], {}, c.out), 1);
  t.equal(c.lines.at(-1), 'file:/nowhere/kiosque.db: no such file');
  // A SQLite file whose folder is a file.
  t.equal(await run(['copy', '--from', n.url, '--to', `${n.url}/k.db`], {}, c.out), 1);
  t.match(c.lines.at(-1), /^cannot use the database file:.*\/k\.db: EEXIST/);
  t.match((await run(['help'], {}, c.out), c.lines.at(-1)), /copy --from <url> --to <url>/, 'in the help');
});

t.test('on a terminal, a progress bar per table', async (t) => {
  const n = await source;
  const c = capture();
  t.equal(await copyCommand(config, ['--from', n.url, '--to', file()], c.out, true), 0);
  t.match(c.lines.at(-1), /counts verified/);
});
