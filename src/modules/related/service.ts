import { NotFound } from '../../lib/errors.js';
import { KEYS } from '../../lib/keys.js';
import { hourStart } from '../../lib/http.js';
import type { Repositories } from '../../db/repositories.js';
import { audienceOf, suggestionsFor, type Audience, type Reader } from '../../lib/reader.js';
import { cards, represent, Validation } from '../articles/cards.js';
import { findArticle, type ReadDeps } from '../articles/read.js';
import { toRelatedLink } from '../links/representation.js';
import { similarArticles } from '../search/service.js';
import type { Article } from '../articles/schemas.js';

export interface RelatedItem {
  source: 'curated' | 'automatic';
  kind: 'article' | 'external';
  title?: string;
  url?: string;
  description: string | null;
  label: string | null;
  article: Article | null;
  score: number | null;
}

export type RelatedDeps = ReadDeps & { related: Repositories['related']; search: Pick<Repositories['search'], 'textOf' | 'similar'> };

/** What a textual match as close as the article itself would weigh (a shared rare tag weighs about 2–4). */
export const TEXT_WEIGHT = 4;

/**
 * Automatic matches: shared tags and section (scored in SQL) plus words
 * shared by titles and standfirsts (through the search index, relative to
 * the article's own score, times TEXT_WEIGHT); both decayed by age. They are
 * read from the candidates stored when the article or a neighbour was last
 * written (refresh.ts), or computed now when there are none.
 */
async function automaticMatches(deps: RelatedDeps, id: string, sectionId: string, audience: Audience, limit: number, decayAt: number) {
  return await deps.related.stored(id, audience, limit, decayAt) ?? computeMatches(deps, id, sectionId, audience, limit, decayAt);
}

/** Automatic matches computed from the tags, sections and search index as they are now. */
export async function computeMatches(deps: Pick<RelatedDeps, 'related' | 'search'>, id: string, sectionId: string, audience: Audience, limit: number, decayAt: number) {
  const scores = new Map((await deps.related.candidates({ id, sectionId }, audience, limit, decayAt)).map((c) => [c.id, c.score]));
  for (const s of await similarArticles(deps, id, audience, limit, decayAt)) scores.set(s.id, (scores.get(s.id) ?? 0) + TEXT_WEIGHT * s.score);
  return [...scores].map(([match, score]) => ({ id: match, score })).sort((a, b) => b.score - a.score || b.id.localeCompare(a.id));
}

/**
 * Related articles: the curated links first, in their order, then automatic
 * matches to fill up to `limit`. Never the article itself, never twice, and
 * never an article readers cannot see — whoever is asking.
 */
export async function relatedTo(
  deps: RelatedDeps, article: { id: string; sectionId: string }, limit: number, validation: Validation, reader: Reader,
): Promise<RelatedItem[]> {
  const now = deps.now();
  const audience = suggestionsFor(reader, now);
  const links = (await deps.links.forArticle(article.id, audience)).slice(0, limit);
  const seen = new Set<string>([article.id, ...links.flatMap((l) => (l.targetArticleId ? [l.targetArticleId] : []))]);
  // Scores decay with age: as at the start of the hour, so that an answer (and its ETag) holds for the hour.
  const decayAt = hourStart(now);
  validation.add(`decay|${decayAt}`, 0);
  const auto = (await automaticMatches(deps, article.id, article.sectionId, audience, limit + seen.size, decayAt))
    .filter((c) => !seen.has(c.id)).slice(0, limit - links.length);
  const rows = await deps.related.visibleByIds([...links.flatMap((l) => (l.targetArticleId ? [l.targetArticleId] : [])), ...auto.map((c) => c.id)], audience);
  const byId = new Map((await represent(deps, rows, now, validation, cards(reader))).map((card) => [card.id!, card]));
  const curated = links.map((row): RelatedItem => {
    const link = toRelatedLink(row, deps.publicUrl, reader);
    validation.add(`${link.kind}|${link.url}|${link.label}`, 0);
    return {
      source: 'curated', kind: link.kind, ...(link.title !== undefined && { title: link.title }), ...(link.url !== undefined && { url: link.url }),
      description: link.description, label: link.label, article: link.article ? byId.get(link.article.id)! : null, score: null,
    };
  });
  const automatic = auto.map(({ id, score }): RelatedItem => {
    const card = byId.get(id)!;
    // Scores move with any write to the index (bm25 weighs every row, drafts included): the ETag covers them as shown.
    const shown = Math.round(score * 1000) / 1000;
    validation.add(`score|${id}|${shown}`, 0);
    // The card is already cut to the reader's fields: so are the title, URL and description taken from it.
    return {
      source: 'automatic', kind: 'article', ...(card.title !== undefined && { title: card.title }), ...(card.url !== undefined && { url: card.url }),
      description: card.standfirst ?? null, label: null, article: card, score: shown,
    };
  });
  return [...curated, ...automatic];
}

/**
 * Related articles depend on the article (its curated links), on which
 * articles readers can see and on the tags' weights among them (`articles`),
 * and on the full-text index (`search`).
 */
export const relatedKeys = (id: string) => [id, KEYS.articles, KEYS.search, KEYS.refs];

export async function getRelated(deps: RelatedDeps, idOrSlug: string, limit: number, reader: Reader) {
  const now = deps.now();
  const article = await findArticle(deps, idOrSlug, null, audienceOf(reader, now));
  if (!article) throw new NotFound('Article');
  const validation = new Validation().add(`related|${article.id}|${limit}`, article.updatedAt, relatedKeys(article.id));
  const data = await relatedTo(deps, article, limit, validation, reader);
  return { data, ...validation.result(now) };
}
