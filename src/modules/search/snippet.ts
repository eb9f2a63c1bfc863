import { marked, markState, type Matches } from './highlight.js';

/** The first window of `size` tokens holding the most distinct matched words, in one pass. `words[i]` is token i's matched word or null. */
function bestWindow(words: (string | null)[], size: number): number {
  const counts = new Map<string, number>();
  const add = (word: string | null, by: number) => {
    if (word === null) return;
    const n = (counts.get(word) ?? 0) + by;
    if (n === 0) counts.delete(word);
    else counts.set(word, n);
  };
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < words.length; i += 1) {
    add(words[i], 1);
    if (i >= size) add(words[i - size], -1);
    const start = Math.max(0, i - size + 1);
    if (counts.size > bestScore) [best, bestScore] = [start, counts.size];
  }
  return best;
}

/** Moves a window so that its matched tokens sit in its middle, within the text. */
function centred(words: (string | null)[], start: number, size: number): number {
  const end = Math.min(words.length, start + size);
  let [first, last] = [-1, -1];
  for (let i = start; i < end; i += 1) {
    if (words[i] === null) continue;
    if (first < 0) first = i;
    last = i;
  }
  if (first < 0) return start;
  const middle = Math.floor((first + last) / 2);
  return Math.max(0, Math.min(words.length - size, middle - Math.floor(size / 2)));
}

/**
 * An excerpt of `size` tokens of a text, around its densest matches (what
 * highlight.ts found), matches between U+0002 and U+0003, with … where cut
 * (at its end too when `more` says the text goes on): what FTS5's snippet()
 * gives, in time linear in the text. snippet() scores every match against
 * every other, and a body holding one word 66,000 times took a minute of the
 * event loop per search. Only the window is marked and copied.
 */
export function excerpt(text: string, matches: Matches, size = 24, more = false): string {
  const count = matches.spans.length / 2;
  const state = markState(matches);
  if (count <= size) return marked(text, matches, state, 0, count - 1, true) + (more ? '…' : '');
  const { spans } = matches;
  // A matched token counts as its word, lowercased: the window with the most distinct ones wins.
  const words = Array.from(state, (s, i) => (s & 1 ? text.slice(spans[2 * i], spans[2 * i + 1]).toLowerCase() : null));
  const start = centred(words, bestWindow(words, size), size);
  const end = start + size - 1;
  // The text may be the beginning of a longer one (`more`): its end is then a cut too.
  const last = end === count - 1 && !more;
  return `${start === 0 ? '' : '…'}${marked(text, matches, state, start, end, last)}${last ? '' : '…'}`;
}
