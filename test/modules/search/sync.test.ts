import t, { type Test } from 'tap';
import type { App } from '../../../src/app.js';
import type { Database } from '../../../src/db/connection.js';
import { createRepositories, transactor } from '../../../src/db/repositories.js';
import { exec, query } from '../../database.js';
import { admin, article, create, ignoreWrites, makeApp, newsroom } from '../../helpers.js';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

const found = async (app: App, text: string, headers: Record<string, string> = {}) => {
  const res = await app.inject({ url: `/v1/search?q=${encodeURIComponent(text)}&limit=50`, headers });
  if (res.statusCode !== 200) throw new Error(res.body);
  return (res.json().data as { article: { title: string } }[]).map((h) => h.article.title).sort();
};
const patch = async (app: App, id: string, payload: object) => {
  const res = await app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: admin, payload });
  if (res.statusCode !== 200) throw new Error(res.body);
  return res.json();
};

/**
 * What the index holds: every term of SQLite's FTS5 index with its document and occurrence counts,
 * or each article's tsvector on PostgreSQL.
 */
async function vocabulary(db: Database) {
  if (db.dialect.name === 'postgres') return query(db, 'SELECT article_id, lang, search::text AS terms FROM article_search ORDER BY article_id');
  await exec(db, 'CREATE VIRTUAL TABLE IF NOT EXISTS fts_terms USING fts5vocab(article_fts, row)');
  return query(db, 'SELECT term, doc, cnt FROM fts_terms ORDER BY term');
}

/** As in a database migrated from before search: articles without their index entries. */
async function loseIndex(db: Database) {
  if (db.dialect.name === 'sqlite') await exec(db, `INSERT INTO article_fts (article_fts) VALUES ('delete-all')`);
  await exec(db, 'DELETE FROM article_search');
}

const rebuild = (db: Database) => transactor(db)((repos) => repos.search.rebuild());

/** The index after incremental writes must be exactly the one a rebuild makes: every delete removed what was inserted. */
async function sameAsRebuilt(t: Test, db: Database, message: string) {
  const incremental = await vocabulary(db);
  await rebuild(db);
  t.same(incremental, await vocabulary(db), message);
}

t.test('drafts, scheduled, archived, withheld, canceled and embargoed articles never appear, even to preview keys', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, { title: 'Budget visible', sectionId: section.id });
  const later = iso(clock.now + HOUR);
  await article(app, { title: 'Budget brouillon', sectionId: section.id, status: 'draft' });
  await article(app, { title: 'Budget prévu', sectionId: section.id, status: 'scheduled', publishAt: later });
  await article(app, { title: 'Budget archivé', sectionId: section.id, status: 'archived' });
  await article(app, { title: 'Budget retenu', sectionId: section.id, pubStatus: 'withheld' });
  await article(app, { title: 'Budget annulé', sectionId: section.id, pubStatus: 'canceled' });
  await article(app, { title: 'Budget sous embargo', sectionId: section.id, embargoUntil: later });
  t.same(await found(app, 'budget'), ['Budget visible']);
  t.same(await found(app, 'budget', admin), ['Budget visible'], 'search shows readers’ view to everyone');
  for (const word of ['brouillon', 'prévu', 'archivé', 'retenu', 'annulé', 'embargo']) t.same(await found(app, word), [], word);

  clock.advance(HOUR);
  t.same(await found(app, 'budget'), ['Budget prévu', 'Budget sous embargo', 'Budget visible'], 'at publishAt, without reindexing');
});

t.test('the index follows creates, updates, status changes and deletes', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Le budget de la culture', sectionId: section.id, body: 'Les théâtres attendent.' });
  t.same(await found(app, 'budget théâtres'), ['Le budget de la culture']);

  await patch(app, a.id, { title: 'La loi de finances' });
  t.same(await found(app, 'budget'), [], 'the old title is gone');
  t.same(await found(app, 'finances théâtre'), ['La loi de finances'], 'the new one is searchable, the body kept');
  await patch(app, a.id, { body: 'Les musées aussi.' });
  t.same(await found(app, 'théâtres'), []);
  t.same(await found(app, 'musée'), ['La loi de finances']);
  await patch(app, a.id, { standfirst: 'Un chapeau sur la dette.' });
  t.same(await found(app, 'dette'), ['La loi de finances']);
  t.same(await found(app, 'musées'), ['La loi de finances']);

  await patch(app, a.id, { status: 'draft' });
  t.same(await found(app, 'finances'), [], 'unpublished');
  await patch(app, a.id, { status: 'published' });
  t.same(await found(app, 'finances'), ['La loi de finances'], 'published again');
  await patch(app, a.id, { pubStatus: 'withheld' });
  t.same(await found(app, 'finances'), [], 'withheld');
  await patch(app, a.id, { pubStatus: 'usable' });
  await sameAsRebuilt(t, db, 'after creates and updates, the index is what a rebuild makes');

  const b = await article(app, { title: 'Les finances locales', sectionId: section.id });
  const del = await app.inject({ method: 'DELETE', url: `/v1/articles/${a.id}`, headers: { ...admin, 'if-match': '"1"' } });
  t.equal(del.statusCode, 412, 'a stale delete changes nothing');
  t.same(await found(app, 'finances'), ['La loi de finances', 'Les finances locales']);
  // Another writer moved the row on between the read and the conditional delete: nothing is deleted, the index included.
  const restore = await ignoreWrites({ db }, 'articles', 'DELETE');
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${a.id}`, headers: admin })).statusCode, 412);
  await restore();
  t.same(await found(app, 'finances'), ['La loi de finances', 'Les finances locales']);
  await sameAsRebuilt(t, db, 'a refused delete leaves the index whole');
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${a.id}`, headers: admin })).statusCode, 204);
  t.same(await found(app, 'finances'), ['Les finances locales']);
  t.same(await found(app, 'musées'), []);
  await app.inject({ method: 'DELETE', url: `/v1/articles/${b.id}`, headers: admin });
  t.same(await vocabulary(db), [], 'nothing left behind in the index');
  t.same(await query(db, 'SELECT article_id FROM article_search'), []);
});

