/** Tokens as FTS5's unicode61 tokenizer cuts them (see text.ts). */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
const OPEN = '\u0002';
const CLOSE = '\u0003';

interface Token { start: number; end: number; marked: string | null }

/** The tokens of a highlighted text, each with the matched word it is part of (lowercased), or null. */
function tokensOf(highlighted: string): Token[] {
  const out: Token[] = [];
  let inMark = false;
  let last = 0;
  for (const m of highlighted.matchAll(TOKEN)) {
    // The markers sit between tokens: the last one in the gap says whether this token is marked.
    const gap = highlighted.slice(last, m.index);
    const open = gap.lastIndexOf(OPEN);
    const close = gap.lastIndexOf(CLOSE);
    if (open !== close) inMark = open > close;
    out.push({ start: m.index, end: m.index + m[0].length, marked: inMark ? m[0].toLowerCase() : null });
    last = m.index + m[0].length;
  }
  return out;
}

/** The first window of `size` tokens holding the most distinct matched words, in one pass. */
function bestWindow(tokens: Token[], size: number): number {
  const counts = new Map<string, number>();
  const add = (word: string | null, by: number) => {
    if (word === null) return;
    const n = (counts.get(word) ?? 0) + by;
    if (n === 0) counts.delete(word);
    else counts.set(word, n);
  };
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < tokens.length; i += 1) {
    add(tokens[i].marked, 1);
    if (i >= size) add(tokens[i - size].marked, -1);
    const start = Math.max(0, i - size + 1);
    if (counts.size > bestScore) [best, bestScore] = [start, counts.size];
  }
  return best;
}

/** Moves a window so that its matched tokens sit in its middle, within the text. */
function centred(tokens: Token[], start: number, size: number): number {
  const end = Math.min(tokens.length, start + size);
  const marked = tokens.slice(start, end).flatMap((t, i) => (t.marked === null ? [] : [start + i]));
  if (marked.length === 0) return start;
  const middle = Math.floor((marked[0] + marked[marked.length - 1]) / 2);
  return Math.max(0, Math.min(tokens.length - size, middle - Math.floor(size / 2)));
}

/**
 * An excerpt of `size` tokens of a highlighted text (matches between U+0002
 * and U+0003, see highlight.ts), around its densest matches, with … where
 * cut (at its end too when `more` says the text goes on): what FTS5's
 * snippet() gives, in time linear in the text. snippet()
 * scores every match against every other, and a body holding one word
 * 66,000 times took a minute of the event loop per search.
 */
export function excerpt(highlighted: string, size = 24, more = false): string {
  const tokens = tokensOf(highlighted);
  if (tokens.length <= size) return more ? `${highlighted}…` : highlighted;
  const start = centred(tokens, bestWindow(tokens, size), size);
  const end = start + size - 1;
  // The text may be the beginning of a longer one (`more`): its end is then a cut too.
  const last = end === tokens.length - 1 && !more;
  const from = start === 0 ? 0 : tokens[start].start;
  const to = last ? highlighted.length : tokens[end].end;
  let text = highlighted.slice(from, to);
  // A match cut by the window keeps both its markers.
  const before = highlighted.slice(0, from);
  if (before.lastIndexOf(OPEN) > before.lastIndexOf(CLOSE)) text = OPEN + text;
  if (text.lastIndexOf(OPEN) > text.lastIndexOf(CLOSE)) text += CLOSE;
  return `${start === 0 ? '' : '…'}${text}${last ? '' : '…'}`;
}
