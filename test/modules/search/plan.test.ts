import t from 'tap';
import { article, makeApp, newsroom } from '../../helpers.js';
import { query } from '../../database.js';

t.test('SQLite: the FTS rowids lead to their articles through article_search_rowid_idx, never the rows bodies fill', async (t) => {
  const statements: string[] = [];
  const { app, db } = await makeApp(t, {}, { on: 'sqlite', verbose: (sql) => statements.push(String(sql)) });
  const { section } = await newsroom(app);
  const written = await article(app, { title: 'Le budget', sectionId: section.id, body: 'Le budget des villes.' });
  t.equal((await app.inject('/v1/search?q=budget')).statusCode, 200);
  t.equal((await app.inject(`/v1/articles/${written.slug}/related`)).statusCode, 200);
  const ranked = statements.filter((s) => /^WITH hits AS/.test(s.trim()));
  t.equal(ranked.length, 2, 'the search and the related articles\' statements');
  for (const statement of ranked) {
    // Every named parameter bound to null: the plan does not depend on the values.
    const params = Object.fromEntries([...statement.matchAll(/@(\w+)/g)].map((m) => [m[1], null]));
    const plan = (await query<{ detail: string }>(db, `EXPLAIN QUERY PLAN ${statement}`, params)).map((r) => r.detail);
    t.ok(plan.some((d) => /^SEARCH x USING COVERING INDEX article_search_rowid_idx \(rowid=\?\)/.test(d)), plan.join('\n'));
  }
});
