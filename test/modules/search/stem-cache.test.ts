import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import t from 'tap';
import { analyzer, createAnalyzer } from '../../../src/modules/search/text.js';

const long = (word: string) => `${word} élections `.repeat(30);

t.test('the indexed form of long texts is kept for the next delete, the least recently used out first', async (t) => {
  const mine = createAnalyzer(100, 2);
  const [a, b, c] = [long('Les budgets'), long('Des salaires'), long('Aux chercheurs')];
  for (const text of [a, b, a, c, b, 'Un chapeau court']) t.equal(mine.indexed(text, 'fr'), analyzer.indexed(text, 'fr'), 'what stemming gives');
  t.equal(mine.indexed(a, 'en'), analyzer.indexed(a, 'en'), 'each language its own');

  // A value learned from elsewhere shows what is kept: it is given back until it is the least recently used of more.
  mine.learn(a, 'fr', 'given a');
  mine.learn(b, 'fr', 'given b');
  t.equal(mine.indexed(a, 'fr'), 'given a', 'kept');
  t.equal(mine.indexed(a, 'fr'), 'given a', 'and kept again');
  t.equal(mine.indexed(c, 'fr'), analyzer.indexed(c, 'fr'));
  t.equal(mine.indexed(b, 'fr'), analyzer.indexed(b, 'fr'), 'the least recently used went out');
  t.equal(mine.indexed(a, 'en'), analyzer.indexed(a, 'en'), 'another language\'s is not taken');
  mine.learn('court', 'fr', 'given');
  t.equal(mine.indexed('court', 'fr'), analyzer.indexed('court', 'fr'), 'a short text is not kept: stemming it costs less');
  t.equal(mine.indexed('Un chapeau', 'fr'), analyzer.indexed('Un chapeau', 'fr'));
});

t.test('a text indexed not to be remembered is neither looked up nor kept (an import\'s worker)', async (t) => {
  const mine = createAnalyzer(100, 2);
  const [a, b, c] = [long('Les budgets'), long('Des salaires'), long('Aux chercheurs')];
  mine.learn(a, 'fr', 'given a');
  mine.learn(c, 'fr', 'given c');
  t.equal(mine.indexed(a, 'fr', false), analyzer.indexed(a, 'fr'), 'not looked up');
  t.equal(mine.indexed(b, 'fr', false), analyzer.indexed(b, 'fr'));
  t.same([mine.indexed(a, 'fr'), mine.indexed(c, 'fr')], ['given a', 'given c'], 'not kept: the two learned are still there');
});

t.test('a token\'s term is remembered per language', async (t) => {
  const mine = createAnalyzer(100, 2);
  const words = ['nations', 'élections', 'running', 'chapeaux'];
  const fr = words.map((w) => mine.term(w, 'fr'));
  const en = words.map((w) => mine.term(w, 'en'));
  t.same(fr, words.map((w) => analyzer.term(w, 'fr')));
  t.same(en, words.map((w) => analyzer.term(w, 'en')));
  t.not(fr.join(), en.join(), 'the languages stem these words differently');
  t.equal(mine.size(), 2 * words.length, 'each language\'s terms counted');
  t.same(words.map((w) => mine.term(w, 'fr')), fr, 'from the memo');
  t.equal(mine.misses(), 2 * words.length);
});

t.test('a term kept keeps no text alive: a long token is a slice of the text it was read from', async (t) => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const mine = createAnalyzer(1000, 2);
  const used = () => {
    gc();
    return getHeapStatistics().used_heap_size;
  };
  const before = used();
  // 200 texts of 100,000 characters, each with a word of its own long enough to be a slice (13 characters or more).
  for (let i = 0; i < 200; i++) mine.indexed([`Anticonstitutionnel${i.toString(36)}`, 'a '.repeat(50_000)].join(' '), 'fr');
  const kept = used() - before;
  t.equal(mine.size(), 201, 'each text\'s long word and "a" are kept');
  t.ok(kept < 5 * 2 ** 20, `${(kept / 2 ** 20).toFixed(1)} MB kept, not the 20 MB of the texts`);
});
