import t from 'tap';
import { MAX_TERMS, MAX_WORDS, parseQuery, toMatch } from '../../../src/modules/search/query.js';

const shape = (q: string) => parseQuery(q).map(({ text, tokens, phrase, exclude, prefix }) => ({ text, tokens, phrase, exclude, prefix }));
const word = (text: string, more: object = {}) => ({ text, tokens: [text], phrase: false, exclude: false, prefix: false, ...more });

t.test('words: all must match; the last one is a prefix while typing', async (t) => {
  t.same(shape('élection présidentielle'), [word('élection'), word('présidentielle', { prefix: true })]);
  t.same(shape('élection présidentielle '), [word('élection'), word('présidentielle')], 'a trailing space ends the word');
  t.same(shape('  élection\tpré'), [word('élection'), word('pré', { prefix: true })]);
  t.same(shape('élection pr'), [word('élection'), word('pr')], 'two letters are too short for a prefix');
  t.same(shape('élection,'), [{ ...word('élection'), text: 'élection,' }], 'trailing punctuation ends the word');
});

t.test('"phrases", unclosed at the end while typing', async (t) => {
  t.same(shape('"intelligence artificielle" europe'), [
    { text: 'intelligence artificielle', tokens: ['intelligence', 'artificielle'], phrase: true, exclude: false, prefix: false },
    word('europe', { prefix: true }),
  ]);
  t.same(shape('"intelligence artificielle"'), [
    { text: 'intelligence artificielle', tokens: ['intelligence', 'artificielle'], phrase: true, exclude: false, prefix: false },
  ], 'a closing quote ends it');
  t.same(shape('europe "intelligence artif'), [
    word('europe'),
    { text: 'intelligence artif', tokens: ['intelligence', 'artif'], phrase: true, exclude: false, prefix: true },
  ]);
  t.same(shape('a"b c"d'), [word('a'), { text: 'b c', tokens: ['b', 'c'], phrase: true, exclude: false, prefix: false }, word('d')],
    'a quote inside a word starts a phrase');
  t.same(shape('l’économie'), [{ text: 'l’économie', tokens: ['l', 'économie'], phrase: false, exclude: false, prefix: true }],
    'a word of several tokens is matched as they follow one another');
});

t.test('-excluded words and -"phrases"', async (t) => {
  t.same(shape('meta -ia -"réalité virtuelle"'), [
    word('meta'), word('ia', { exclude: true }),
    { text: 'réalité virtuelle', tokens: ['réalité', 'virtuelle'], phrase: true, exclude: true, prefix: false },
  ]);
  t.same(shape('meta -réal'), [word('meta'), word('réal', { exclude: true })], 'an excluded word is never a prefix');
  t.same(shape('rendez-vous'), [{ text: 'rendez-vous', tokens: ['rendez', 'vous'], phrase: false, exclude: false, prefix: true }],
    'a hyphen inside a word does not exclude');
  t.same(shape('--ia meta'), [{ ...word('ia', { exclude: true }), text: '-ia' }, word('meta', { prefix: true })]);
});

t.test('operators and punctuation are plain words or separators', async (t) => {
  t.same(shape('A AND B OR NOT C'), ['A', 'AND', 'B', 'OR', 'NOT', 'C'].map((w) => word(w)));
  t.same(shape('NEAR(a b) title:x {title body}: y ^z *'), [
    { ...word('NEAR(a'), tokens: ['NEAR', 'a'] }, { ...word('b)'), tokens: ['b'] },
    { ...word('title:x'), tokens: ['title', 'x'] },
    { ...word('{title'), tokens: ['title'] }, { ...word('body}:'), tokens: ['body'] },
    word('y'), { ...word('^z'), tokens: ['z'] },
  ]);
});

t.test('a query must look for something, and not for too much', async (t) => {
  for (const q of ['', '   ', '-foo', '-"a b"', '"', '***', '🤔 😀', '- - -', '\u0000\u0001']) {
    t.throws(() => parseQuery(q), { code: 'INVALID_QUERY', statusCode: 400, message: /at least one word/ }, JSON.stringify(q));
  }
  const many = Array.from({ length: MAX_TERMS + 1 }, (_, i) => `mot${i}`).join(' ');
  t.throws(() => parseQuery(many), { code: 'INVALID_QUERY', message: `The query has 21 words or phrases; at most ${MAX_TERMS} are allowed` });
  t.equal(parseQuery(many.slice(0, many.lastIndexOf(' '))).length, MAX_TERMS);
  const phrase = (n: number) => `"${Array.from({ length: n }, (_, i) => `mot${i}`).join(' ')}"`;
  t.equal(parseQuery(phrase(MAX_WORDS))[0].tokens.length, MAX_WORDS, 'a phrase of as many words as allowed');
  t.throws(() => parseQuery(phrase(MAX_WORDS + 1)), { code: 'INVALID_QUERY', message: `The query has 33 words; at most ${MAX_WORDS} are allowed, a phrase's words included` });
  t.throws(() => parseQuery(`${phrase(31)} l’économie`), { code: 'INVALID_QUERY', message: /has 33 words/ }, 'a word of several tokens counts each');
  t.throws(() => parseQuery('\u0002a\u0003'.repeat(MAX_WORDS + 1)), { code: 'INVALID_QUERY', message: /has 33 words/ }, 'tokens cut by other characters than spaces count too');
});

t.test('the MATCH expression is built from quoted, stemmed terms only', async (t) => {
  const terms = parseQuery('Élections "l’œuvre complète" -meta recrut');
  t.equal(toMatch(terms, ['fr']), '("elect" AND "l oeuvr complet" AND "recrut"*) NOT "met"');
  t.equal(toMatch(terms, ['']), '("elections" AND "l oeuvre complete" AND "recrut"*) NOT "meta"');
  t.equal(toMatch(terms, ['fr', 'en', '']),
    '(("elect" OR "election" OR "elections") AND ("l oeuvr complet" OR "l oeuvre complete") AND "recrut"*) NOT ("met" OR "meta")',
    'alternatives when languages stem differently, once each');
  t.equal(toMatch(parseQuery('NOT "AND" NEAR'), ['']), '("not" AND "and" AND "near"*)');
  t.equal(toMatch(parseQuery('entre'), ['fr', 'en', '']), '("entr"*)', 'a prefix that another covers is left out ("entre"* within "entr"*)');
  t.equal(toMatch(parseQuery('"les entre'), ['fr', 'en', '']), '(("le entr"* OR "les entre"*))', 'in a phrase, when the words before are the same');
  t.equal(toMatch(parseQuery('élections'), ['fr', 'en', '']), '("elect"*)', 'elect* covers election* and elections*');
  t.equal(toMatch(parseQuery('entre '), ['fr', 'en']), '(("entre" OR "entr"))', 'a whole word is not a prefix: each form stays');
  t.equal(toMatch(parseQuery('a a élections Elections -b -b'), ['fr']), '("a" AND "elect") NOT "b"', 'a term written twice is looked for once');
});
