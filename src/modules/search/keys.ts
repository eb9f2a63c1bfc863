import { KEYS } from '../../lib/keys.js';
import type { QueryTerm } from './query.js';
import { COLUMNS, type Column, type SearchText } from './index-source.js';
import { separates, tokenSpans } from './scan.js';
import { analyzer, fold, STEMMABLE, stemLanguage, TOKEN, type Analyzer } from './text.js';

/**
 * The surrogate keys of searches (README, "Purging a CDN"). A search answer
 * depends on which articles match its terms and on their scores. Neither
 * dialect's score moves with a write that leaves an article's term
 * frequencies and lengths alone: PostgreSQL's ts_rank reads the article's own
 * vector only; SQLite's bm25 reads the row count and the index's total length
 * (unchanged when no column changes its number of tokens) and, for each
 * term, how many articles hold it. So a search is keyed by its terms, and an
 * edit that keeps each changed column's length purges the terms of the old
 * and new versions of those columns; anything else purges every search.
 *
 * A term is named by the first three letters of its stem, and of the word
 * folded, when they differ: PostgreSQL stems with its own Snowball stemmers
 * (after folding accents), so where its stem of a word and JavaScript's
 * differ, stems that keep a word's first three letters still meet. A query
 * word of fewer than four letters, or whose stem is shorter than three (a
 * prefix being typed would match terms no one key names), is purged by every
 * change of text instead. What is left (README, "Purging a CDN"): on
 * PostgreSQL, a word both stemmers cut within its first three letters, each
 * its own way (English irregular forms), is keyed by JavaScript's stem.
 */

/** Letters of a term that name its key: three, so that a prefix being typed names the keys of every term it matches. */
const SPAN = 3;
/** The longest list of term keys an answer names (characters); past it, `search-text`. */
const QUERY_BUDGET = 240;
/** The most term keys a write names; past them, `searches`. */
const WRITE_BUDGET = 60;

// Keys are letters, digits, `-` and `_` (lib/keys.ts): other characters are written as `_` and their code point.
const safe = (c: string) => (/^[a-z0-9]$/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`);

/** The key of the searches for an index term, or for a prefix of at least three letters. */
export const termKey = (term: string) => `term-${[...term].slice(0, SPAN).map(safe).join('')}`;
const folded = (token: string) => fold(token.toLowerCase());

/**
 * What a search answer is purged by, besides the articles it shows: every
 * term of the query (excluded ones too), stemmed in each language it is
 * searched in; a word too short to name three letters, or a query with too
 * many keys, is purged by every change of indexed text instead.
 */
export function queryKeys(terms: QueryTerm[], langs: string[], a: Analyzer = analyzer): string[] {
  const keys = new Set<string>([KEYS.searches]);
  for (const term of terms) {
    for (const lang of langs) {
      for (const token of term.tokens) {
        const stem = a.term(token, lang);
        const word = folded(token);
        if ([...word].length <= SPAN || [...stem].length < SPAN) keys.add(KEYS.searchText);
        else keys.add(termKey(stem)).add(termKey(word));
      }
    }
  }
  const named = [...keys];
  return named.join(' ').length > QUERY_BUDGET ? [KEYS.searches, KEYS.searchText] : named;
}

/** How each dialect tells whether a changed column keeps its length, as its index counts it (before, after). */
export type SameLength = (column: Column, before: string, after: string) => boolean | Promise<boolean>;

/**
 * What a change of an article's indexed text purges among searches: none
 * when nothing changed; `searches` when an entry comes or goes, the language
 * changes, a changed column changes its length or holds words the index may
 * cut differently, or the terms are too many to name; otherwise
 * `search-text` and the keys of the terms of the changed columns, before and after.
 */
export async function textKeys(before: SearchText | undefined, after: SearchText | undefined, sameLength: SameLength): Promise<string[]> {
  if (!before || !after || before.lang !== after.lang) return [KEYS.searches];
  const changed = COLUMNS.filter((c) => before[c] !== after[c]);
  const lang = stemLanguage(after.lang);
  const keys = new Set<string>();
  for (const column of changed) {
    if (!await sameLength(column, before[column], after[column])) return [KEYS.searches];
    for (const token of changedTokens(before[column], after[column])) {
      if (!STEMMABLE.test(token)) return [KEYS.searches];
      keys.add(termKey(analyzer.term(token, lang))).add(termKey(folded(token)));
      if (keys.size > WRITE_BUDGET) return [KEYS.searches];
    }
  }
  return changed.length === 0 ? [] : [KEYS.searchText, ...keys];
}

/** Tokens kept on each side of a changed stretch of text: a tokenizer's cut may depend on a neighbour (a hyphen joining two words). */
const MARGIN = 2;

/**
 * The tokens of the stretch of text an edit changed, in its old and new
 * versions, with MARGIN tokens on each side: outside it the two texts are the
 * same characters. With as many tokens in both (what textKeys checks first),
 * the tokens after the stretch keep their positions, so a term's count or a
 * phrase's match can only change through a token inside it: a phrase that
 * comes or goes has one of its words there, and its search is keyed by each.
 */
export function changedTokens(before: string, after: string): string[] {
  if (before === after) return [];
  const { start, end } = common(before, after);
  return [...around(before, start, before.length - end), ...around(after, start, after.length - end)];
}

/** How many code units two texts share at their start, and then at their end. */
function common(before: string, after: string): { start: number; end: number } {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { start, end };
}

/** How far around a changed stretch `around` first looks for its tokens (characters); four times as far each time that is short. */
const REACH = 256;

/**
 * The tokens of `text` that overlap [from, to), and MARGIN tokens on each side: read in a window around the
 * stretch (a long body's whole text was read at each edit), widened until it holds them or the whole text.
 */
function around(text: string, from: number, to: number): string[] {
  for (let reach = REACH; ; reach *= 4) {
    const start = Math.max(0, from - reach);
    const end = Math.min(text.length, to + reach);
    const found = [...text.slice(start, end).matchAll(TOKEN)];
    // A token at a cut edge of the window may go on beyond it: not counted.
    if (start > 0 && found[0]?.index === 0) found.shift();
    if (end < text.length && found.length > 0 && found.at(-1)!.index + found.at(-1)![0].length === end - start) found.pop();
    let first = found.findIndex((m) => start + m.index + m[0].length > from);
    if (first === -1) first = found.length;
    let last = found.length - 1;
    while (last >= 0 && start + found[last].index >= to) last--;
    if ((start === 0 || first >= MARGIN) && (end === text.length || found.length - 1 - last >= MARGIN)) {
      return found.slice(Math.max(0, first - MARGIN), last + 1 + MARGIN).map((m) => m[0]);
    }
  }
}

/**
 * SQLite's lengths: FTS5 counts the tokens text.ts cuts (for the letters `textKeys` lets through). Counted
 * in the changed stretch alone, widened on each side to a separator the two texts share: no token crosses
 * one, and what lies beyond is the same in both. An edit of a long body tokenized both versions whole.
 */
export const sameTokenCount: SameLength = (_column, before, after) => {
  if (before === after) return true;
  let { start: from, end } = common(before, after);
  while (from > 0 && !separates(before, from - 1)) from--;
  let kept = 0;
  while (kept < end && !separates(before, before.length - end + kept)) kept++;
  const stretch = (text: string) => tokenSpans(text.slice(from, text.length - end + kept)).length / 2;
  return stretch(before) === stretch(after);
};
