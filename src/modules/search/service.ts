import type { Repositories } from '../../db/repositories.js';
import { receives, suggestionsFor, type Audience, type Reader } from '../../lib/reader.js';
import { InvalidCursor, keysetPage, type Cursors } from '../../lib/cursor.js';
import { digestEtag } from '../../lib/http.js';
import { KEYS } from '../../lib/keys.js';
import { cards, represent, Validation, type RepresentDeps } from '../articles/cards.js';
import { languagesOf } from './body-snippets.js';
import { queryKeys } from './keys.js';
import { parseQuery } from './query.js';
import type { SearchQuery, SearchResult } from './schemas.js';
import { analyzer, stemLanguage, tokens } from './text.js';

export type SearchDeps = RepresentDeps & {
  search: Pick<Repositories['search'], 'search'>;
  now: () => number;
  cursors: Cursors;
};

/** The search a cursor belongs to: the query and every filter. Results are keyed by (score, id), and the cursor carries the search's `now`. */
const searchOf = (q: SearchQuery) => `search|${JSON.stringify([q.q, q.section ?? null, q.tag ? [...q.tag].sort() : null,
  q.author ?? null, q.lang ?? null, q.since ?? null, q.until ?? null])}`;

function readCursor(cursors: Cursors, cursor: string, list: string): { score: number; now: number; id: string } {
  // The score travels as a string, so that a float round-trips exactly.
  const [score, now, id] = cursors.decode(cursor, list, 3) as [string, number, string];
  return { score: Number(score), now, id };
}

/**
 * Paragraph breaks and table cells of the body text become single spaces in an excerpt; no-break spaces
 * stay, and so do runs of plain spaces. Each run of blanks is matched once, whole: a pattern that had to
 * find a break inside the run backtracked over every run of spaces, in the square of its length.
 */
const oneLine = (text: string) => text.replace(/[ \t\r\n\v\f]+/g, (run) => (/[\t\r\n\v\f]/.test(run) ? ' ' : run)).trim();

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The snippet as HTML: escaped, with <mark> around the matches FTS5 marked with STX … ETX. */
export function snippetHtml(snippet: string): string {
  return oneLine(snippet).replace(/[&<>"']/g, (c) => HTML[c]).replaceAll('\u0002', '<mark>').replaceAll('\u0003', '</mark>');
}

export const snippetText = (snippet: string): string => oneLine(snippet).replace(/[\u0002\u0003]/g, '');

/**
 * One page of search results. Only visible articles are searched, whoever
 * asks. The ranking depends on `now` (visibility and recency), so the first
 * page's `now` travels in the cursor and every page ranks alike; a cursor
 * can move it back, never forward (a later `now` could reveal scheduled articles).
 */
export async function searchArticles(deps: SearchDeps, q: SearchQuery, reader: Reader) {
  const terms = parseQuery(q.q);
  const list = searchOf(q);
  const after = q.cursor === undefined ? undefined : readCursor(deps.cursors, q.cursor, list);
  const now = after ? Math.min(after.now, deps.now()) : deps.now();
  const rows = await deps.search.search({
    terms, lang: q.lang,
    filter: {
      section: q.section, tags: q.tag, author: q.author, lang: q.lang,
      since: q.since ? Date.parse(q.since) : undefined, until: q.until ? Date.parse(q.until) : undefined,
    },
    audience: suggestionsFor(reader, now), after: after && [after.score, after.id], limit: q.limit + 1, snippets: q.limit,
  });
  // Purged by the articles it shows, and by the writes that may change which articles match or how they
  // score: those of the query's terms, or any that changes how the index counts (search/keys.ts).
  const validation = new Validation().add('', 0, [KEYS.refs, ...queryKeys(terms, languagesOf(q))]);
  const body = receives(reader, 'body');
  const articles = await represent(deps, rows.slice(0, q.limit), now, validation, cards(reader));
  const page = keysetPage(rows, q.limit, (r) => deps.cursors.encode(list, [String(r.score), now, r.id]), (row, i): SearchResult => ({
    // A snippet is body text: none for a key that does not receive bodies.
    article: articles[i], ...(body && { snippet: snippetText(row.snippet), snippetHtml: snippetHtml(row.snippet) }), score: row.score,
  }));
  const query = terms.map(({ text, phrase, exclude, prefix }) => ({ text, phrase, exclude, prefix }));
  // The validator is the answer itself (scores included); it is as old as this request.
  const etag = digestEtag(JSON.stringify([page, query]));
  return { ...page, query, etag, lastModified: now, surrogateKeys: validation.result(now).surrogateKeys };
}

// Frequent French words long enough to pass the length filter but saying nothing of a subject.
const COMMON = new Set(['dans', 'pour', 'avec', 'plus', 'sont', 'leur', 'leurs', 'cette', 'entre', 'mais', 'comme', 'tout',
  'tous', 'toute', 'aussi', 'elle', 'elles', 'être', 'fait', 'deux', 'après', 'sans', 'sous', 'vers', 'chez', 'depuis',
  'encore', 'même', 'dont', 'nous', 'vous', 'très', 'avoir', 'autre', 'autres', 'quand', 'ainsi', 'alors', 'selon']);

/** An article's own text, as similarArticles reads it (search repository `textOf`). */
export type OwnText = { title: string; standfirst: string; lang: string };

/** The words of a title and standfirst that similarArticles' queries are made of, in order. */
const queryWords = (text: OwnText) => tokens(`${text.title} ${text.standfirst}`).filter((w) => w.length >= 5 && !COMMON.has(w.toLowerCase()));

/**
 * What similarArticles reads of the article's own text, as a string: the words its query is made of, in
 * order, then its title and standfirst with each token written as its term where that is a term of the
 * query, else left blank (of its own row, bm25 reads each column's length in tokens and where the query's
 * terms occur, no more). Two texts that print alike find the same matches with the same scores; the one
 * exception is PostgreSQL's stemmer, which may find a query term in a token JavaScript's stems otherwise.
 */
export function similarityPrint(text: OwnText): string {
  const lang = stemLanguage(text.lang);
  const words = queryWords(text);
  const terms = new Set(words.map((w) => analyzer.term(w, lang)));
  const column = (s: string) => tokens(s).map((token) => {
    const term = analyzer.term(token, lang);
    return terms.has(term) ? term : '';
  }).join(' ');
  return JSON.stringify([text.lang, words, column(text.title), column(text.standfirst)]);
}

/**
 * Visible articles whose titles and standfirsts share words with this
 * article's: an OR of its first eight distinct stemmed words of five letters or more,
 * ranked (bm25 or ts_rank) over those two columns, with recency decay. Each score is
 * relative to the article's own (1 would be as similar as itself), so a weak
 * match stays weak however few matches there are.
 */
export async function similarArticles(
  deps: { search: Pick<Repositories['search'], 'textOf' | 'similar'> }, articleId: string, audience: Audience, limit: number, decayAt: number,
  known?: OwnText,
) {
  // Every article has its index row, written in the same transaction.
  const text = known ?? (await deps.search.textOf(articleId))!;
  const words = queryWords(text);
  if (words.length === 0) return [];
  const rows = await deps.search.similar(words, text.lang, audience, limit + 1, decayAt);
  const own = rows.find((r) => r.id === articleId)?.score ?? rows[0]?.score;
  return rows.filter((r) => r.id !== articleId).slice(0, limit).map((r) => ({ id: r.id, score: r.score / own, publishAt: Number(r.publishAt) }));
}
