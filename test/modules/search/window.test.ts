import t from 'tap';
import { markState, marked, type Matches } from '../../../src/modules/search/highlight.js';
import { tokenSpans } from '../../../src/modules/search/scan.js';
import { excerpt } from '../../../src/modules/search/snippet.js';

/** The excerpt as a pass over every token would choose it: the specification of snippet.ts's window over matched tokens only. */
function reference(text: string, matches: Matches, size: number, more: boolean): string {
  const count = matches.spans.length / 2;
  const state = markState(matches);
  if (count <= size) return marked(text, matches, state, 0, count - 1, true) + (more ? '…' : '');
  const { spans } = matches;
  const words = Array.from(state, (s, i) => (s & 1 ? text.slice(spans[2 * i], spans[2 * i + 1]).toLowerCase() : null));
  const counts = new Map<string, number>();
  const add = (word: string | null, by: number) => {
    if (word === null) return;
    const n = (counts.get(word) ?? 0) + by;
    if (n === 0) counts.delete(word);
    else counts.set(word, n);
  };
  let [best, bestScore] = [0, -1];
  for (let i = 0; i < count; i += 1) {
    add(words[i], 1);
    if (i >= size) add(words[i - size], -1);
    if (counts.size > bestScore) [best, bestScore] = [Math.max(0, i - size + 1), counts.size];
  }
  const inside = words.map((w, i) => (w !== null && i >= best && i < best + size ? i : -1)).filter((i) => i >= 0);
  const start = inside.length === 0 ? best
    : Math.max(0, Math.min(count - size, Math.floor((inside[0] + inside[inside.length - 1]) / 2) - Math.floor(size / 2)));
  const end = start + size - 1;
  const last = end === count - 1 && !more;
  return `${start === 0 ? '' : '…'}${marked(text, matches, state, start, end, last)}${last ? '' : '…'}`;
}

t.test('the window chosen over the matched tokens is the one a pass over every token chooses', async (t) => {
  let seed = 1;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const vocabulary = ['a', 'B', 'b', 'cc', 'Dd', 'e', 'f', 'g'];
  let same = 0;
  for (let n = 0; n < 5000; n += 1) {
    const words = Array.from({ length: Math.floor(random() * 120) }, () => vocabulary[Math.floor(random() * vocabulary.length)]);
    const text = words.join(random() < 0.5 ? ' ' : ', ');
    const spans = tokenSpans(text);
    const marks: number[] = [];
    const density = random() * 0.4;
    for (let i = 0; i < spans.length / 2;) {
      if (random() < density) {
        const end = Math.min(spans.length / 2 - 1, i + Math.floor(random() * 3));
        marks.push(i, end);
        i = end + 2;
      } else i += 1;
    }
    const [size, more] = [1 + Math.floor(random() * 30), random() < 0.3];
    if (excerpt(text, { spans, marks }, size, more) === reference(text, { spans, marks }, size, more)) same += 1;
  }
  t.equal(same, 5000, '5,000 random texts, matches and window sizes');
});
