import t from 'tap';
import { stemCache } from '../../../src/modules/search/index-sqlite.js';
import { analyzer } from '../../../src/modules/search/text.js';

t.test('the stemmed form of long texts is kept for the next delete, the oldest out first', async (t) => {
  const indexed = stemCache(2);
  const long = (word: string) => `${word} élections `.repeat(30);
  const [a, b, c] = [long('Les budgets'), long('Des salaires'), long('Aux chercheurs')];
  for (const text of [a, b, a, c, b, 'Un chapeau court']) t.equal(indexed(text, 'fr'), analyzer.indexed(text, 'fr'), 'what stemming gives');
  t.equal(indexed(a, 'en'), analyzer.indexed(a, 'en'), 'each language its own');
});
