import t from 'tap';
import { admin, article, isProblem, makeApp, newsroom, type TestApp } from '../../helpers.js';
import { dialect, exec, query, triggers } from '../../database.js';

type App = TestApp['app'];

async function patch(app: App, id: string, payload: object) {
  return app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: admin, payload });
}

t.test('a revision costs one row write per article write, in the write\'s transaction', async (t) => {
  const statements: string[] = [];
  // SQLite's tracing sees every statement, BEGIN and COMMIT included: the transactions are the same code on both.
  const { app } = await makeApp(t, {}, { on: 'sqlite', verbose: (sql) => statements.push(String(sql)) });
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Mesuré', sectionId: section.id });
  const target = await article(app, { title: 'Cible', sectionId: section.id });
  const writes = (sql: string[]) => sql.filter((s) => /^\s*(INSERT|UPDATE|DELETE)\b[^]*\barticle_revisions\b/i.test(s));
  // Background jobs may commit transactions of their own meanwhile: what matters is that no commit
  // falls between the article's write and its revision's.
  const sameTransaction = (sql: string[]) => {
    const article = sql.findIndex((s) => /^\s*(insert into|update) "?articles"?\s/i.test(s));
    const revision = sql.findIndex((s) => /^INSERT INTO article_revisions/.test(s));
    return article >= 0 && revision > article && !sql.slice(article, revision).some((s) => /^\s*(COMMIT|END)\b/i.test(s));
  };
  const during = async (run: () => Promise<unknown>) => {
    statements.length = 0;
    await run();
    return { revisions: writes(statements), transactions: sameTransaction(statements) ? 1 : 0 };
  };
  for (const [name, run] of [
    ['PATCH', () => patch(app, a.id, { body: 'Un autre texte.' })],
    ['PUT links', () => app.inject({ method: 'PUT', url: `/v1/articles/${a.id}/links`, headers: admin, payload: { links: [{ kind: 'article', articleId: target.id }] } })],
    ['POST', () => article(app, { title: 'Nouveau', sectionId: section.id })],
    ['restore', () => app.inject({ method: 'POST', url: `/v1/articles/${a.id}/revisions/1/restore`, headers: admin })],
  ] as const) {
    const seen = await during(run);
    t.equal(seen.revisions.length, 1, `${name}: one row written`);
    t.match(seen.revisions[0], /^INSERT INTO article_revisions/, name);
    t.equal(seen.transactions, 1, `${name}: in the write's one transaction`);
  }
  const refused = await during(() => patch(app, a.id, { sectionId: 'nope' }));
  t.same(refused.revisions, [], 'a refused write writes none');
});

t.test('a revision that cannot be written fails its write: nothing changes, no change is recorded', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Intact', sectionId: section.id });
  const changes = async () => (await query(db, 'SELECT CAST(count(*) AS INTEGER) AS n FROM changes'))[0].n;
  const before = await changes();
  for (const statement of triggers[dialect].fail('article_revisions')) await exec(db, statement);
  t.equal((await patch(app, a.id, { title: 'Modifié' })).statusCode, 500);
  const now = (await app.inject({ url: `/v1/articles/${a.id}`, headers: admin })).json();
  t.match(now, { title: 'Intact', version: 1 }, 'the article is as it was');
  t.equal(await changes(), before, 'and the feed says nothing');
  t.equal((await app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload: { title: 'Jamais', body: 'x', sectionId: section.id } })).statusCode, 500);
  t.equal((await app.inject({ url: '/v1/articles/jamais', headers: admin })).statusCode, 404, 'no article without its first revision');
});

t.test('KIOSQUE_REVISIONS_KEEP keeps the last N versions of each article', async (t) => {
  const { app, db } = await makeApp(t, { KIOSQUE_REVISIONS_KEEP: '2' });
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Version 1', sectionId: section.id });
  const b = await article(app, { title: 'Autre 1', sectionId: section.id });
  for (let v = 2; v <= 5; v++) t.equal((await patch(app, a.id, { title: `Version ${v}` })).statusCode, 200);
  const page = (await app.inject({ url: `/v1/articles/${a.id}/revisions`, headers: admin })).json();
  t.same(page.data.map((r: any) => [r.version, r.by?.name ?? null]), [[5, 'KIOSQUE_ADMIN_KEY'], [4, 'KIOSQUE_ADMIN_KEY'], [3, null]],
    'the current version and the two before it; who wrote the oldest went with the record before it');
  t.equal((await app.inject({ url: `/v1/articles/${a.id}/revisions/3`, headers: admin })).json().article.title, 'Version 3');
  isProblem(t, await app.inject({ url: `/v1/articles/${a.id}/revisions/2`, headers: admin }), 404, 'NOT_FOUND');
  const rows = (await query<{ id: string; version: number }>(db, 'SELECT article_id AS id, version FROM article_revisions ORDER BY article_id, version'))
    .map((r) => [r.id, r.version]);
  t.same(rows, [[a.id, 4], [a.id, 5], [b.id, 1]], 'two rows for the edited article; the other keeps its own');
});

t.test('KIOSQUE_REVISIONS_KEEP=0 keeps no history: writes run as if revisions did not exist', async (t) => {
  const { app, db } = await makeApp(t, { KIOSQUE_REVISIONS_KEEP: '0' });
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Sans histoire', sectionId: section.id });
  t.equal((await patch(app, a.id, { title: 'Toujours sans histoire' })).statusCode, 200);
  t.same(await query(db, 'SELECT CAST(count(*) AS INTEGER) AS n FROM article_revisions'), [{ n: 0 }]);
  const page = (await app.inject({ url: `/v1/articles/${a.id}/revisions`, headers: admin })).json();
  t.same(page.data, [{ version: 2, current: true, at: '2026-06-01T08:00:00.000Z', by: null, event: null, restoredFrom: null, changes: null }]);
  isProblem(t, await app.inject({ method: 'POST', url: `/v1/articles/${a.id}/revisions/1/restore`, headers: admin }), 404, 'NOT_FOUND');
});
