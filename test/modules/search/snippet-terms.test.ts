import t from 'tap';
import { SNIPPET_SOURCE, snippetSource, snippetTerms, storedTerms } from '../../../src/modules/search/snippet-terms.js';
import { analyzer, tokens } from '../../../src/modules/search/text.js';
import { demoArticles } from '../../../src/db/seed/index.js';

/** What a search stemmed before the terms were stored: each token of the snippet source, in the body's language. */
const stemmed = (body: string, lang: string) => tokens(snippetSource(body)).map((token) => analyzer.term(token, lang)).join(' ');

t.test('the source is the first 20,000 characters (code points, as SQL counts them), cut at a whole word', async (t) => {
  t.equal(snippetSource('Un texte court.'), 'Un texte court.');
  const long = `${'mot '.repeat(SNIPPET_SOURCE / 4 - 1)}dernier suite`;
  t.equal(snippetSource(long), 'mot '.repeat(SNIPPET_SOURCE / 4 - 1), 'the word the cut went through is left out');
  const astral = `${'😀'.repeat(SNIPPET_SOURCE - 2)} a b`;
  t.equal(snippetSource(astral), astral.slice(0, -3), 'an emoji is one character: 20,000 of them are 40,000 UTF-16 units');
  const exact = '😀'.repeat(SNIPPET_SOURCE);
  t.equal(snippetSource(exact), exact, 'a body of exactly 20,000 characters goes on no further');
});

t.test('the terms are those a search would stem, taken from the body\'s indexed form', async (t) => {
  const bodies = demoArticles.slice(0, 40).map((a, i) => [a.body, ['fr', 'en', ''][i % 3]] as const);
  const long = `${'Les élections municipales approchent. '.repeat(700)}fin`;
  const cut = `${'x '.repeat(SNIPPET_SOURCE / 2 - 1)}𝐀𝐁c suite`;
  for (const [body, lang] of [...bodies, [long, 'fr'], [long, 'en'], [long, ''], [cut, 'fr'], ['', 'fr'], ['— ; —', 'fr']] as const) {
    const expected = stemmed(body, lang);
    t.equal(snippetTerms(body, lang, analyzer.indexed(body, lang)), expected, `${body.slice(0, 30)}… (${lang})`);
    t.equal(snippetTerms(body, lang), expected);
  }
  t.equal(snippetTerms(cut, 'fr', analyzer.indexed(cut, 'fr')).split(' ').at(-1), analyzer.term('𝐀𝐁', 'fr'),
    'a letter cut by the source\'s end is the term of what the source keeps of it');
});

t.test('stored terms read back as a list, none for a text without tokens, undefined before they were stored', async (t) => {
  t.same(storedTerms('le budget'), ['le', 'budget']);
  t.same(storedTerms(''), []);
  t.equal(storedTerms(null), undefined);
});
