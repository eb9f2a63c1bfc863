import createError from '@fastify/error';
import { analyzer, tokens, type Analyzer } from './text.js';

export const InvalidQuery = createError<[string]>('INVALID_QUERY', '%s', 400);

/** At most this many words and phrases in a query. */
export const MAX_TERMS = 20;
/**
 * At most this many words in all, a phrase's words counted one by one (as
 * Google counts its 32): matching a phrase costs its length at every
 * occurrence of its words, and a phrase of 166 words over a body holding its
 * one word 66,000 times held the event loop for a quarter of a second.
 */
export const MAX_WORDS = 32;
/** A trailing word shorter than this is matched whole: a one- or two-letter prefix matches half the vocabulary. */
export const MIN_PREFIX = 3;

export interface QueryTerm {
  /** The word or phrase as the reader wrote it (without quotes or minus sign). */
  text: string;
  /** Its tokens, as the index tokenises text. */
  tokens: string[];
  /** Quoted: the words must follow one another. A word that holds several tokens (l’économie) is matched the same way. */
  phrase: boolean;
  /** Written with a leading minus: results must not contain it. */
  exclude: boolean;
  /** The last word, still being typed: its last token matches as a prefix. */
  prefix: boolean;
}

// A phrase ("…", possibly unclosed at the end) or a word (up to a space or a quote), either after an optional minus.
const CHUNK = /(-?)"([^"]*)"?|(-?)([^\s"]+)/gu;
const ENDS_IN_WORD = /[\p{L}\p{N}\p{Co}]$/u;

/**
 * Parses a reader's query: words (all must match), "exact phrases",
 * -excluded words and -"phrases", and a prefix on the last word when the
 * query does not end with a space or a closing quote. Nothing here is FTS5
 * syntax: operators and punctuation are words or separators like any other.
 */
export function parseQuery(q: string): QueryTerm[] {
  const text = q.normalize('NFC');
  const terms: QueryTerm[] = [];
  const typing = ENDS_IN_WORD.test(text);
  for (const m of text.matchAll(CHUNK)) {
    const quoted = m[2] !== undefined;
    const body = quoted ? m[2] : m[4];
    const found = tokens(body);
    if (found.length === 0) continue;
    const exclude = (quoted ? m[1] : m[3]) === '-';
    // Still being typed: the chunk the query ends in, when it ends in a letter or digit (not a space, quote or punctuation).
    const prefix = typing && m.index + m[0].length === text.length && !exclude && found[found.length - 1].length >= MIN_PREFIX;
    terms.push({ text: body.trim(), tokens: found, phrase: quoted, exclude, prefix });
  }
  if (terms.length > MAX_TERMS) throw new InvalidQuery(`The query has ${terms.length} words or phrases; at most ${MAX_TERMS} are allowed`);
  const words = terms.reduce((n, term) => n + term.tokens.length, 0);
  if (words > MAX_WORDS) throw new InvalidQuery(`The query has ${words} words; at most ${MAX_WORDS} are allowed, a phrase's words included`);
  if (!terms.some((t) => !t.exclude)) {
    throw new InvalidQuery('The query needs at least one word to look for (letters or digits), not only -excluded words or punctuation');
  }
  return terms;
}

/** An FTS5 string literal: the terms come from our tokenizer, and quotes are doubled all the same. */
const quote = (s: string) => `"${s.replaceAll('"', '""')}"`;

/** Whether the prefix phrase `wide` matches whatever `narrow` does: the same words, its last a beginning of narrow's last. */
const covers = (wide: string[], narrow: string[]) => wide.length === narrow.length
  && wide.every((word, i) => (i === wide.length - 1 ? narrow[i].startsWith(word) : narrow[i] === word));

/**
 * One term as FTS5 query syntax: its tokens, stemmed in each language,
 * quoted as a phrase; the alternatives joined with OR when languages stem it
 * differently. A prefix another alternative covers ("entre"* and "entr"*) is
 * left out: FTS5 merges the entries of every word a prefix starts, again for
 * bm25's count of the documents holding it, and a common one's cost milliseconds.
 */
function termMatch(term: QueryTerm, langs: string[], a: Analyzer): string {
  const stemmed = new Map(langs.map((lang) => {
    const tokens = term.tokens.map((t) => a.term(t, lang));
    return [tokens.join(' '), tokens];
  }));
  let variants = [...stemmed.values()];
  if (term.prefix) variants = variants.filter((v) => !variants.some((w) => w !== v && covers(w, v)));
  const quoted = variants.map((v) => quote(v.join(' ')) + (term.prefix ? '*' : ''));
  return quoted.length === 1 ? quoted[0] : `(${quoted.join(' OR ')})`;
}

/**
 * The FTS5 MATCH expression of parsed terms, built only from quoted terms
 * our own tokenizer produced, so no client text reaches FTS5 syntax.
 * `langs` are the stemLanguage() keys to stem the query in.
 */
export function toMatch(terms: QueryTerm[], langs: string[], a: Analyzer = analyzer): string {
  // A term written twice is looked for once: FTS5 would read its occurrences again for each.
  const positive = new Set(terms.filter((t) => !t.exclude).map((t) => termMatch(t, langs, a)));
  const negative = new Set(terms.filter((t) => t.exclude).map((t) => ` NOT ${termMatch(t, langs, a)}`));
  return `(${[...positive].join(' AND ')})${[...negative].join('')}`;
}
