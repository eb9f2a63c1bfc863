import type { Article } from '../articles/schemas.js';
import { authorUrl, type HeroImage } from '../feeds/service.js';
import type { SectionRef } from '../sections/schemas.js';
import type { Publisher } from './publisher.js';
import type { NewsArticle } from './schemas.js';

/** schema.org NewsArticle for an article's page, as JSON-LD. */
export function toNewsArticle(article: Article, publicUrl: string, publisher: Pick<Publisher, 'name' | 'logo'>): NewsArticle {
  const hero = article.heroImage as HeroImage | null;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${article.url}#article`,
    headline: article.title!,
    description: article.standfirst!,
    url: article.url!,
    ...(hero ? { image: [hero.url] } : {}),
    ...(article.firstPublishedAt ? { datePublished: article.firstPublishedAt } : {}),
    dateModified: article.updatedAt!,
    author: article.authors!.map((a) => ({ '@type': 'Person', name: a.name, url: authorUrl(publicUrl, a.slug) })),
    publisher: {
      '@type': 'Organization',
      name: publisher.name,
      ...(publisher.logo ? { logo: { '@type': 'ImageObject', url: publisher.logo } } : {}),
    },
    mainEntityOfPage: { '@type': 'WebPage', '@id': article.url! },
    articleSection: (article.section as SectionRef).name,
    inLanguage: article.lang!,
    wordCount: article.wordCount!,
    ...(article.tags!.length ? { keywords: article.tags!.map((t) => t.name) } : {}),
  };
}
