import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { digestEtag, validate } from '../../lib/http.js';
import { KEYS } from '../../lib/keys.js';
import { problems } from '../../lib/problem.js';
import { cachedRead, cacheHeaders, notModifiedResponse } from '../../lib/schemas.js';
import { publisherOf } from '../formats/publisher.js';
import { includesFullContent } from './access.js';
import { renderAtom, renderJsonFeed, renderRss } from './render.js';
import { FeedQuery, feedFormats, mediaTypes, type FeedFormat } from './schemas.js';
import { buildFeed, feedLinks, type FeedDeps, type FeedScope } from './service.js';

const tags = ['feeds'];
const Format = Type.Enum(feedFormats, { description: '`rss` (RSS 2.0), `atom` (Atom 1.0) or `json` (JSON Feed 1.1).' });
const xml = { schema: { type: 'string' } };
const feedResponse = {
  200: {
    description: 'The feed, newest first, in the format the path names.',
    headers: cacheHeaders,
    content: {
      'application/rss+xml': xml,
      'application/atom+xml': xml,
      'application/feed+json': { schema: Type.Ref('JsonFeed') },
    },
  },
  304: notModifiedResponse,
};

const description = `Only visible articles (published, usable, past any embargo), whatever the key: previews never reach feeds.
Pages follow the \`next\` link (Atom and RSS: \`<link rel="next">\`, JSON Feed: \`next_url\`), as RFC 5005 paged feeds.`;

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { repos, config } = ctx;
  const deps: FeedDeps = {
    articles: repos.articles, links: repos.links, sections: repos.sections, tags: repos.tags, authors: repos.authors,
    publicUrl: config.PUBLIC_URL, publisher: publisherOf(config), now: ctx.now, cursors: ctx.cursors,
  };

  const started = ctx.now();

  async function send(request: FastifyRequest, reply: FastifyReply, scope: FeedScope, format: FeedFormat, query: FeedQuery) {
    const path = request.url.split('?')[0];
    const { feed, ...validators } = await buildFeed(deps, scope, format, path, query, request.reader, includesFullContent(request));
    await validate(request, reply, validators);
    reply.type(mediaTypes[format]);
    return format === 'json' ? renderJsonFeed(feed) : format === 'atom' ? renderAtom(feed) : renderRss(feed);
  }

  app.get('/feeds', {
    schema: {
      operationId: 'listFeeds', summary: 'The site\'s feeds, the templates of the others, and the sitemaps', tags,
      description: 'The URLs of the site\'s RSS, Atom and JSON feeds, URL templates for the feeds of a section, tag or author, and the sitemaps.',
      response: { ...cachedRead(Type.Ref('FeedIndex')), ...problems(401, 403) },
    },
  }, async function feedIndex(request, reply) {
    const base = `${config.PUBLIC_URL}/v1/feeds`;
    const index = {
      site: feedLinks(config.PUBLIC_URL, { kind: 'site' }),
      templates: {
        section: `${base}/sections/{idOrPath}/{format}`, tag: `${base}/tags/{idOrSlug}/{format}`, author: `${base}/authors/{idOrSlug}/{format}`,
      },
      sitemaps: { index: `${config.PUBLIC_URL}/sitemap.xml`, news: `${config.PUBLIC_URL}/sitemap-news.xml` },
    };
    // Made of the configuration alone, which changes only with a restart.
    await validate(request, reply, { etag: digestEtag(JSON.stringify(index)), lastModified: started, surrogateKeys: [KEYS.feeds] });
    return index;
  });

  app.get('/feeds/:format', {
    schema: {
      operationId: 'getSiteFeed', summary: 'The site feed: every section', description, tags,
      params: Type.Object({ format: Format }), querystring: FeedQuery,
      response: { ...feedResponse, ...problems(400, 401, 403) },
    },
  }, async function siteFeed(request, reply) {
    return send(request, reply, { kind: 'site' }, request.params.format, request.query);
  });

  const scoped = [
    ['sections', 'idOrPath', 'getSectionFeed', 'A section\'s feed, its sub-sections included', 'The section id (`sec_…`) or path, with `/` written `%2F`.'],
    ['tags', 'idOrSlug', 'getTagFeed', 'A tag\'s feed', 'The tag id (`tag_…`) or slug.'],
    ['authors', 'idOrSlug', 'getAuthorFeed', 'An author\'s feed', 'The author id (`aut_…`) or slug.'],
  ] as const;
  for (const [kind, param, operationId, summary, about] of scoped) {
    app.get(`/feeds/${kind}/:${param}/:format`, {
      schema: {
        operationId, summary, description, tags,
        params: Type.Object({ [param]: Type.String({ minLength: 1, maxLength: 300, description: about }), format: Format }),
        querystring: FeedQuery,
        response: { ...feedResponse, ...problems(400, 401, 403, 404) },
      },
    }, async function scopedFeed(request, reply) {
      const params = request.params as Record<string, string> & { format: FeedFormat };
      return send(request, reply, { kind, key: params[param] }, params.format, request.query);
    });
  }
};

export default routes;
