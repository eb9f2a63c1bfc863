import t from 'tap';
import { tokenSpans } from '../../../src/modules/search/scan.js';
import { tokens } from '../../../src/modules/search/text.js';

const cut = (text: string) => {
  const spans = tokenSpans(text);
  return Array.from({ length: spans.length / 2 }, (_, i) => text.slice(spans[2 * i], spans[2 * i + 1]));
};

t.test('tokens are cut where the regular expression of text.ts cuts them', async (t) => {
  const samples = [
    '', ' ', 'mot', ' L’économie des budgets, aujourd’hui : « A & B » ', 'œuvre Straße ΑΘΗΝΑ 東京 ١٢٣ ᦰᦱ',
    'a😀b', '𝐀𝐁c d', 'x\ud800y', 'x\udc00y', '\ud800', 'fin\ud83d', '\ue000privé\uf8ff', 'a\u0301b', 'tab\tnbsp\u00a0fin',
  ];
  for (const text of samples) t.same(cut(text), tokens(text), JSON.stringify(text));
});

t.test('every character of the Basic Multilingual Plane, and astral ones, alone and between letters', async (t) => {
  let text = '';
  for (let unit = 0; unit < 0x10000; unit += 1) text += `a${String.fromCharCode(unit)}b `;
  for (const point of [0x1d400, 0x1f600, 0x20000, 0xf0000, 0x10fffd, 0xe0001]) text += `a${String.fromCodePoint(point)}b `;
  t.same(cut(text), tokens(text));
});
