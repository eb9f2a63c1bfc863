import type { Article } from '../articles/schemas.js';
import { imageType } from '../feeds/render.js';
import { articleUri, tagUrl, type HeroImage } from '../feeds/service.js';
import type { Publisher } from './publisher.js';
import type { Ninjs } from './schemas.js';

/** Where each tag type goes in ninjs. */
const conceptProperty = {
  topic: 'subjects', person: 'people', organisation: 'organisations', place: 'places', event: 'events',
} as const;

export interface NinjsInput {
  /** The article as the caller receives it: cut to a partner's fields, every part made of a missing field is left out. */
  article: Article;
  /** The body as HTML and as text, with its word count, or null when the caller does not get bodies. */
  body: { html: string; text: string; wordCount: number } | null;
  publicUrl: string;
  publisher: Publisher;
  now: number;
}

function concepts(article: Article, publicUrl: string): Partial<Ninjs> {
  const out: Partial<Record<(typeof conceptProperty)[keyof typeof conceptProperty], NonNullable<Ninjs['subjects']>>> = {};
  for (const tag of article.tags ?? []) {
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

function bodies(body: NonNullable<NinjsInput['body']>): NonNullable<Ninjs['bodies']> {
  // Both count the text a reader reads, not the markup around it.
  const charcount = [...body.text].length;
  return [
    { role: 'main', contenttype: 'text/html', value: body.html, charcount, wordcount: body.wordCount },
    { role: 'main', contenttype: 'text/plain', value: body.text, charcount, wordcount: body.wordCount },
  ];
}

/** Headlines and descriptions: the title and standfirst, and their SEO versions. */
function texts(article: Article): Pick<Ninjs, 'headlines' | 'descriptions'> {
  const headlines = article.title === undefined ? [] : [{ role: 'main', value: article.title }];
  if (article.seo?.title) headlines.push({ role: 'seo', value: article.seo.title });
  const descriptions = article.standfirst === undefined ? [] : [{ role: 'summary', contenttype: 'text/plain', value: article.standfirst }];
  if (article.seo?.description) descriptions.push({ role: 'seo', contenttype: 'text/plain', value: article.seo.description });
  return { ...(headlines.length > 0 && { headlines }), ...(descriptions.length > 0 && { descriptions }) };
}

/** When and how the item stands: version, dates, status and language, each as the caller receives it. */
function state(a: Article, now: number): Partial<Ninjs> {
  return {
    ...(a.version !== undefined && { version: String(a.version) }),
    ...(a.createdAt !== undefined && { firstcreated: a.createdAt }),
    ...(a.updatedAt !== undefined && { versioncreated: a.updatedAt }),
    ...(a.pubStatus !== undefined && { pubstatus: a.pubStatus }),
    ...(a.embargoUntil && Date.parse(a.embargoUntil) > now ? { embargoed: a.embargoUntil } : {}),
    ...(a.lang !== undefined && { language: a.lang }),
    ...(a.slug !== undefined && { slugline: a.slug }),
  };
}

/** One article as an IPTC ninjs 2.2 news item. */
export function toNinjs({ article, body, publicUrl, publisher, now }: NinjsInput): Ninjs {
  const dated = article.firstPublishedAt ?? article.createdAt;
  return {
    uri: articleUri(publicUrl, article.id!),
    type: 'text',
    representationtype: body ? 'full' : 'partial',
    standard: { name: 'ninjs', version: '2.2', schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json' },
    ...state(article, now),
    ...texts(article),
    ...(body ? { bodies: bodies(body) } : {}),
    ...(article.authors?.length ? { by: article.authors.map((a) => a.name).join(', ') } : {}),
    ...concepts(article, publicUrl),
    ...(article.heroImage ? { associations: featureImage(article.heroImage as HeroImage) } : {}),
    infosources: [{ name: publisher.name, role: 'publisher' }],
    copyrightholder: publisher.copyrightHolder,
    copyrightnotice: dated ? `© ${new Date(dated).getUTCFullYear()} ${publisher.copyrightHolder}` : `© ${publisher.copyrightHolder}`,
    usageterms: publisher.usageTerms,
    altids: [{ role: 'kiosque-id', value: article.id! }, ...(article.url !== undefined ? [{ role: 'url', value: article.url }] : [])],
  };
}
