import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { validate } from '../../lib/http.js';
import { problems } from '../../lib/problem.js';
import { cacheHeaders, notModifiedResponse } from '../../lib/schemas.js';
import { getRelated } from './service.js';

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const deps = { articles: ctx.repos.articles, links: ctx.repos.links, related: ctx.repos.related, search: ctx.repos.search, publicUrl: ctx.config.PUBLIC_URL, now: ctx.now };

  app.get('/articles/:idOrSlug/related', {
    // Scores are decayed as at the start of the hour: the answer holds for the hour.
    config: { cache: 'hourly' },
    schema: {
      operationId: 'listRelatedArticles', summary: 'Related articles: curated links first, then automatic matches', tags: ['articles'],
      description: 'Automatic matches share tags (rarer tags weigh more), the section, and words of the title and standfirst; '
        + 'their score decays with age (30-day half-life). Only articles readers can see are ever listed. Candidates are '
        + 'computed when the article, or an article sharing a tag with it, is written (within about a second), with the '
        + 'rarity of tags and words at that moment; only the decay and who may see them are applied when read.',
      params: Type.Object({ idOrSlug: Type.String({ maxLength: 200 }) }),
      querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 20, default: 6 }) }),
      response: {
        200: { ...Type.Object({ data: Type.Array(Type.Ref('RelatedItem')) }), headers: cacheHeaders },
        304: notModifiedResponse,
        ...problems(400, 401, 403, 404),
      },
    },
  }, async function related(request, reply) {
    const { data, etag, lastModified, surrogateKeys } = await getRelated(deps, request.params.idOrSlug, request.query.limit, request.reader);
    await validate(request, reply, { etag, lastModified, surrogateKeys });
    return { data };
  });
};

export default routes;
