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
  /** Answers ranked by the full-text index (search, related): the index holds every article, drafts included. */
  search: 'search',
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
  Section: [KEYS.sections],
  Author: [KEYS.authors],
  Tag: [KEYS.tags],
};

/** The keys of a 404 of a read; none for what readers never cache (keys, webhooks). */
export const missingKeys = (subject: string): string[] => MISSING[subject] ?? [];
