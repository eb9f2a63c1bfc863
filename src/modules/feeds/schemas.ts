import { Type, type Static } from 'typebox';

export const feedFormats = ['rss', 'atom', 'json'] as const;
export type FeedFormat = (typeof feedFormats)[number];

export const mediaTypes: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

/** Items per page of a feed: a feed reader wants the latest few, a partner pages with `cursor`. */
export const FEED_LIMIT = { default: 20, max: 100 };

export const FeedQuery = Type.Object({
  limit: Type.Integer({ minimum: 1, maximum: FEED_LIMIT.max, default: FEED_LIMIT.default, description: 'Items per page.' }),
  cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 2048, description: 'From the `next` link of the previous page.' })),
});
export type FeedQuery = Static<typeof FeedQuery>;

export const FeedLinksSchema = Type.Object({
  rss: Type.String({ description: 'RSS 2.0' }),
  atom: Type.String({ description: 'Atom 1.0' }),
  json: Type.String({ description: 'JSON Feed 1.1' }),
}, { $id: 'FeedLinks', title: 'FeedLinks', description: 'Absolute URLs of the same feed in each format.' });
export type FeedLinks = Static<typeof FeedLinksSchema>;

const JsonFeedAuthor = Type.Object({ name: Type.String(), url: Type.Optional(Type.String()) });

export const JsonFeedSchema = Type.Object({
  version: Type.Literal('https://jsonfeed.org/version/1.1'),
  title: Type.String(),
  home_page_url: Type.String(),
  feed_url: Type.String(),
  description: Type.String(),
  icon: Type.Optional(Type.String()),
  language: Type.String(),
  next_url: Type.Optional(Type.String({ description: 'The next (older) page; absent on the last page.' })),
  authors: Type.Array(JsonFeedAuthor),
  items: Type.Array(Type.Object({
    id: Type.String({ description: 'Permanent: the article\'s API URL by id.' }),
    // Each part an article field gives is left out for a partner key whose `fields` do not name it.
    url: Type.Optional(Type.String({ description: 'The reader URL.' })),
    title: Type.Optional(Type.String()),
    summary: Type.Optional(Type.String()),
    content_html: Type.Optional(Type.String({ description: 'The full body, where the caller is entitled to bodies.' })),
    content_text: Type.Optional(Type.String({ description: 'The summary again, when the body is not included.' })),
    image: Type.Optional(Type.String()),
    date_published: Type.Optional(Type.String()),
    date_modified: Type.Optional(Type.String()),
    authors: Type.Array(JsonFeedAuthor),
    tags: Type.Array(Type.String()),
    language: Type.Optional(Type.String()),
  })),
}, { $id: 'JsonFeed', title: 'JsonFeed', description: 'JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/).' });
export type JsonFeed = Static<typeof JsonFeedSchema>;

export const FeedIndexSchema = Type.Object({
  site: Type.Ref('FeedLinks'),
  templates: Type.Object({
    section: Type.String(),
    tag: Type.String(),
    author: Type.String(),
  }, { description: 'URI templates (RFC 6570) of the other feeds; `{format}` is rss, atom or json.' }),
  sitemaps: Type.Object({ index: Type.String(), news: Type.String() }),
}, { $id: 'FeedIndex', title: 'FeedIndex' });

