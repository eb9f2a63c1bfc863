import { stemmer as english } from '@orama/stemmers/english';
import { LRUCache } from 'lru-cache';
import { stemmer as french } from '@orama/stemmers/french';

/**
 * Tokens as FTS5's unicode61 tokenizer sees them: runs of letters, digits and
 * private-use characters; everything else (spaces, punctuation, apostrophes,
 * hyphens, most emoji) separates them.
 */
export const TOKEN = /[\p{L}\p{N}\p{Co}]+/gu;

/** The Snowball stemmer of each language we stem; any other language is folded only. */
const stemmers = new Map<string, (word: string) => string>([['fr', french], ['en', english]]);

/** The languages a query is stemmed in when it is not restricted to one: each stemmer, and none. */
export const queryLanguages = [...stemmers.keys(), ''];

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

/** Accents and ligatures folded: élection → election, œuvre → oeuvre, straße → strasse. */
export function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}+/gu, '').replace(/[œæß]/g, (c) => LIGATURES[c]);
}

/** The stemmer key of a BCP 47 tag (`fr-CA` → `fr`), or '' when we do not stem that language. */
export function stemLanguage(lang: string): string {
  const primary = lang.split('-')[0].toLowerCase();
  return stemmers.has(primary) ? primary : '';
}

/**
 * Text as it is stored for the index: NFC, and without the two control
 * characters that mark matches in snippets (they separate tokens either way,
 * so a space keeps positions).
 */
export function clean(text: string): string {
  return text.normalize('NFC').replace(/[\u0002\u0003]/g, ' ');
}

/** The raw tokens of a text, in order. */
export function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export type Analyzer = ReturnType<typeof createAnalyzer>;

/**
 * Turns tokens into index terms: fold(stem(lowercase(token))). Stems are
 * memoised in a bounded map (least recently used out first): news text repeats its words,
 * and stemming is most of the cost of indexing.
 */
// Stemming may drop letters, which is safe only where FTS5 cuts the token as we do. Its unicode61
// tables are older than JavaScript's: a letter of another script (Tai Lue ᦰ) may be a separator
// to it, so a stem could swallow a token FTS5 sees. Latin words, with marks and digits, are stemmed.
export const STEMMABLE = /^[\p{Script=Latin}\p{Script=Inherited}\p{Nd}]+$/u;

/**
 * A string's characters in a string of their own. A token read from a text is, in V8, a slice that
 * points into that text when it is 13 characters or more: kept as a memo's key, it would keep the
 * whole text alive. Flattening a concatenation copies the characters.
 */
const ownCopy = (token: string) => ` ${token}`.slice(1);

export function createAnalyzer(maxEntries = 50_000, maxTexts = 512) {
  // Least recently used out first, in constant time: a Map trimmed from its front slows down as the
  // deleted entries it skips pile up (17 µs an insert at 50,000 entries), and a vocabulary larger than
  // the memo (an archive's long tail) made every token pay it on top of the stemmer's 10 µs.
  // The memos are per language, keyed by the token or the text itself: a key made of the language and
  // the token was a new string to build and hash at every token, which cost more than the stemming saved.
  /**
   * Per language, the terms of tokens, and the indexed form of the long texts indexed or learned last:
   * deleting an entry indexes its stored text again, an edit of the standfirst would stem the unchanged
   * body twice (once to delete, once to insert), and an import's workers stem bodies for the thread that
   * writes them. Stemming is a function of the text alone, so an entry is never stale.
   */
  const memos = new Map<string, { terms: LRUCache<string, string>; texts: LRUCache<string, string> }>();
  const memoOf = (lang: string) => {
    let memo = memos.get(lang);
    if (!memo) memos.set(lang, memo = { terms: new LRUCache({ max: maxEntries }), texts: new LRUCache({ max: maxTexts }) });
    return memo;
  };
  // Short texts cost less to stem than to keep.
  const kept = (text: string) => text.length >= 256;
  let stemmed = 0;
  function term(token: string, lang: string, terms = memoOf(lang).terms): string {
    let out = terms.get(token);
    if (out === undefined) {
      const lower = token.toLowerCase();
      const stem = STEMMABLE.test(lower) ? stemmers.get(lang) : undefined;
      out = fold(stem ? stem(lower) : lower);
      stemmed += 1;
      terms.set(ownCopy(token), out);
    }
    return out;
  }
  return {
    /** `lang` is a stemLanguage() key. */
    term,
    /**
     * The indexed form of a column: each token replaced by its term and every
     * separator kept, so FTS5 sees as many tokens, at the same positions, as
     * in the original text that highlight() and snippet() read back.
     */
    indexed(text: string, lang: string, remember = true): string {
      const { terms, texts } = memoOf(lang);
      const keep = remember && kept(text);
      let out = keep ? texts.get(text) : undefined;
      if (out === undefined) {
        out = text.replace(TOKEN, (token) => term(token, lang, terms));
        if (keep) texts.set(text, out);
      }
      return out;
    },
    /** Remembers `value`, indexed(text, lang) as another analyzer computed it (an import's worker), for indexed() here. */
    learn(text: string, lang: string, value: string): void {
      if (kept(text)) memoOf(lang).texts.set(text, value);
    },
    size: () => [...memos.values()].reduce((sum, memo) => sum + memo.terms.size, 0),
    /** How many terms were computed rather than found in the memo. */
    misses: () => stemmed,
  };
}

/** The analyzer the index and the queries share. */
export const analyzer = createAnalyzer();

/**
 * The indexed form of a text (the analyzer's, of the text as the index cleans it), which SQLite's index would
 * otherwise compute as it writes: a worker computes it beside a body's rendering (an import's, an edit's). Not
 * remembered there: the writing thread learns it (learnIndexed), and a worker rarely sees a text twice.
 */
export function indexedText(text: string, lang: string): string {
  return analyzer.indexed(clean(text), stemLanguage(lang), false);
}

/** Hands this thread's analyzer the indexed form a worker computed (indexedText's), for the index's write of that text. */
export function learnIndexed(text: string, lang: string, value: string): void {
  analyzer.learn(clean(text), stemLanguage(lang), value);
}
