import { join } from 'node:path';
import t from 'tap';
import { openSqlite } from '../../src/db/sqlite.js';
import { admin, article, makeApp, newsroom, tempDir } from '../helpers.js';

// Migrations run with foreign keys off (src/db/sqlite.ts): 0018 rebuilds the articles table to put the
// bodies last, and dropping the old one with them on would delete every row that references an article.

const REFERENCING = ['article_tags', 'article_authors', 'related_links', 'article_revisions', 'article_search', 'article_slugs'];
// Drizzle's table of applied migrations has no usable id (SERIAL is no rowid alias on SQLite): the latest by time.
const LAST = 'DELETE FROM __drizzle_migrations WHERE rowid = (SELECT rowid FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1)';

t.test('the articles table rebuilt by a migration keeps its rows, their rowids and what references them', async (t) => {
  const path = join(tempDir('migrate'), 'k.db');
  const { app, db } = await makeApp(t, {}, { sqlite: path, on: 'sqlite' });
  const { section, author, tag } = await newsroom(app);
  const target = await article(app, { title: 'La cible', sectionId: section.id });
  const a = await article(app, { title: 'Les élections', sectionId: section.id, authorIds: [author.id], tagIds: [tag.id] });
  const linked = await app.inject({ method: 'PUT', url: `/v1/articles/${a.id}/links`, headers: admin, payload: { links: [{ kind: 'article', articleId: target.id }] } });
  t.equal(linked.statusCode, 200);
  const renamed = await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { slug: 'les-elections-2026' } });
  t.equal(renamed.statusCode, 200);
  const before = await app.inject({ url: `/v1/articles/${a.id}?include=links` });
  await app.close();
  await db.close();

  // The migration run again, as on a database it finds populated.
  const again = openSqlite(path);
  const count = (table: string) => (again.client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const rowids = () => again.client.prepare('SELECT rowid, id FROM articles ORDER BY rowid').all();
  const counts = Object.fromEntries(REFERENCING.map((table) => [table, count(table)]));
  t.ok(Object.values(counts).every((n) => n > 0), 'every kind of referencing row is there to keep');
  const rows = rowids();
  again.client.prepare(LAST).run();
  await again.migrate();
  t.same(Object.fromEntries(REFERENCING.map((table) => [table, count(table)])), counts, 'nothing referencing an article went');
  t.same(rowids(), rows, 'each article keeps its rowid (the search index and the list plan read them)');
  const columns = (again.client.prepare("SELECT name FROM pragma_table_info('articles')").all() as { name: string }[]).map((c) => c.name);
  t.same(columns.slice(-4), ['body_html', 'body_blocks', 'body_text', 'body'], 'the bodies come last');
  t.equal(again.client.pragma('foreign_keys', { simple: true }), 1, 'foreign keys are on again');
  await again.close();

  const { app: reopened } = await makeApp(t, {}, { sqlite: path, on: 'sqlite' });
  const after = await reopened.inject({ url: `/v1/articles/${a.id}?include=links` });
  t.same(after.json(), before.json(), 'the article reads as it did, links, bylines and tags included');
  t.equal((await reopened.inject({ url: `/v1/articles/${a.slug}` })).statusCode, 200, 'its former slug still finds it');
});

t.test('a migration that leaves rows referencing nothing stops the start, foreign keys back on', async (t) => {
  const path = join(tempDir('migrate'), 'k.db');
  const db = openSqlite(path);
  t.teardown(() => db.close());
  await db.migrate();
  db.client.pragma('foreign_keys = OFF');
  db.client.prepare("INSERT INTO article_tags (article_id, tag_id, position) VALUES ('art_nothing', 'tag_nothing', 0)").run();
  db.client.prepare(LAST).run();
  await t.rejects(db.migrate(), /foreign_key_check/);
  t.equal(db.client.pragma('foreign_keys', { simple: true }), 1);
  await t.resolves(db.migrate(), 'a start with no migration to run does not look');
});
