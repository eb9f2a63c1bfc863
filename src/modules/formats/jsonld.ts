import type { Article } from '../articles/schemas.js';
import { articleUri, authorUrl, type HeroImage } from '../feeds/service.js';
import type { SectionRef } from '../sections/schemas.js';
import type { Publisher } from './publisher.js';
import type { NewsArticle } from './schemas.js';

/**
 * schema.org NewsArticle for an article's page, as JSON-LD, made of what the
 * article shows: a representation cut to a partner's fields gives a node
 * without the parts it lacks (its `@id` is then the article's API URL).
 */
export function toNewsArticle(article: Article, publicUrl: string, publisher: Pick<Publisher, 'name' | 'logo'>): NewsArticle {
  const hero = article.heroImage as HeroImage | null | undefined;
  const section = article.section as SectionRef | undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${article.url ?? articleUri(publicUrl, article.id!)}#article`,
    ...(article.title !== undefined && { headline: article.title }),
    ...(article.standfirst !== undefined && { description: article.standfirst }),
    ...(article.url !== undefined && { url: article.url, mainEntityOfPage: { '@type': 'WebPage', '@id': article.url } }),
    ...(hero ? { image: [hero.url] } : {}),
    ...(article.firstPublishedAt ? { datePublished: article.firstPublishedAt } : {}),
    ...(article.updatedAt !== undefined && { dateModified: article.updatedAt }),
    ...(article.authors !== undefined && {
      author: article.authors.map((a) => ({ '@type': 'Person', name: a.name, url: authorUrl(publicUrl, a.slug) })),
    }),
    publisher: {
      '@type': 'Organization',
      name: publisher.name,
      ...(publisher.logo ? { logo: { '@type': 'ImageObject', url: publisher.logo } } : {}),
    },
    ...(section !== undefined && { articleSection: section.name }),
    ...(article.lang !== undefined && { inLanguage: article.lang }),
    ...(article.wordCount !== undefined && { wordCount: article.wordCount }),
    ...(article.tags?.length ? { keywords: article.tags.map((t) => t.name) } : {}),
  };
}

/**
 * JSON-LD as text to put as is between `<script type="application/ld+json">`
 * and `</script>`: `<`, `>` and `&` are escaped (`</script>` or `<!--` in a
 * title would end or break the script), and so are U+2028 and U+2029, which
 * older JavaScript parsers take for line ends. JSON parsers read the escapes
 * back as the same characters.
 */
export function jsonLdScript(node: NewsArticle): string {
  return JSON.stringify(node).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
