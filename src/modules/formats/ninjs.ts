import { iso } from '../../lib/http.js';
import type { Article } from '../articles/schemas.js';
import type { ArticleWithSection } from '../articles/repository.js';
import { imageType } from '../feeds/render.js';
import { articleUri, tagUrl, type HeroImage } from '../feeds/service.js';
import type { Publisher } from './publisher.js';
import type { Ninjs } from './schemas.js';

/** Where each tag type goes in ninjs. */
const conceptProperty = {
  topic: 'subjects', person: 'people', organisation: 'organisations', place: 'places', event: 'events',
} as const;

export interface NinjsInput {
  article: Article;
  row: ArticleWithSection;
  /** The body as HTML and as text, or null when the caller does not get bodies. */
  body: { html: string; text: string } | null;
  publicUrl: string;
  publisher: Publisher;
  now: number;
}

function concepts(article: Article, publicUrl: string): Partial<Ninjs> {
  const out: Partial<Record<(typeof conceptProperty)[keyof typeof conceptProperty], NonNullable<Ninjs['subjects']>>> = {};
  for (const tag of article.tags!) {
    const property = conceptProperty[tag.type as keyof typeof conceptProperty];
    (out[property] ??= []).push({ name: tag.name, uri: tagUrl(publicUrl, tag.slug), literal: tag.slug });
  }
  return out;
}

function featureImage(image: HeroImage): NonNullable<Ninjs['associations']> {
  const descriptions = [{ role: 'alt', contenttype: 'text/plain', value: image.alt }];
  if (image.caption) descriptions.push({ role: 'caption', contenttype: 'text/plain', value: image.caption });
  return [{
    name: 'featureimage', uri: image.url, type: 'picture', descriptions,
    ...(image.credit ? { by: image.credit } : {}),
    renditions: [{
      name: 'original', href: image.url, contenttype: imageType(image.url),
      ...(image.width ? { width: image.width } : {}), ...(image.height ? { height: image.height } : {}),
    }],
  }];
}

function bodies(body: NonNullable<NinjsInput['body']>, wordcount: number): NonNullable<Ninjs['bodies']> {
  // Both count the text a reader reads, not the markup around it.
  const charcount = [...body.text].length;
  return [
    { role: 'main', contenttype: 'text/html', value: body.html, charcount, wordcount },
    { role: 'main', contenttype: 'text/plain', value: body.text, charcount, wordcount },
  ];
}

/** One article as an IPTC ninjs 2.2 news item. */
export function toNinjs({ article, row, body, publicUrl, publisher, now }: NinjsInput): Ninjs {
  const headlines = [{ role: 'main', value: row.title }];
  if (row.seoTitle) headlines.push({ role: 'seo', value: row.seoTitle });
  const descriptions = [{ role: 'summary', contenttype: 'text/plain', value: article.standfirst! }];
  if (row.seoDescription) descriptions.push({ role: 'seo', contenttype: 'text/plain', value: row.seoDescription });
  const year = new Date(row.firstPublishedAt ?? row.createdAt).getUTCFullYear();
  return {
    uri: articleUri(publicUrl, row.id),
    type: 'text',
    representationtype: body ? 'full' : 'partial',
    standard: { name: 'ninjs', version: '2.2', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' },
    version: String(row.version),
    firstcreated: iso(row.createdAt),
    versioncreated: iso(row.updatedAt),
    pubstatus: row.pubStatus,
    ...(row.embargoUntil !== null && row.embargoUntil > now ? { embargoed: iso(row.embargoUntil) } : {}),
    language: row.lang,
    slugline: row.slug,
    headlines,
    descriptions,
    ...(body ? { bodies: bodies(body, row.wordCount) } : {}),
    ...(article.authors!.length ? { by: article.authors!.map((a) => a.name).join(', ') } : {}),
    ...concepts(article, publicUrl),
    ...(article.heroImage ? { associations: featureImage(article.heroImage as HeroImage) } : {}),
    infosources: [{ name: publisher.name, role: 'publisher' }],
    copyrightholder: publisher.copyrightHolder,
    copyrightnotice: `© ${year} ${publisher.copyrightHolder}`,
    usageterms: publisher.usageTerms,
    altids: [{ role: 'kiosque-id', value: row.id }, { role: 'url', value: article.url! }],
  };
}
