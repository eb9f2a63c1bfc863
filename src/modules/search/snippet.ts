import { marked, markState, type Matches } from './highlight.js';

/** The tokens a text's matches cover, in order, and each one's word (lowercased): a page's bodies hold thousands of tokens, and few matched. */
function matchedTokens(text: string, { spans, marks }: Matches): { at: number[]; words: string[] } {
  const at: number[] = [];
  const words: string[] = [];
  for (let m = 0; m < marks.length; m += 2) {
    for (let i = marks[m]; i <= marks[m + 1]; i += 1) {
      at.push(i);
      words.push(text.slice(spans[2 * i], spans[2 * i + 1]).toLowerCase());
    }
  }
  return { at, words };
}

/**
 * The first window of `size` tokens holding the most distinct matched words, in one pass over the matched
 * tokens: a window can hold more only where a matched token enters it.
 */
function bestWindow({ at, words }: { at: number[]; words: string[] }, size: number): number {
  const counts = new Map<string, number>();
  let [best, bestScore, oldest] = [0, 0, 0];
  for (let k = 0; k < at.length; k += 1) {
    for (; at[oldest] <= at[k] - size; oldest += 1) {
      const n = counts.get(words[oldest])! - 1;
      if (n === 0) counts.delete(words[oldest]);
      else counts.set(words[oldest], n);
    }
    counts.set(words[k], (counts.get(words[k]) ?? 0) + 1);
    if (counts.size > bestScore) [best, bestScore] = [Math.max(0, at[k] - size + 1), counts.size];
  }
  return best;
}

/** Moves a window so that its matched tokens (`at`, in order) sit in its middle, within the text's `count` tokens. */
function centred(at: number[], count: number, start: number, size: number): number {
  const inside = at.filter((i) => i >= start && i < start + size);
  if (inside.length === 0) return start;
  const middle = Math.floor((inside[0] + inside[inside.length - 1]) / 2);
  return Math.max(0, Math.min(count - size, middle - Math.floor(size / 2)));
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
  // A matched token counts as its word, lowercased: the window with the most distinct ones wins.
  const matched = matchedTokens(text, matches);
  const start = centred(matched.at, count, bestWindow(matched, size), size);
  const end = start + size - 1;
  // The text may be the beginning of a longer one (`more`): its end is then a cut too.
  const last = end === count - 1 && !more;
  return `${start === 0 ? '' : '…'}${marked(text, matches, state, start, end, last)}${last ? '' : '…'}`;
}
