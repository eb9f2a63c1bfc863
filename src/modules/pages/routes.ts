import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { validate } from '../../lib/http.js';
import { problems } from '../../lib/problem.js';
import { cacheHeaders, notModifiedResponse } from '../../lib/schemas.js';
import { getArticlePage } from './service.js';
import { PageQuerySchema } from './schemas.js';
import { publisherOf } from '../formats/publisher.js';

const description = `Everything a front end needs to render a reader's article page, in one request:
the breadcrumb, title, standfirst, byline and dates, the table of contents ("Sommaire"), the body,
the related articles ("Actualité") and the most read ("Populaires"). Each part also has its own
endpoint. One ETag covers the whole page: it changes when any part does.`;

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { repos } = ctx;
  const deps = {
    articles: repos.articles, links: repos.links, related: repos.related, search: repos.search, sections: repos.sections, views: repos.views,
    publicUrl: ctx.config.PUBLIC_URL, now: ctx.now, publisher: publisherOf(ctx.config),
  };

  app.get('/pages/articles/:slug', {
    config: { cache: 'views' },
    schema: {
      operationId: 'getArticlePage', summary: 'The whole reader page of an article, in one response', description, tags: ['pages'],
      params: Type.Object({ slug: Type.String({ maxLength: 200, description: 'The article slug (or id, or a former slug).' }) }),
      querystring: PageQuerySchema,
      response: { 200: { ...Type.Ref('ArticlePage'), headers: cacheHeaders }, 304: notModifiedResponse, ...problems(400, 401, 403, 404) },
    },
  }, async function articlePage(request, reply) {
    const { page, etag, lastModified, surrogateKeys } = await getArticlePage(deps, request.params.slug, request.query, request.reader);
    await validate(request, reply, { etag, lastModified, surrogateKeys });
    return page;
  });
};

export default routes;
