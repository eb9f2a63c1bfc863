import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { page, purgeKeys, validateData } from '../../lib/http.js';
import { KEYS } from '../../lib/keys.js';
import { problems } from '../../lib/problem.js';
import { cachedRead, IfMatchHeaders, ListQuery, Page, purgeHeaders } from '../../lib/schemas.js';
import { TagCreateSchema, TagPatchSchema } from './schemas.js';
import * as tags from './service.js';

const Tag = Type.Ref('Tag');
const Params = Type.Object({ idOrSlug: Type.String({ maxLength: 200, description: 'The tag id (`tag_…`) or slug.' }) });
const openapiTags = ['tags'];

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const deps = { tags: ctx.repos.tags, cursors: ctx.cursors };
  const write = { transaction: ctx.transaction, now: ctx.now };

  app.get('/tags', {
    config: { cacheClass: 'list' },
    schema: {
      operationId: 'listTags', summary: 'List tags, alphabetically', tags: openapiTags,
      description: 'Every tag, by name, paged by cursor. `type` maps to ninjs subjects, people, organisations, places and events.',
      querystring: Type.Object(ListQuery),
      response: { ...cachedRead(Page(Tag)), ...problems(400, 401, 403) },
    },
  }, async function listTags(request, reply) {
    const { data, nextCursor } = await tags.listTags(deps, request.query.limit, request.query.cursor);
    await validateData(request, reply, data, [KEYS.tags], String(nextCursor));
    return page(request, reply, data, request.query.limit, nextCursor);
  });

  app.get('/tags/:idOrSlug', {
    schema: {
      operationId: 'getTag', summary: 'Get a tag by id or slug', tags: openapiTags,
      description: 'A tag\'s articles are at `GET /v1/articles?tag={idOrSlug}`, the feed at `/v1/feeds/tags/{idOrSlug}/{format}`.',
      params: Params, response: { ...cachedRead(Tag), ...problems(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const found = await tags.getTag(deps, request.params.idOrSlug);
    await validateData(request, reply, found, [found.id]);
    return found;
  });

  app.post('/tags', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'createTag', summary: 'Create a tag', tags: openapiTags,
      description: 'The slug is made from the name unless given.',
      body: TagCreateSchema, response: { 201: { ...Tag, headers: purgeHeaders }, ...problems(400, 401, 403, 409, 413, 415) },
    },
  }, async (request, reply) => reply.code(201).send(purgeKeys(reply, await tags.createTag(write, request.body))));

  app.patch('/tags/:idOrSlug', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'updateTag', summary: 'Change some fields of a tag', tags: openapiTags,
      description: 'Honours `If-Match`. Renaming a tag updates the search index of its articles.',
      params: Params, headers: IfMatchHeaders, body: TagPatchSchema,
      response: { 200: { ...Tag, headers: purgeHeaders }, ...problems(400, 401, 403, 404, 409, 412, 413, 415) },
    },
  }, async (request, reply) => purgeKeys(reply, await tags.updateTag(write, request.params.idOrSlug, request.body, request.headers['if-match'])));

  app.delete('/tags/:idOrSlug', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'deleteTag', summary: 'Delete a tag no article carries', tags: openapiTags,
      description: 'A tag still on an article is a 409 `IN_USE`. Honours `If-Match`.',
      params: Params, headers: IfMatchHeaders,
      response: { 204: { ...Type.Null(), headers: purgeHeaders }, ...problems(400, 401, 403, 404, 409, 412, 413, 415) },
    },
  }, async (request, reply) => {
    purgeKeys(reply, await tags.deleteTag(write, request.params.idOrSlug, request.headers['if-match']));
    return reply.code(204).send(null);
  });
};

export default routes;
