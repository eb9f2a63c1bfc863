import t from 'tap';
import { changedTokens, queryKeys, sameTokenCount, termKey, textKeys } from '../../../src/modules/search/keys.js';
import { parseQuery } from '../../../src/modules/search/query.js';
import type { SearchText } from '../../../src/modules/search/index-source.js';
import { queryLanguages, TOKEN, tokens } from '../../../src/modules/search/text.js';

const text = (fields: Partial<SearchText>): SearchText => ({
  articleId: 'art_1', lang: 'fr', title: 'Le budget voté', standfirst: 'Un chapeau court', body: 'Du texte.', tags: 'Élections', authors: 'Hélène Fabre',
  ...fields,
});

t.test('a term names the key of its first three letters, in the characters keys may hold', async (t) => {
  t.equal(termKey('recrut'), 'term-rec');
  t.equal(termKey('le'), 'term-le', 'a shorter term names itself');
  t.equal(termKey('2026'), 'term-202');
  t.equal(termKey('москва'), 'term-_43c_43e_441', 'other letters by their code point');
  t.match(termKey('日本語'), /^term-[a-z0-9_]+$/);
});

t.test('a search is keyed by every term of its query, in each language it is stemmed in', async (t) => {
  t.same(queryKeys(parseQuery('élections '), ['fr']), ['searches', 'term-ele']);
  // A word being typed matches every term it starts: its first three letters name them all.
  t.same(queryKeys(parseQuery('recrutement'), queryLanguages), ['searches', 'term-rec']);
  t.same(queryKeys(parseQuery('"assemblée nationale" -rugby climat'), ['fr']).sort(),
    ['searches', 'term-ass', 'term-cli', 'term-nat', 'term-rug'], 'phrases word by word, excluded words too');
  t.same(queryKeys(parseQuery('le '), ['fr']), ['searches', 'search-text'], 'a short word: its stem may be shorter on PostgreSQL');
  t.same(queryKeys(parseQuery('eing'), ['en']).sort(), ['search-text', 'searches'],
    'a prefix whose stem is under three letters matches terms no one key names');
  t.same(queryKeys(parseQuery('dying '), ['en']).sort(), ['search-text', 'searches'], 'a stem under three letters');
  t.same(queryKeys(parseQuery('skies '), ['en']).sort(), ['searches', 'term-ski'], 'a stem that keeps the word\'s first letters');
  t.same(queryKeys(parseQuery('élections '), ['fr', 'en', '']).sort(), ['searches', 'term-ele'], 'accents folded');
  const many = `"${Array.from({ length: 32 }, (_, i) => `k${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}x`).join(' ')}"`;
  t.same(queryKeys(parseQuery(many), ['fr']), ['searches', 'search-text'], 'too many keys: every change of text purges it');
});

t.test('an edit that keeps each changed column\'s length names the terms of its old and new versions', async (t) => {
  const before = text({});
  t.same(await textKeys(before, text({}), sameTokenCount), [], 'nothing changed, nothing purged');
  t.same((await textKeys(before, text({ standfirst: 'Un chapeau long' }), sameTokenCount)).sort(),
    ['search-text', 'term-cha', 'term-cou', 'term-lon', 'term-un']);
  t.same((await textKeys(before, text({ title: 'Le budget adopté' }), sameTokenCount)).sort(),
    ['search-text', 'term-ado', 'term-bud', 'term-le', 'term-vot'], 'the unchanged columns name nothing');
});

t.test('an edit names the terms of the stretch it changed, and two tokens on each side, not of the whole column', async (t) => {
  const long = (word: string) => `Le climat change vite. ${'Des mesures sont prises partout. '.repeat(40)}Les ${word} agissent enfin. Fin du texte.`;
  const keys = await textKeys(text({ body: long('villes') }), text({ body: long('communes') }), sameTokenCount);
  t.same(keys.sort(), ['search-text', 'term-agi', 'term-com', 'term-enf', 'term-le', 'term-les', 'term-par', 'term-vil'].sort(),
    'the two versions of the word, and two tokens before and after it');
  t.notOk(keys.includes('term-cli'), 'a word far from the edit names nothing');
  // A phrase that comes with the edit has a word in the changed stretch: its search is keyed by each of its words.
  const phrase = await textKeys(text({ body: 'Le budget a été voté hier soir par la majorité.' }), text({ body: 'Le budget voté a été hier soir par la majorité.' }), sameTokenCount);
  for (const word of ['vot', 'ete']) t.ok(phrase.includes(`term-${word}`), `"budget voté" newly matches: term-${word} is named`);
  t.notOk(phrase.includes('term-maj'), 'the unchanged end names nothing');
  t.same(changedTokens('Un, deux trois quatre cinq', 'Un deux trois quatre cinq'), ['Un', 'deux', 'trois', 'Un', 'deux', 'trois'],
    'a change between tokens names its neighbours');
  t.same(changedTokens('texte', 'texte'), [], 'the same text names nothing');
  t.same(changedTokens('abc', 'abd'), ['abc', 'abd'], 'a token changed at its end');
});

