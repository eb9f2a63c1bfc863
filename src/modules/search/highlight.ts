import type { QueryTerm } from './query.js';
import { tokenSpans } from './scan.js';
import { analyzer as sharedAnalyzer, fold, stemLanguage, type Analyzer } from './text.js';

const OPEN = '\u0002';
const CLOSE = '\u0003';

interface Wanted { terms: string[]; prefix: boolean }

/** What a search matched in a text: its tokens (scan.ts) and the first and last token of each marked run, flat, in order. */
export interface Matches { spans: number[]; marks: number[] }

/** Whether the indexed terms of a text (`termAt`, undefined past its end) match `wanted` from token `at` on. */
function matchesAt(termAt: (i: number) => string | undefined, at: number, wanted: Wanted): boolean {
  for (let k = 0; k < wanted.terms.length; k += 1) {
    const term = termAt(at + k);
    if (term === undefined) return false;
    const prefix = wanted.prefix && k === wanted.terms.length - 1;
    if (prefix ? !term.startsWith(wanted.terms[k]) : term !== wanted.terms[k]) return false;
  }
  return true;
}

/** The initial of each UTF-16 unit (below), plus one; 0 until it is first asked for. */
const initials = new Uint16Array(0x10000);

/**
 * The first UTF-16 unit of the index term of a word that starts with code point `point`, from that letter
 * alone: Snowball's stemmers change a word's ending only, and folding a letter does not depend on the next
 * (test/modules/search/highlight.test.ts checks it over a corpus's words).
 */
function initial(point: number): number {
  if (point > 0xffff) return foldedInitial(point);
  if (initials[point] === 0) initials[point] = foldedInitial(point) + 1;
  return initials[point] - 1;
}

// Apart from initial(): a closure made there was made once a token, most of a page of snippets' time.
const foldedInitial = (point: number) => fold(String.fromCodePoint(point).toLowerCase()).charCodeAt(0);

/**
 * What a search matched in a text (a phrase as one run), as FTS5's
 * highlight() marks it: each token is turned into its index term (stemmed in
 * the text's language) and compared with the query's terms in each language
 * it was stemmed in. FTS5's highlight() and snippet() cost the square of a
 * document's matches (a body holding one word 66,000 times took a minute of
 * the event loop per search); this is one pass over the text. Overlapping
 * matches make one run; neighbouring ones stay apart.
 */
export function createHighlighter(terms: QueryTerm[], langs: string[], a: Analyzer = sharedAnalyzer) {
  const unique = new Map<string, Wanted>();
  for (const term of terms.filter((x) => !x.exclude)) {
    for (const lang of langs) {
      const wanted = { terms: term.tokens.map((t) => a.term(t, lang)), prefix: term.prefix };
      unique.set(JSON.stringify(wanted), wanted);
    }
  }
  const phrases = [...unique.values()];
  // Stemming a body's words was most of a snippet's cost: only the words whose first letter a match can
  // start with are stemmed (a tenth of them or so), each once a search, in each language.
  // A few first letters: a list is looked through faster than a Set is asked.
  const starts = [...new Set(phrases.map((p) => p.terms[0].charCodeAt(0)))];
  const seen = new Map<string, Map<string, string>>();
  /** `known`: the index terms of the text's tokens, when the index stored them (snippet-terms.ts); they are stemmed here otherwise. */
  return (text: string, lang: string, known?: string[]): Matches => {
    const stem = stemLanguage(lang);
    const terms = seen.get(stem) ?? seen.set(stem, new Map()).get(stem)!;
    const spans = tokenSpans(text);
    const count = spans.length / 2;
    // Terms stored for another text (one token more or less) are not used.
    const doc = known?.length === count ? known : new Array<string | undefined>(count);
    const termAt = (i: number): string | undefined => {
      if (i >= count || doc[i] !== undefined) return doc[i];
      const token = text.slice(spans[2 * i], spans[2 * i + 1]);
      let term = terms.get(token);
      if (term === undefined) terms.set(token, (term = a.term(token, stem)));
      return (doc[i] = term);
    };
    const lastOf = (i: number): number => {
      let last = -1;
      if (!starts.includes(initial(text.codePointAt(spans[2 * i])!))) return last;
      for (const p of phrases) if (matchesAt(termAt, i, p)) last = Math.max(last, i + p.terms.length - 1);
      return last;
    };
    return { spans, marks: runs(count, lastOf) };
  };
}

/** The marked runs of `count` tokens, flat; `lastOf(i)` is the last token of the longest match from token i, or -1. */
function runs(count: number, lastOf: (i: number) => number): number[] {
  const marks: number[] = [];
  let openUntil = -1;
  for (let i = 0; i < count; i += 1) {
    const last = lastOf(i);
    if (last >= 0) {
      if (openUntil < i) marks.push(i);
      openUntil = Math.max(openUntil, last);
    }
    if (openUntil === i) marks.push(i);
  }
  return marks;
}

/** Per token: 1 inside a marked run, 2 more where one opens, 4 more where one closes. */
export function markState(matches: Matches): Uint8Array {
  const state = new Uint8Array(matches.spans.length / 2);
  const { marks } = matches;
  for (let m = 0; m < marks.length; m += 2) {
    for (let i = marks[m]; i <= marks[m + 1]; i += 1) state[i] = 1;
    state[marks[m]] |= 2;
    state[marks[m + 1]] |= 4;
  }
  return state;
}

/**
 * The text from token `first` to token `last` with U+0002 and U+0003 around
 * its matches: from the text's start when `first` is 0, to its end when
 * `toEnd`; a run cut by either end keeps both its markers.
 */
export function marked(text: string, matches: Matches, state: Uint8Array, first: number, last: number, toEnd: boolean): string {
  const { spans } = matches;
  let out = '';
  let copied = first === 0 ? 0 : spans[2 * first];
  for (let i = first; i <= last; i += 1) {
    const [start, end] = [spans[2 * i], spans[2 * i + 1]];
    out += text.slice(copied, start);
    if (state[i] & 2 || (i === first && state[i] & 1)) out += OPEN;
    out += text.slice(start, end);
    if (state[i] & 4 || (i === last && state[i] & 1)) out += CLOSE;
    copied = end;
  }
  return toEnd ? out + text.slice(copied) : out;
}

/** The whole text with its matches between U+0002 and U+0003, as FTS5's highlight() gives it. */
export function highlighted(text: string, matches: Matches): string {
  return marked(text, matches, markState(matches), 0, matches.spans.length / 2 - 1, true);
}
