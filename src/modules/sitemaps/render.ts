import { xmlDocument } from '../../lib/xml.js';
import type { HeroImage } from '../feeds/service.js';

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

const w3c = (ms: number) => new Date(ms).toISOString();
const lastmod = (ms: number | undefined) => (ms === undefined ? {} : { lastmod: w3c(ms) });

/** Dates are left out (`lastModified` undefined) for a partner key that does not receive them. */
export interface IndexItem { url: string; lastModified?: number }
export interface UrlItem { url: string; lastModified?: number; image: HeroImage | null }
export interface NewsItem { url: string; title: string; lang: string; publishedAt: number }

/** A sitemap index (sitemaps.org 0.9). */
export function renderIndex(items: IndexItem[]): string {
  return xmlDocument({
    sitemapindex: { '@xmlns': SITEMAP_NS, sitemap: items.map((i) => ({ loc: i.url, ...lastmod(i.lastModified) })) },
  });
}

/** A sitemap of article URLs, each with its hero image (Google's image extension). */
export function renderUrlSet(items: UrlItem[]): string {
  return xmlDocument({
    urlset: {
      '@xmlns': SITEMAP_NS, '@xmlns:image': IMAGE_NS,
      url: items.map((i) => ({
        loc: i.url, ...lastmod(i.lastModified), ...(i.image ? { 'image:image': { 'image:loc': i.image.url } } : {}),
      })),
    },
  });
}

/** A Google News sitemap: publication name and language, publication date and title. */
export function renderNews(items: NewsItem[], publication: string): string {
  return xmlDocument({
    urlset: {
      '@xmlns': SITEMAP_NS, '@xmlns:news': NEWS_NS,
      url: items.map((i) => ({
        loc: i.url,
        'news:news': {
          'news:publication': { 'news:name': publication, 'news:language': i.lang },
          'news:publication_date': w3c(i.publishedAt),
          'news:title': i.title,
        },
      })),
    },
  });
}
