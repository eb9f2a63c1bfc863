import { tokenSpans } from './scan.js';
import { analyzer, tokens, type Analyzer } from './text.js';

/** Characters of a body a snippet is looked for in (code points, as SQL's substr counts them): long reads' snippets come from their first pages. */
export const SNIPPET_SOURCE = 20_000;
const TOKEN_CHARACTER = /[\p{L}\p{N}\p{Co}]/u;

/** A text cut at `SNIPPET_SOURCE` without the word the cut went through (read back one character at a time). */
export function wholeWords(text: string): string {
  let end = text.length;
  while (end > 0 && TOKEN_CHARACTER.test(text[end - 1])) end -= 1;
  return text.slice(0, end);
}

/** The first `SNIPPET_SOURCE` code points of a body, and whether it goes on: what `substr(body, 1, 20000)` reads back. */
function firstCharacters(body: string): { head: string; more: boolean } {
  // A code point is one or two UTF-16 units: a body this short holds no more than the source.
  if (body.length <= SNIPPET_SOURCE) return { head: body, more: false };
  let end = 0;
  for (let n = 0; n < SNIPPET_SOURCE && end < body.length; n += 1) end += body.codePointAt(end)! > 0xffff ? 2 : 1;
  return { head: body.slice(0, end), more: end < body.length };
}

/** The text of a body a snippet is taken from, as withSnippets() reads it from the database. */
export function snippetSource(body: string): string {
  const { head, more } = firstCharacters(body);
  return more ? wholeWords(head) : head;
}

/**
 * The index terms of the snippet source's tokens (what highlight.ts compares
 * with the query's), space-separated: computed when the article is indexed,
 * so that a search stems none of the words of its results' bodies (most of
 * a page of snippets' cost). A term is never empty and holds no space (text.ts).
 * `indexedBody` is the body's indexed form when the index made it (each token
 * replaced by its term, separators kept): its first terms are taken as they are.
 */
export function snippetTerms(body: string, lang: string, indexedBody?: string, a: Analyzer = analyzer): string {
  const source = snippetSource(body);
  if (indexedBody === undefined) return tokens(source).map((token) => a.term(token, lang)).join(' ');
  const spans = tokenSpans(source);
  const count = spans.length / 2;
  const terms = tokenSpans(indexedBody, count);
  const out = Array.from({ length: count }, (_, i) => indexedBody.slice(terms[2 * i], terms[2 * i + 1]));
  // The source's last token may be the beginning of one the cut went through (an astral letter is not read back).
  if (count > 0 && spans[2 * count - 1] === source.length && source.length < body.length) {
    out[count - 1] = a.term(source.slice(spans[2 * count - 2]), lang);
  }
  return out.join(' ');
}

/** The stored terms of a snippet source, as an array (undefined while the row has none). */
export const storedTerms = (terms: string | null): string[] | undefined => (terms === null ? undefined : terms === '' ? [] : terms.split(' '));
