import t from 'tap';
import { createHighlighter, highlighted } from '../../../src/modules/search/highlight.js';
import { parseQuery } from '../../../src/modules/search/query.js';
import { createAnalyzer, fold, queryLanguages, tokens } from '../../../src/modules/search/text.js';
import { demoArticles } from '../../../src/db/seed/index.js';

const marked = (q: string, text: string, lang = 'fr') => highlighted(text, createHighlighter(parseQuery(q), queryLanguages)(text, lang))
  .replaceAll('\u0002', '[').replaceAll('\u0003', ']');

t.test('words are marked by their stems, accents folded, in the text\'s language', async (t) => {
  t.equal(marked('budgets ', 'Le budget des Élections, les budgets.'), 'Le [budget] des Élections, les [budgets].');
  t.equal(marked('elections ', 'Le budget des Élections.'), 'Le budget des [Élections].');
});

t.test('a phrase is marked as one, punctuation inside; its words alone are not', async (t) => {
  t.equal(marked('"des budgets aujourd’hui" ', 'Des budgets, aujourd’hui : des budgets.'), '[Des budgets, aujourd’hui] : des budgets.');
});

t.test('the last word being typed is a prefix; excluded words are not marked', async (t) => {
  t.equal(marked('budg', 'Le budget budgétaire.'), 'Le [budget] [budgétaire].');
  t.equal(marked('budget -taxe ', 'Le budget sans taxe.'), 'Le [budget] sans taxe.');
});

t.test('neighbouring matches are marked apart; overlapping ones together', async (t) => {
  t.equal(marked('taxe ', 'taxe taxe'), '[taxe] [taxe]');
  t.equal(marked('"a b" "b c" ', 'a b c d'), '[a b c] d');
});

t.test('one word a hundred thousand times is marked in one pass', async (t) => {
  const text = '_a '.repeat(100_000);
  const out = highlighted(text, createHighlighter(parseQuery('a '), queryLanguages)(text, 'fr'));
  t.equal(out.split('\u0002').length - 1, 100_000);
});

t.test('a text without tokens is kept as it is', async (t) => {
  t.equal(marked('taxe ', ' … — '), ' … — ');
});

t.test('a word\'s index term starts with its first letter, folded: only words that could match are stemmed', async (t) => {
  const words = new Set(demoArticles.flatMap((a) => tokens(`${a.title} ${a.standfirst} ${a.body}`)));
  for (const w of ['dying', 'lying', 'skies', 'Yeux', 'yacht', 'İstanbul', 'Œuvre', 'Ærø', 'ÉLECTIONS', 'ﬁn', 'ǅemal', 'ẞ', 'Ωmega', '𝐀b']) words.add(w);
  t.ok(words.size > 5000);
  const a = createAnalyzer(10);
  const wrong = [...words].flatMap((w) => ['fr', 'en', ''].flatMap((lang) => {
    const term = a.term(w, lang);
    return term.charCodeAt(0) === fold(String.fromCodePoint(w.codePointAt(0)!).toLowerCase()).charCodeAt(0) ? [] : [`${w} (${lang}): ${term}`];
  }));
  t.same(wrong, []);
  t.equal(marked('yeux ', 'Les yeux, les YEUX.'), 'Les [yeux], les [YEUX].');
  t.equal(marked('œuvres ', 'Une Œuvre, des oeuvres.'), 'Une [Œuvre], des [oeuvres].');
  t.equal(marked('𝐀b ', 'Un 𝐀b.'), 'Un [𝐀b].', 'a letter outside the Basic Multilingual Plane');
});
