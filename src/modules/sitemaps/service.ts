import type { Repositories } from '../../db/repositories.js';
import { NotFound } from '../../lib/errors.js';
import { receives, suggestionsFor, type Reader } from '../../lib/reader.js';
import { readableSection } from '../sections/service.js';
import type { HeroImage } from '../feeds/service.js';
import { digestEtag } from '../../lib/http.js';
import { KEYS } from '../../lib/keys.js';
import { readerUrl } from '../articles/representation.js';
import { renderIndex, renderNews, renderUrlSet } from './render.js';

/** The sitemaps.org limit of URLs in one sitemap (and of sitemaps in an index). */
export const SITEMAP_MAX_URLS = 50_000;
/** Google News sitemaps: at most 1,000 URLs, of articles published in the last two days. */
export const NEWS_MAX_URLS = 1000;
export const NEWS_WINDOW_MS = 2 * 24 * 3_600_000;

export type SitemapDeps = {
  sitemaps: Repositories['sitemaps'];
  sections: Pick<Repositories['sections'], 'find' | 'lineage'>;
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
function validated(xml: string, lastModified: (number | undefined)[], now: number) {
  const latest = lastModified.reduce<number>((a, b) => Math.max(a, b ?? 0), 0);
  return { xml, etag: digestEtag(xml), lastModified: latest || now, surrogateKeys: [KEYS.edits, KEYS.refs] };
}

export const sectionSitemapUrl = (publicUrl: string, sectionId: string, page: number) =>
  `${publicUrl}/sitemaps/sections/${sectionId}/${page}.xml`;

/**
 * What of a sitemap a reader receives: what the public sees of its sections (a
 * partner's only); an entry only with its URL (a partner key without `url` gets
 * empty sitemaps), its date and image only with `updatedAt` and `heroImage`.
 */
function partsFor(reader: Reader, now: number) {
  return {
    audience: suggestionsFor(reader, now), urls: receives(reader, 'url'),
    dated: (ms: number) => (receives(reader, 'updatedAt') ? ms : undefined),
    image: (json: string | null) => (json !== null && receives(reader, 'heroImage') ? JSON.parse(json) as HeroImage : null),
  };
}

/** /sitemap.xml: every page of every section's sitemap that has visible articles. */
export async function sitemapIndex(deps: SitemapDeps, reader: Reader) {
  const now = deps.now();
  const parts = partsFor(reader, now);
  const pages = parts.urls ? await deps.sitemaps.pages(parts.audience, deps.pageSize) : [];
  const items = pages.map((p) => ({ url: sectionSitemapUrl(deps.publicUrl, p.sectionId, p.page + 1), lastModified: parts.dated(p.lastModified) }));
  return validated(renderIndex(items), items.map((i) => i.lastModified), now);
}

/** One page (1-based) of the visible articles filed in a section itself; sub-sections have their own. */
export async function sectionSitemap(deps: SitemapDeps, idOrPath: string, page: number, reader: Reader) {
  const now = deps.now();
  const parts = partsFor(reader, now);
  const section = await readableSection(deps, idOrPath, reader);
  const entries = parts.urls ? await deps.sitemaps.page(section.id, page - 1, parts.audience, deps.pageSize) : [];
  if (page > 1 && entries.length === 0) throw new NotFound('Sitemap page');
  const items = entries.map((e) => ({ url: readerUrl(deps.publicUrl, e), lastModified: parts.dated(e.lastModified), image: parts.image(e.heroImage) }));
  return validated(renderUrlSet(items), items.map((i) => i.lastModified), now);
}

/** /sitemap-news.xml: visible articles first published in the last two days, newest first (each needs its URL, title, date and language). */
export async function newsSitemap(deps: SitemapDeps, reader: Reader) {
  const now = deps.now();
  const parts = partsFor(reader, now);
  const complete = parts.urls && ['title', 'publishedAt', 'lang'].every((field) => receives(reader, field));
  const entries = complete ? await deps.sitemaps.news(parts.audience, now - NEWS_WINDOW_MS, NEWS_MAX_URLS) : [];
  const items = entries.map((e) => ({ url: readerUrl(deps.publicUrl, e), title: e.title, lang: e.lang, publishedAt: e.publishedAt }));
  return validated(renderNews(items, deps.publication), entries.map((e) => parts.dated(e.lastModified)), now);
}
