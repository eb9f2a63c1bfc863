import type { QueryTerm } from './query.js';
import { analyzer as sharedAnalyzer, stemLanguage, type Analyzer } from './text.js';

/** Tokens as FTS5's unicode61 tokenizer cuts them (see text.ts). */
const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;
const OPEN = '\u0002';
const CLOSE = '\u0003';

interface Wanted { terms: string[]; prefix: boolean }

/** Whether the indexed terms of a text match `wanted` from token `at` on. */
function matchesAt(doc: string[], at: number, wanted: Wanted): boolean {
  for (let k = 0; k < wanted.terms.length; k += 1) {
    const term = doc[at + k];
    if (term === undefined) return false;
    const prefix = wanted.prefix && k === wanted.terms.length - 1;
    if (prefix ? !term.startsWith(wanted.terms[k]) : term !== wanted.terms[k]) return false;
  }
  return true;
}

/**
 * What a search matched in a text, between U+0002 and U+0003 (a phrase as
 * one), as FTS5's highlight() marks it: each token is turned into its index
 * term (stemmed in the text's language) and compared with the query's terms
 * in each language it was stemmed in. FTS5's highlight() and snippet() cost
 * the square of a document's matches (a body holding one word 66,000 times
 * took a minute of the event loop per search); this is one pass over the
 * text per query term.
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
  return (text: string, lang: string): string => {
    const found = [...text.matchAll(TOKEN)];
    const stem = stemLanguage(lang);
    const doc = found.map((m) => a.term(m[0], stem));
    let out = '';
    let copied = 0;
    let openUntil = -1;
    for (let i = 0; i < doc.length; i += 1) {
      let last = -1;
      for (const p of phrases) if (matchesAt(doc, i, p)) last = Math.max(last, i + p.terms.length - 1);
      if (last >= 0) {
        if (openUntil < i) {
          out += text.slice(copied, found[i].index) + OPEN;
          copied = found[i].index;
        }
        openUntil = Math.max(openUntil, last);
      }
      if (openUntil === i) {
        const end = found[i].index + found[i][0].length;
        out += text.slice(copied, end) + CLOSE;
        copied = end;
      }
    }
    return out + text.slice(copied);
  };
}
