import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { linkNext, purgeKeys, validate } from '../../lib/http.js';
import { problems } from '../../lib/problem.js';
import { cacheHeaders, IfMatchHeaders, ListQuery, notModifiedResponse, purgeHeaders, StrictObject } from '../../lib/schemas.js';
import { getFront, pinArticles } from './service.js';

const Params = Type.Object({ idOrPath: Type.String({ maxLength: 300, description: 'Section id or path (`/` written `%2F`).' }) });
const tags = ['sections'];

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const { repos } = ctx;
  const deps = {
    articles: repos.articles, links: repos.links, sections: repos.sections, tags: repos.tags, authors: repos.authors, related: repos.related,
    publicUrl: ctx.config.PUBLIC_URL, now: ctx.now, cursors: ctx.cursors,
  };
  const write = { transaction: ctx.transaction, publicUrl: ctx.config.PUBLIC_URL, now: ctx.now, cursors: ctx.cursors };

  app.get('/sections/:idOrPath/front', {
    config: { cacheClass: 'list' },
    schema: {
      operationId: 'getSectionFront', summary: 'A section front: breadcrumb, children, pinned and latest articles', tags,
      description: 'The section with its children and breadcrumb, the articles an editor pinned (first page only, published ones, in order) and the latest articles of the section and its sub-sections, pinned ones left out. Paged by cursor.',
      params: Params, querystring: Type.Object({ ...ListQuery }),
      response: { 200: { ...Type.Ref('SectionFront'), headers: cacheHeaders }, 304: notModifiedResponse, ...problems(400, 401, 403, 404) },
    },
  }, async function front(request, reply) {
    const { front, etag, lastModified, surrogateKeys } = await getFront(deps, request.params.idOrPath, request.query, request.reader);
    await validate(request, reply, { etag, lastModified, surrogateKeys });
    linkNext(request, reply, front.meta.nextCursor);
    return front;
  });

  app.put('/sections/:idOrPath/pins', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'pinSectionArticles', summary: 'Replace the articles pinned to the top of a section front', tags,
      description: 'Pinned articles must be published; the write bumps the section\'s version.',
      params: Params, headers: IfMatchHeaders,
      body: StrictObject({ articleIds: Type.Array(Type.String({ maxLength: 200 }), { maxItems: 20 }) }),
      response: { 200: { ...Type.Ref('SectionFront'), headers: purgeHeaders }, ...problems(400, 401, 403, 404, 412, 413, 415) },
    },
  }, async (request, reply) => purgeKeys(reply, await pinArticles(write, request.params.idOrPath, request.body.articleIds, request.headers['if-match'])));
};

export default routes;
