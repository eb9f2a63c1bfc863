import { declare, serialize, xmlDocument, type XmlNode } from '../../lib/xml.js';
import type { FeedItem, FeedModel } from './service.js';
import type { JsonFeed } from './schemas.js';

const ATOM = 'http://www.w3.org/2005/Atom';
const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const NS = {
  atom: ATOM,
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
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

function pagingLinks(feed: FeedModel): { rel: string; href: string }[] {
  const links = [{ rel: 'self', href: feed.selfUrl }, { rel: 'first', href: feed.firstUrl }];
  if (feed.nextUrl) links.push({ rel: 'next', href: feed.nextUrl });
  return links;
}

function rssItem(channel: XmlNode, item: FeedItem): void {
  const el = channel.ele('item');
  el.ele('title').txt(item.title);
  el.ele('link').txt(item.url);
  el.ele('guid', { isPermaLink: 'false' }).txt(item.id);
  el.ele('pubDate').txt(rfc822(item.published));
  el.ele('description').txt(item.summary);
  if (item.html !== null) el.ele(NS.content, 'content:encoded').txt(item.html);
  // RSS's <author> wants an e-mail address: bylines go in dc:creator, as feed readers expect.
  for (const author of item.authors) el.ele(NS.dc, 'dc:creator').txt(author.name);
  for (const tag of item.tags) el.ele('category', { domain: tag.url }).txt(tag.name);
  if (item.image) {
    const { url, width, height, alt, caption, credit } = item.image;
    // The byte length is unknown: 0 is the usual value when it is (RSS requires the attribute).
    el.ele('enclosure', { url, length: '0', type: imageType(url) });
    const media = el.ele(NS.media, 'media:content', { url, medium: 'image', type: imageType(url) });
    if (width) media.att('width', String(width));
    if (height) media.att('height', String(height));
    media.ele(NS.media, 'media:description', { type: 'plain' }).txt(caption ?? alt);
    if (credit) media.ele(NS.media, 'media:credit').txt(credit);
  }
}

/** RSS 2.0, with atom:link for self and paging, content:encoded, dc:creator and Media RSS. */
export function renderRss(feed: FeedModel): string {
  const doc = xmlDocument();
  const rss = doc.ele('rss', { version: '2.0' });
  for (const [prefix, uri] of Object.entries(NS)) declare(rss, prefix, uri);
  const channel = rss.ele('channel');
  channel.ele('title').txt(feed.title);
  channel.ele('link').txt(feed.homeUrl);
  channel.ele('description').txt(feed.description);
  channel.ele('language').txt(feed.language);
  channel.ele('copyright').txt(feed.publisher.rights);
  channel.ele('lastBuildDate').txt(rfc822(feed.updated));
  channel.ele('generator').txt('Kiosque');
  for (const link of pagingLinks(feed)) {
    channel.ele(ATOM, 'atom:link', { rel: link.rel, href: link.href, type: 'application/rss+xml' });
  }
  if (feed.publisher.logo) {
    channel.ele('image').ele('url').txt(feed.publisher.logo).up().ele('title').txt(feed.title).up().ele('link').txt(feed.homeUrl);
  }
  for (const item of feed.items) rssItem(channel, item);
  return serialize(doc);
}

function atomEntry(root: XmlNode, item: FeedItem, tagScheme: string): void {
  const entry = root.ele('entry');
  entry.att(XML_NS, 'xml:lang', item.lang);
  entry.ele('id').txt(item.id);
  entry.ele('title', { type: 'text' }).txt(item.title);
  entry.ele('link', { rel: 'alternate', type: 'text/html', href: item.url });
  if (item.image) entry.ele('link', { rel: 'enclosure', type: imageType(item.image.url), href: item.image.url, title: item.image.alt });
  entry.ele('published').txt(rfc3339(item.published));
  entry.ele('updated').txt(rfc3339(item.updated));
  for (const author of item.authors) entry.ele('author').ele('name').txt(author.name).up().ele('uri').txt(author.url);
  for (const tag of item.tags) entry.ele('category', { term: tag.slug, label: tag.name, scheme: tagScheme });
  entry.ele('summary', { type: 'text' }).txt(item.summary);
  if (item.html !== null) entry.ele('content', { type: 'html' }).txt(item.html);
}

/** Atom 1.0 (RFC 4287) with RFC 5005 paging links; the publisher is the feed's author. */
export function renderAtom(feed: FeedModel): string {
  const doc = xmlDocument();
  const root = doc.ele(ATOM, 'feed');
  root.att(XML_NS, 'xml:lang', feed.language);
  root.ele('id').txt(feed.id);
  root.ele('title', { type: 'text' }).txt(feed.title);
  root.ele('subtitle', { type: 'text' }).txt(feed.description);
  root.ele('updated').txt(rfc3339(feed.updated));
  // Entries without a byline fall back to the feed's author, as RFC 4287 §4.1.1 requires one.
  root.ele('author').ele('name').txt(feed.publisher.name).up().ele('uri').txt(feed.homeUrl);
  root.ele('rights', { type: 'text' }).txt(feed.publisher.rights);
  root.ele('generator').txt('Kiosque');
  if (feed.publisher.logo) root.ele('logo').txt(feed.publisher.logo);
  root.ele('link', { rel: 'alternate', type: 'text/html', href: feed.homeUrl });
  for (const link of pagingLinks(feed)) root.ele('link', { rel: link.rel, type: 'application/atom+xml', href: link.href });
  for (const item of feed.items) atomEntry(root, item, feed.tagScheme);
  return serialize(doc);
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
      url: item.url,
      title: item.title,
      summary: item.summary,
      ...(item.html !== null ? { content_html: item.html } : { content_text: item.summary }),
      ...(item.image ? { image: item.image.url } : {}),
      date_published: rfc3339(item.published),
      date_modified: rfc3339(item.updated),
      authors: item.authors,
      tags: item.tags.map((t) => t.name),
      language: item.lang,
    })),
  };
}
