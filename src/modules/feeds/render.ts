import { xmlDocument, type XmlElement } from '../../lib/xml.js';
import type { FeedItem, FeedModel } from './service.js';
import type { JsonFeed } from './schemas.js';

const NS = {
  '@xmlns:atom': 'http://www.w3.org/2005/Atom',
  '@xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  '@xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  '@xmlns:media': 'http://search.yahoo.com/mrss/',
};

const imageTypes: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', avif: 'image/avif', svg: 'image/svg+xml',
};

/** The media type of an image from its URL's extension; enclosures must name one. */
export function imageType(url: string): string {
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1].toLowerCase();
  return (ext && imageTypes[ext]) ?? 'application/octet-stream';
}

const rfc822 = (ms: number) => new Date(ms).toUTCString();
const rfc3339 = (ms: number) => new Date(ms).toISOString();
const text = (value: string) => ({ '@type': 'text', '#text': value });

/** RFC 5005 paging: self, first, and next unless this is the last page. */
function pagingLinks(feed: FeedModel, type: string): XmlElement[] {
  const links = [{ '@rel': 'self', '@type': type, '@href': feed.selfUrl }, { '@rel': 'first', '@type': type, '@href': feed.firstUrl }];
  if (feed.nextUrl) links.push({ '@rel': 'next', '@type': type, '@href': feed.nextUrl });
  return links;
}

function rssImage(image: NonNullable<FeedItem['image']>): XmlElement {
  const { url, width, height, alt, caption, credit } = image;
  return {
    // The byte length is unknown: 0 is the usual value then (RSS requires the attribute).
    enclosure: { '@url': url, '@length': '0', '@type': imageType(url) },
    'media:content': {
      '@url': url, '@medium': 'image', '@type': imageType(url),
      ...(width ? { '@width': width } : {}), ...(height ? { '@height': height } : {}),
      'media:description': { '@type': 'plain', '#text': caption ?? alt },
      ...(credit ? { 'media:credit': credit } : {}),
    },
  };
}

// What a partner key does not receive is left out of every format: an item keeps its id, and what each
// format requires (an RSS title or description, an Atom title, link and date) falls back to a neutral value.

function rssItem(item: FeedItem): XmlElement {
  return {
    ...(item.title !== undefined && { title: item.title }),
    ...(item.url !== undefined && { link: item.url }),
    guid: { '@isPermaLink': 'false', '#text': item.id },
    ...(item.published !== undefined && { pubDate: rfc822(item.published) }),
    // RSS wants a title or a description.
    ...(item.summary !== undefined || item.title === undefined ? { description: item.summary ?? '' } : {}),
    ...(item.html !== null ? { 'content:encoded': item.html } : {}),
    // RSS's <author> wants an e-mail address: bylines go in dc:creator, as feed readers expect.
    'dc:creator': item.authors.map((a) => a.name),
    category: item.tags.map((tag) => ({ '@domain': tag.url, '#text': tag.name })),
    ...(item.image ? rssImage(item.image) : {}),
  };
}

/** RSS 2.0, with atom:link for self and paging, content:encoded, dc:creator and Media RSS. */
export function renderRss(feed: FeedModel): string {
  const logo = feed.publisher.logo;
  return xmlDocument({
    rss: {
      '@version': '2.0', ...NS,
      channel: {
        title: feed.title,
        link: feed.homeUrl,
        description: feed.description,
        language: feed.language,
        copyright: feed.publisher.rights,
        lastBuildDate: rfc822(feed.updated),
        generator: 'Kiosque',
        'atom:link': pagingLinks(feed, 'application/rss+xml'),
        ...(logo ? { image: { url: logo, title: feed.title, link: feed.homeUrl } } : {}),
        item: feed.items.map(rssItem),
      },
    },
  });
}

function atomEntry(item: FeedItem, feed: FeedModel): XmlElement {
  // Atom requires an alternate link (the API URL stands in for the reader URL), a title and an updated date.
  const links: XmlElement[] = [{ '@rel': 'alternate', '@type': 'text/html', '@href': item.url ?? item.id }];
  if (item.image) links.push({ '@rel': 'enclosure', '@type': imageType(item.image.url), '@href': item.image.url, '@title': item.image.alt });
  return {
    ...(item.lang !== undefined && { '@xml:lang': item.lang }),
    id: item.id,
    title: text(item.title ?? ''),
    link: links,
    ...(item.published !== undefined && { published: rfc3339(item.published) }),
    updated: rfc3339(item.updated ?? item.published ?? feed.updated),
    author: item.authors.map((a) => ({ name: a.name, uri: a.url })),
    category: item.tags.map((tag) => ({ '@term': tag.slug, '@label': tag.name, '@scheme': feed.tagScheme })),
    ...(item.summary !== undefined && { summary: text(item.summary) }),
    ...(item.html !== null ? { content: { '@type': 'html', '#text': item.html } } : {}),
  };
}

/** Atom 1.0 (RFC 4287) with RFC 5005 paging links; the publisher is the feed's author. */
export function renderAtom(feed: FeedModel): string {
  return xmlDocument({
    feed: {
      '@xmlns': 'http://www.w3.org/2005/Atom',
      '@xml:lang': feed.language,
      id: feed.id,
      title: text(feed.title),
      subtitle: text(feed.description),
      updated: rfc3339(feed.updated),
      // Entries without a byline fall back to the feed's author: RFC 4287 §4.1.1 requires one.
      author: { name: feed.publisher.name, uri: feed.homeUrl },
      rights: text(feed.publisher.rights),
      generator: 'Kiosque',
      ...(feed.publisher.logo ? { logo: feed.publisher.logo } : {}),
      link: [{ '@rel': 'alternate', '@type': 'text/html', '@href': feed.homeUrl }, ...pagingLinks(feed, 'application/atom+xml')],
      entry: feed.items.map((item) => atomEntry(item, feed)),
    },
  });
}

/** JSON Feed 1.1. */
export function renderJsonFeed(feed: FeedModel): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.selfUrl,
    description: feed.description,
    ...(feed.publisher.logo ? { icon: feed.publisher.logo } : {}),
    language: feed.language,
    ...(feed.nextUrl ? { next_url: feed.nextUrl } : {}),
    authors: [{ name: feed.publisher.name, url: feed.homeUrl }],
    items: feed.items.map((item) => ({
      id: item.id,
      ...(item.url !== undefined && { url: item.url }),
      ...(item.title !== undefined && { title: item.title }),
      ...(item.summary !== undefined && { summary: item.summary }),
      // JSON Feed requires content: the summary stands in for the body, or nothing at all.
      ...(item.html !== null ? { content_html: item.html } : { content_text: item.summary ?? '' }),
      ...(item.image ? { image: item.image.url } : {}),
      ...(item.published !== undefined && { date_published: rfc3339(item.published) }),
      ...(item.updated !== undefined && { date_modified: rfc3339(item.updated) }),
      authors: item.authors,
      tags: item.tags.map((t) => t.name),
      ...(item.lang !== undefined && { language: item.lang }),
    })),
  };
}
