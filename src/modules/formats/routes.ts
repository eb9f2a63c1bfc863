import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { problems } from '../../lib/problem.js';
import { cacheHeaders, notModifiedResponse } from '../../lib/schemas.js';
import { publisherOf } from './publisher.js';
import { sendNinjs } from './reply.js';
import { NINJS_TYPE } from './schemas.js';

const Params = Type.Object({ idOrSlug: Type.String({ maxLength: 200, description: 'The article id (`art_…`), slug or a former slug.' }) });

export function formatDeps(ctx: AppContext) {
  const { repos, config } = ctx;
  return { articles: repos.articles, links: repos.links, publicUrl: config.PUBLIC_URL, now: ctx.now, publisher: publisherOf(config) };
}

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const deps = formatDeps(ctx);

  app.get('/articles/:idOrSlug/ninjs', {
    schema: {
      operationId: 'getArticleNinjs', summary: 'An article as IPTC ninjs 2.2', tags: ['formats'],
      description: 'The same as `GET /v1/articles/{idOrSlug}` with `Accept: application/ninjs+json`. '
        + 'Visibility is the article\'s: withheld, canceled and embargoed articles only reach preview keys, with their `pubstatus` and `embargoed`.',
      params: Params,
      response: {
        200: { description: 'The article as a ninjs news item.', headers: cacheHeaders, content: { [NINJS_TYPE]: { schema: Type.Ref('Ninjs') } } },
        304: notModifiedResponse,
        ...problems(401, 403, 404),
      },
    },
  }, async function ninjs(request, reply) {
    return sendNinjs(request, reply, deps, request.params.idOrSlug, false);
  });
};

export default routes;
