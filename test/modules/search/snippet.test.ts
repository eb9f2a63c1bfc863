import t from 'tap';
import { tokenSpans } from '../../../src/modules/search/scan.js';
import { excerpt as cut } from '../../../src/modules/search/snippet.js';

/** The excerpt of a text whose matches are written between U+0002 and U+0003, as the highlighter finds them. */
function excerpt(highlighted: string, size?: number, more?: boolean): string {
  const text = highlighted.replace(/[\u0002\u0003]/g, '');
  const spans = tokenSpans(text);
  const marks: number[] = [];
  // Markers sit between tokens: an opening one before the next token, a closing one after the last.
  let [at, token] = [0, 0];
  for (const c of highlighted) {
    if (c === '\u0002' || c === '\u0003') {
      while (token < spans.length / 2 && spans[2 * token] < at) token += 1;
      marks.push(c === '\u0002' ? token : token - 1);
    } else at += c.length;
  }
  return cut(text, { spans, marks }, size, more);
}

const mark = (word: string) => `\u0002${word}\u0003`;
const words = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `w${from + i}`);

t.test('a short text is kept whole, with its punctuation', async (t) => {
  t.equal(excerpt(`« Il a dit ${mark('taxe')}. »`), `« Il a dit ${mark('taxe')}. »`);
});

t.test('a long text is cut to the window of its densest matches, … where cut, the matches in its middle', async (t) => {
  const text = [...words(50), mark('lyon'), ...words(10, 50), mark('lyon'), mark('gare'), ...words(50, 60)].join(' ');
  const cut = excerpt(text, 24);
  t.match(cut, /^…w\d+ .* w\d+…$/);
  t.equal(cut.split(' ').length, 24, '24 tokens');
  t.match(cut, new RegExp(`${mark('lyon')} .* ${mark('lyon')} ${mark('gare')}`), 'two distinct words beat one');
  const [before, after] = cut.split(mark('lyon'));
  t.ok(Math.abs(before.split(' ').length - after.split(' ').length) < 16, 'in the middle');
});

t.test('a text without matches starts at its beginning', async (t) => {
  t.equal(excerpt(words(30).join(' '), 24), `${words(24).join(' ')}…`);
  t.equal(excerpt(`${words(30).join(' ')} ${mark('fin')}.`, 24), `…${words(23, 7).join(' ')} ${mark('fin')}.`, 'the end kept to the last character');
});

t.test('a phrase cut by the window keeps both its markers', async (t) => {
  const text = `${words(30).join(' ')} \u0002${words(40, 100).join(' ')}\u0003 ${words(30, 200).join(' ')}`;
  const cut = excerpt(text, 24);
  t.equal(cut.split('\u0002').length, 2);
  t.equal(cut.split('\u0003').length, 2);
  t.ok(cut.indexOf('\u0002') < cut.indexOf('\u0003'));
});

t.test('one word matched a hundred thousand times is cut in one pass', async (t) => {
  const cut = excerpt(`${mark('a')} `.repeat(100_000), 24);
  t.equal(cut.split(mark('a')).length - 1, 24);
});

t.test('the beginning of a longer text is cut at its end too', async (t) => {
  t.equal(excerpt('Il a dit', 24, true), 'Il a dit…');
  t.equal(excerpt(`${words(30).join(' ')} ${mark('fin')}`, 24, true), `…${words(23, 7).join(' ')} ${mark('fin')}…`);
});

t.test('a window that starts inside a long phrase opens it again', async (t) => {
  // One word forty times, then thirty others, all one phrase: the window of most distinct words starts in it.
  const phrase = `\u0002${'a '.repeat(40)}${words(30, 100).join(' ')}\u0003`;
  const cut = excerpt(`${words(10).join(' ')} ${phrase} ${words(10, 200).join(' ')}`, 24);
  t.match(cut, /^…\u0002a a w100 /, 'the opening marker before its first word');
  t.equal(cut.split('\u0002').length, 2);
  t.equal(cut.split('\u0003').length, 2);
});
