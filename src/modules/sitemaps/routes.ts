import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { validate } from '../../lib/http.js';
import { problems } from '../../lib/problem.js';
import { cacheHeaders, notModifiedResponse } from '../../lib/schemas.js';
import { newsSitemap, sectionSitemap, SITEMAP_MAX_URLS, sitemapIndex, type SitemapDeps } from './service.js';

const tags = ['sitemaps'];
const XML = 'application/xml; charset=utf-8';
const xmlResponse = (description: string) => ({
  200: { description, headers: cacheHeaders, content: { 'application/xml': { schema: { type: 'string' } } } },
  304: notModifiedResponse,
});
// Sitemaps show what anonymous readers see; with KIOSQUE_ANONYMOUS_READ=false they need a key like the rest.
const config = { scope: 'content:read', cache: 'content' } as const;

async function send(request: FastifyRequest, reply: FastifyReply, answer: Awaited<ReturnType<typeof sitemapIndex>>) {
  const { xml, ...validators } = answer;
  await validate(request, reply, validators);
  return reply.type(XML).send(xml);
}

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext; pageSize?: number }> = async (app, { ctx, pageSize }) => {
  const deps: SitemapDeps = {
    sitemaps: ctx.repos.sitemaps, sections: ctx.repos.sections, publicUrl: ctx.config.PUBLIC_URL,
    publication: ctx.config.KIOSQUE_PUBLISHER_NAME, now: ctx.now, pageSize: pageSize ?? SITEMAP_MAX_URLS,
  };

  app.get('/sitemap.xml', {
    config,
    schema: {
      operationId: 'getSitemapIndex', summary: 'The sitemap index: every section sitemap page', tags,
      description: 'Lists `/sitemaps/sections/{sectionId}/{page}.xml` for each section with visible articles, 50,000 URLs a page, with the latest change of each.',
      response: { ...xmlResponse('A sitemaps.org 0.9 sitemap index.'), ...problems(401, 403) },
    },
  }, async function index(request, reply) {
    return send(request, reply, await sitemapIndex(deps, request.reader));
  });

  app.get('/sitemaps/sections/:section/:page.xml', {
    config,
    schema: {
      operationId: 'getSectionSitemap', summary: 'One page of a section\'s sitemap', tags,
      description: 'The visible articles filed in the section itself (sub-sections have their own), oldest first, so new articles fill the last page.',
      params: Type.Object({
        section: Type.String({ minLength: 1, maxLength: 300, description: 'The section id (or path, `/` written `%2F`).' }),
        page: Type.Integer({ minimum: 1, maximum: 100_000, description: 'From 1.' }),
      }),
      response: { ...xmlResponse('A sitemaps.org 0.9 urlset, with image:image for hero images.'), ...problems(400, 401, 403, 404) },
    },
  }, async function sectionPage(request, reply) {
    return send(request, reply, await sectionSitemap(deps, request.params.section, request.params.page, request.reader));
  });

  app.get('/sitemap-news.xml', {
    // Articles age out of it as time passes, not only on writes: computed on every request (1,000 rows at most).
    config: { ...config, cache: false },
    schema: {
      operationId: 'getNewsSitemap', summary: 'The Google News sitemap: the last two days', tags,
      description: 'Visible articles first published in the last 48 hours, newest first, at most 1,000, with the publication (KIOSQUE_PUBLISHER_NAME) and the article language.',
      response: { ...xmlResponse('A sitemaps.org urlset with the Google News extension.'), ...problems(401, 403) },
    },
  }, async function news(request, reply) {
    return send(request, reply, await newsSitemap(deps, request.reader));
  });
};

export default routes;
