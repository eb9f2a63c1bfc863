import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { problems } from '../../lib/problem.js';
import { cachedRead, IfMatchHeaders, purgeHeaders } from '../../lib/schemas.js';
import { purgeKeys, validate } from '../../lib/http.js';
import { revisionsKept } from '../../config.js';
import { LinksPutSchema } from './schemas.js';
import { listLinks, replaceLinks } from './service.js';

const Links = Type.Object({ data: Type.Array(Type.Ref('RelatedLink')) });
const tags = ['links'];
const Params = Type.Object({ idOrSlug: Type.String({ maxLength: 200, description: 'The article id (`art_…`) or slug.' }) });

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const deps = { articles: ctx.repos.articles, links: ctx.repos.links, publicUrl: ctx.config.PUBLIC_URL, now: ctx.now };
  // Links are part of the article's version: their writes are kept in its history too.
  const write = { transaction: ctx.transaction, publicUrl: ctx.config.PUBLIC_URL, now: ctx.now, keep: revisionsKept(ctx.config) };

  app.get('/articles/:idOrSlug/links', {
    schema: {
      operationId: 'listArticleLinks', summary: 'The curated related links of an article, in order', tags,
      description: 'Internal links carry their target article\'s id, slug, title, url and standfirst; links to articles a reader cannot see are left out. Not paged: an article has at most a few dozen.',
      params: Params,
      response: { ...cachedRead(Links), ...problems(400, 401, 403, 404) },
    },
  }, async function links(request, reply) {
    const { data, ...validators } = await listLinks(deps, request.params.idOrSlug, request.reader);
    await validate(request, reply, validators);
    return { data };
  });

  app.put('/articles/:idOrSlug/links', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'replaceArticleLinks', summary: 'Replace the ordered related links of an article', tags,
      description: 'Internal links must name published articles; the write bumps the article\'s version.',
      params: Params, headers: IfMatchHeaders, body: LinksPutSchema,
      response: { 200: { ...Links, headers: purgeHeaders }, ...problems(400, 401, 403, 404, 412, 413, 415) },
    },
  }, async (request, reply) => ({
    data: purgeKeys(reply, await replaceLinks(write, request.principal!, request.params.idOrSlug, request.body.links, request.headers['if-match'])),
  }));
};

export default routes;