t.test('the token count compared within the changed stretch is the count of the whole texts', async (t) => {
  // Letters, a combining mark and emoji (separators to the index), letters written in two code units that
  // share their first (𝐀 𝐁), private use, digits, CJK, spaces and punctuation; edits replace a run of them.
  const pieces = ['a', 'b', 'é', '\u0301', '𝐀', '𝐁', '😀', '😁', '\uE000', '1', '東', ' ', ' ', '-', "'", '.'];
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * n);
  };
  const run = (n: number) => Array.from({ length: n }, () => pieces[random(pieces.length)]);
  const outcomes = { same: 0, other: 0, wrong: [] as string[][] };
  for (let i = 0; i < 5000; i++) {
    const before = run(random(40));
    const at = random(before.length + 1);
    const after = [...before.slice(0, at), ...run(random(4)), ...before.slice(at + random(4))];
    const [a, b] = [before.join(''), after.join('')];
    const expected = tokens(a).length === tokens(b).length;
    outcomes[expected ? 'same' : 'other']++;
    if (await sameTokenCount('body', a, b) !== expected) outcomes.wrong.push([a, b]);
  }
  t.same(outcomes.wrong, [], 'the same answer as counting both texts whole');
  t.ok(outcomes.same > 1000 && outcomes.other > 1000, `both answers were tried (${outcomes.same} same, ${outcomes.other} other)`);

  // changedTokens reads a window around the stretch: the tokens it names are those of the whole texts.
  const whole = (text: string, from: number, to: number) => {
    const found = [...text.matchAll(TOKEN)];
    let first = found.findIndex((m) => m.index + m[0].length > from);
    if (first === -1) first = found.length;
    let last = found.length - 1;
    while (last >= 0 && found[last].index >= to) last--;
    return found.slice(Math.max(0, first - 2), Math.max(last + 3, first - 2)).map((m) => m[0]);
  };
  const expected = (a: string, b: string) => {
    let start = 0;
    while (start < Math.min(a.length, b.length) && a[start] === b[start]) start++;
    let end = 0;
    while (end < Math.min(a.length, b.length) - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
    return [...whole(a, start, a.length - end), ...whole(b, start, b.length - end)];
  };
  // Long texts: runs of separators and words longer than the window's first reach.
  pieces.push('x'.repeat(300), ' '.repeat(300), 'mot ');
  const differ: string[][] = [];
  for (let i = 0; i < 2000; i++) {
    const before = run(random(300));
    const at = random(before.length + 1);
    const after = [...before.slice(0, at), ...run(random(4)), ...before.slice(at + random(4))];
    const [a, b] = [before.join(''), after.join('')];
    if (a !== b && JSON.stringify(changedTokens(a, b)) !== JSON.stringify(expected(a, b))) differ.push([a, b]);
  }
  t.same(differ, [], 'the tokens of the stretch and two on each side, as read in the whole texts');
});

t.test('anything that moves how the index counts purges every search', async (t) => {
  const before = text({});
  t.same(await textKeys(undefined, before, sameTokenCount), ['searches'], 'a new entry');
  t.same(await textKeys(before, undefined, sameTokenCount), ['searches'], 'an entry gone');
  t.same(await textKeys(before, text({ lang: 'en' }), sameTokenCount), ['searches'], 'another language');
  t.same(await textKeys(before, text({ standfirst: 'Un chapeau' }), sameTokenCount), ['searches'], 'a column one token shorter');
  t.same(await textKeys(before, text({ standfirst: 'Un chapeau 東京' }), sameTokenCount), ['searches'],
    'letters FTS5 may cut otherwise than JavaScript');
  t.same(await textKeys(before, text({ standfirst: 'Un chapeau court' }), async () => false), [], 'a column unchanged is not counted');
  const words = (from: number) => Array.from({ length: 70 }, (_, i) => `w${from + i}x`).join(' ');
  t.same(await textKeys(text({ body: words(0) }), text({ body: words(100) }), sameTokenCount), ['searches'], 'too many terms to name');
});
