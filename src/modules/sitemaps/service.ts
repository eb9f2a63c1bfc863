import type { Repositories } from '../../db/repositories.js';
import { NotFound } from '../../lib/errors.js';
import { found } from '../../lib/entities.js';
import { digestEtag } from '../../lib/http.js';
import { KEYS } from '../../lib/keys.js';
import { readerUrl } from '../articles/representation.js';
import type { SitemapEntry } from './repository.js';
import { renderIndex, renderNews, renderUrlSet } from './render.js';

/** The sitemaps.org limit of URLs in one sitemap (and of sitemaps in an index). */
export const SITEMAP_MAX_URLS = 50_000;
/** Google News sitemaps: at most 1,000 URLs, of articles published in the last two days. */
export const NEWS_MAX_URLS = 1000;
export const NEWS_WINDOW_MS = 2 * 24 * 3_600_000;

export type SitemapDeps = {
  sitemaps: Repositories['sitemaps'];
  sections: Pick<Repositories['sections'], 'find'>;
  publicUrl: string;
  publication: string;
  now: () => number;
  /** URLs per sitemap: SITEMAP_MAX_URLS but in tests. */
  pageSize: number;
};

/**
 * An answer's validators from its bytes: a sitemap is exactly its list of URLs
 * and dates. Up to 50,000 URLs, too many to name: every write of a visible
 * article (`edits`) and every rename (`refs`, URLs hold section paths) purges it.
 */
function validated(xml: string, lastModified: number[], now: number) {
  return { xml, etag: digestEtag(xml), lastModified: lastModified.reduce((a, b) => Math.max(a, b), 0) || now, surrogateKeys: [KEYS.edits, KEYS.refs] };
}

export const sectionSitemapUrl = (publicUrl: string, sectionId: string, page: number) =>
  `${publicUrl}/sitemaps/sections/${sectionId}/${page}.xml`;

/** /sitemap.xml: every page of every section's sitemap that has visible articles. */
export function sitemapIndex(deps: SitemapDeps) {
  const now = deps.now();
  const pages = deps.sitemaps.pages(now, deps.pageSize);
  const items = pages.map((p) => ({ url: sectionSitemapUrl(deps.publicUrl, p.sectionId, p.page + 1), lastModified: p.lastModified }));
  return validated(renderIndex(items), items.map((i) => i.lastModified), now);
}

const toUrl = (publicUrl: string) => (e: SitemapEntry) => ({
  url: readerUrl(publicUrl, e), lastModified: e.lastModified, image: e.heroImage === null ? null : JSON.parse(e.heroImage),
});

/** One page (1-based) of the visible articles filed in a section itself; sub-sections have their own. */
export function sectionSitemap(deps: SitemapDeps, idOrPath: string, page: number) {
  const now = deps.now();
  const section = found(deps.sections.find(idOrPath), 'Section');
  const entries = deps.sitemaps.page(section.id, page - 1, now, deps.pageSize);
  if (page > 1 && entries.length === 0) throw new NotFound('Sitemap page');
  const items = entries.map(toUrl(deps.publicUrl));
  return validated(renderUrlSet(items), items.map((i) => i.lastModified), now);
}

/** /sitemap-news.xml: visible articles first published in the last two days, newest first. */
export function newsSitemap(deps: SitemapDeps) {
  const now = deps.now();
  const entries = deps.sitemaps.news(now, now - NEWS_WINDOW_MS, NEWS_MAX_URLS);
  const items = entries.map((e) => ({ url: readerUrl(deps.publicUrl, e), title: e.title, lang: e.lang, publishedAt: e.publishedAt }));
  return validated(renderNews(items, deps.publication), entries.map((e) => e.lastModified), now);
}
