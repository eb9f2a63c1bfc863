/**
 * The surrogate keys of cached answers (README, "Behind a CDN"): a write names
 * the keys of every answer it changes, and CDNs and the response cache purge
 * them. Besides the ids of articles, sections, authors and tags, these
 * collection keys. Keys use letters, digits, `_` and `-` only: Akamai's cache
 * tags refuse most punctuation.
 */
export const KEYS = {
  /** Site-wide collections of articles (not narrowed to a section, tag or author): their members and order. */
  articles: 'articles',
  /** Answers that change with every write of a visible article: lists by update time, sitemaps, pages too long to name their articles. */
  edits: 'edits',
  /** Every answer showing a section, author or tag by name, or an article card: renames and moves purge it. */
  refs: 'refs',
  /** Related articles and pages, ranked by the full-text index over every article: purged by every article write. */
  search: 'search',
  /** Every search answer: purged by the writes that may change any of them (src/modules/search/keys.ts). */
  searches: 'searches',
  /** Searches whose terms have no key of their own (`term-…`): purged by every change of indexed text. */
  searchText: 'search-text',
  /** Most-read answers (counted views move them; no write does). */
  popular: 'popular',
  sections: 'sections',
  authors: 'authors',
  tags: 'tags',
  /** The feed index, made of the configuration alone. */
  feeds: 'feeds',
} as const;

/** What purges a cached 404, by what was not found: the writes that could make it exist. */
const MISSING: Record<string, string[]> = {
  // A publication, a schedule or an embargo coming due, a new slug: each purges `articles`.
  Article: [KEYS.articles],
  'Sitemap page': [KEYS.articles],
  // An import adds old paths with the articles it writes; a path added to an unchanged article waits for the negative TTL.
  Redirect: [KEYS.articles],
  Section: [KEYS.sections],
  Author: [KEYS.authors],
  Tag: [KEYS.tags],
};

/** The keys of a 404 of a read; none for what readers never cache (keys, webhooks). */
export const missingKeys = (subject: string): string[] => MISSING[subject] ?? [];

/**
 * The longest key header value, in characters. Answers send the keys three
 * times (Surrogate-Key, Cache-Tag, Edge-Cache-Tag): with the rest of the
 * headers, a whole header block stays under 4 KB (README, "Behind a CDN").
 */
export const KEY_BUDGET = 800;

/** Ids an answer or a write may name one by one, and the broader key that stands for all of them past the bound. */
export interface KeyGroup { ids: Iterable<string>; spill: string }

const size = (keys: Iterable<string>) => {
  let length = -1;
  for (const key of keys) length += key.length + 1;
  return Math.max(length, 0);
};

/**
 * Keys within KEY_BUDGET: `fixed` ones always, then each group's ids, or, in
 * the groups' order, each group's spill key instead until the whole fits.
 * A spill key must be carried by every answer its ids would have purged
 * (reads) or purge every answer they would have (writes).
 */
export function boundedKeys(fixed: Iterable<string>, groups: KeyGroup[] = []): string[] {
  const keys = new Set(fixed);
  const named = groups.map((g) => [...new Set(g.ids)].filter((id) => !keys.has(id)));
  for (let i = 0; i < groups.length && size([...keys, ...new Set(named.flat())]) > KEY_BUDGET; i++) {
    keys.add(groups[i].spill);
    named[i] = [];
  }
  return [...new Set([...keys, ...named.flat()])];
}
