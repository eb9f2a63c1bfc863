import t from 'tap';
import { transactor } from '../../../src/db/repositories.js';
import { analyzer, tokens } from '../../../src/modules/search/text.js';
import { exec, query } from '../../database.js';
import { admin, article, makeApp, newsroom } from '../../helpers.js';

const BODY = 'Le bateau dort sur le budget des élections.';

t.test('the body\'s index terms are stored with the article, and snippets read them instead of stemming', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  const written = await article(app, { title: 'Un bateau', sectionId: section.id, body: BODY });
  const terms = async () => (await query<{ terms: string | null }>(db, 'SELECT snippet_terms AS terms FROM article_search WHERE article_id = @id',
    { id: written.id }))[0].terms;
  const expected = tokens(BODY).map((token) => analyzer.term(token, 'fr')).join(' ');
  t.equal(await terms(), expected, 'written with the article');
  let asked = 10;
  // A different URL each time: the response cache would answer with the snippet of before.
  const snippet = async () => {
    const res = await app.inject(`/v1/search?q=${encodeURIComponent('budget ')}&limit=${asked++}`);
    return res.json().data[0].snippetHtml as string;
  };
  const marked = 'Le bateau dort sur le <mark>budget</mark> des élections.';
  t.equal(await snippet(), marked);

  // Terms as if "bateau" were indexed as "budget": the snippet marks what the stored terms say.
  await exec(db, 'UPDATE article_search SET snippet_terms = @terms WHERE article_id = @id', { id: written.id, terms: expected.replace('bateau', 'budget') });
  t.equal(await snippet(), 'Le <mark>bateau</mark> dort sur le <mark>budget</mark> des élections.', 'the stored terms are what is compared');
  await exec(db, 'UPDATE article_search SET snippet_terms = @terms WHERE article_id = @id', { id: written.id, terms: `${expected} budget` });
  t.equal(await snippet(), marked, 'terms of another text (a token more) are not used: the body is stemmed');
  await exec(db, 'UPDATE article_search SET snippet_terms = NULL WHERE article_id = @id', { id: written.id });
  t.equal(await snippet(), marked, 'a row indexed before the terms were stored is stemmed');

  await transactor(db)((repos) => repos.search.rebuild());
  t.equal(await terms(), expected, 'a rebuild (kiosque search reindex) stores them');
  // An edit that leaves the body and the language alone keeps the terms stored (here made up, to tell).
  await exec(db, 'UPDATE article_search SET snippet_terms = @terms WHERE article_id = @id', { id: written.id, terms: `${expected} kept` });
  const retitled = await app.inject({ method: 'PATCH', url: `/v1/articles/${written.id}`, headers: admin, payload: { standfirst: 'Un chapeau.' } });
  t.equal(retitled.statusCode, 200);
  t.equal(await terms(), `${expected} kept`, 'not stemmed again when the body did not change');
  const patched = await app.inject({ method: 'PATCH', url: `/v1/articles/${written.id}`, headers: admin, payload: { lang: 'en' } });
  t.equal(patched.statusCode, 200);
  t.equal(await terms(), tokens(BODY).map((token) => analyzer.term(token, 'en')).join(' '), 'stemmed again in the article\'s new language');
  const edited = await app.inject({ method: 'PATCH', url: `/v1/articles/${written.id}`, headers: admin, payload: { body: 'Les budgets.' } });
  t.equal(edited.statusCode, 200);
  t.equal(await terms(), tokens('Les budgets.').map((token) => analyzer.term(token, 'en')).join(' '), 'and when the body changes');
});