t.test('renaming a tag or an author re-indexes its articles in the same transaction', async (t) => {
  const { app, db } = await makeApp(t);
  const { section, author, tag, tag2 } = await newsroom(app);
  await article(app, { title: 'Premier', sectionId: section.id, tagIds: [tag2.id, tag.id], authorIds: [author.id] });
  await article(app, { title: 'Second', sectionId: section.id, tagIds: [tag.id] });
  await article(app, { title: 'Troisième', sectionId: section.id });
  t.same(await found(app, 'élections'), ['Premier', 'Second']);

  const renamed = await app.inject({ method: 'PATCH', url: `/v1/tags/${tag.id}`, headers: admin, payload: { name: 'Scrutins' } });
  t.equal(renamed.statusCode, 200);
  t.same(await found(app, 'élections'), []);
  t.same(await found(app, 'scrutin paris'), ['Premier']);
  t.same(await found(app, 'scrutins'), ['Premier', 'Second']);

  t.same(await found(app, 'fabre'), ['Premier']);
  await app.inject({ method: 'PATCH', url: `/v1/authors/${author.id}`, headers: admin, payload: { bio: 'Journaliste.' } });
  t.same(await found(app, 'fabre'), ['Premier'], 'a new bio changes nothing');
  await app.inject({ method: 'PATCH', url: `/v1/authors/${author.id}`, headers: admin, payload: { name: 'Hélène Marchand' } });
  t.same(await found(app, 'fabre'), []);
  t.same(await found(app, 'marchand'), ['Premier']);
  await sameAsRebuilt(t, db, 'after renames, the index is what a rebuild makes');
});

t.test('repositories refuse a stale rename without touching the index', async (t) => {
  const { app, db } = await makeApp(t);
  const { section, author, tag } = await newsroom(app);
  await article(app, { title: 'Premier', sectionId: section.id, tagIds: [tag.id], authorIds: [author.id] });
  const repos = createRepositories(db.sql);
  const tagRow = (await repos.tags.find(tag.id))!;
  t.equal(await repos.tags.update({ ...tagRow, name: 'Autre', version: tagRow.version + 5 }), false);
  const authorRow = (await repos.authors.find(author.id))!;
  t.equal(await repos.authors.update({ ...authorRow, name: 'Autre', version: authorRow.version + 5 }), false);
  t.same(await found(app, 'autre'), []);
  t.same(await found(app, 'fabre élections'), ['Premier']);
});

t.test('an article written before the index existed can be deleted, and a rebuild indexes everything', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Ancien budget', sectionId: section.id });
  await article(app, { title: 'Autre budget', sectionId: section.id });
  // As in a database migrated from before search: articles without their index rows.
  await loseIndex(db);
  t.same(await found(app, 'budget'), []);
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${a.id}`, headers: admin })).statusCode, 204);
  t.equal(await rebuild(db), 1);
  t.same(await found(app, 'budget'), ['Autre budget']);
  t.equal(await rebuild(db), 1, 'a rebuild can run again');
  t.same(await found(app, 'budget'), ['Autre budget']);
});

t.test('an author without articles can be renamed', async (t) => {
  const { app } = await makeApp(t);
  const created = await create(app, '/v1/authors', { name: 'Jean Dupont' });
  const res = await app.inject({ method: 'PATCH', url: `/v1/authors/${created.id}`, headers: admin, payload: { name: 'Jean Durand' } });
  t.equal(res.statusCode, 200);
  t.equal(res.json().name, 'Jean Durand');
});
