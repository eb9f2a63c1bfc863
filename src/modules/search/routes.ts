import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { page, validate } from '../../lib/http.js';
import { problems } from '../../lib/problem.js';
import { cacheHeaders, notModifiedResponse } from '../../lib/schemas.js';
import { SearchPageSchema, SearchQuerySchema } from './schemas.js';
import { searchArticles } from './service.js';


const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const deps = {
    search: ctx.repos.search, articles: ctx.repos.articles, links: ctx.repos.links, publicUrl: ctx.config.PUBLIC_URL, now: ctx.now,
    cursors: ctx.cursors,
  };

  app.get('/search', {
    config: { cacheClass: 'list' },
    schema: {
      operationId: 'searchArticles', summary: 'Search published articles, best match first', tags: ['search'],
      description: 'French-aware full-text search over titles, standfirsts, bodies, tag and author names. '
        + 'Only published, visible articles are searched. Filters are those of `GET /v1/articles`; results come with a '
        + 'snippet of the body and the article as in the list. A query with nothing to look for is a 400 `INVALID_QUERY`.',
      querystring: SearchQuerySchema,
      response: {
        200: { ...SearchPageSchema, headers: cacheHeaders },
        304: notModifiedResponse,
        ...problems(400, 401, 403),
      },
    },
  }, async function search(request, reply) {
    const { data, nextCursor, query, etag, lastModified, surrogateKeys } = await searchArticles(deps, request.query, request.reader);
    await validate(request, reply, { etag, lastModified, surrogateKeys });
    const body = page(request, reply, data, request.query.limit, nextCursor);
    return { ...body, meta: { ...body.meta, query } };
  });
};

export default routes;
