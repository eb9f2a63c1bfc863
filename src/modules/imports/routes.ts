import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { validate } from '../../lib/http.js';
import { problems } from '../../lib/problem.js';
import { cachedRead } from '../../lib/schemas.js';
import { findRedirect } from './service.js';

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const deps = { articles: ctx.repos.articles, links: ctx.repos.links, imports: ctx.repos.imports, publicUrl: ctx.config.PUBLIC_URL, now: ctx.now };

  app.get('/redirects', {
    schema: {
      operationId: 'findRedirect', summary: 'Where an old URL of an imported article leads', tags: ['articles'],
      description: 'For a front end or a CDN that receives a request for a URL of the old site (a WordPress permalink such as '
        + '`/2019/03/12/mon-article/`, or `/?p=123`): the article it was, and its reader URL to redirect to. `path` may be the '
        + 'path or the whole old URL; percent-encoding, a trailing slash and other query parameters do not matter. Old slugs '
        + 'resolve on `GET /v1/articles/{idOrSlug}` already.',
      querystring: Type.Object({ path: Type.String({ minLength: 1, maxLength: 2000, description: 'The old path or URL.' }) }),
      response: { ...cachedRead(Type.Ref('Redirect')), ...problems(400, 401, 403, 404) },
    },
  }, async function redirect(request, reply) {
    const found = await findRedirect(deps, request.query.path, request.reader);
    await validate(request, reply, found);
    return found.redirect;
  });
};

export default routes;
