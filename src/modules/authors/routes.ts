import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { page, purgeKeys, validateData } from '../../lib/http.js';
import { KEYS } from '../../lib/keys.js';
import { problems } from '../../lib/problem.js';
import { cachedRead, IfMatchHeaders, ListQuery, Page, purgeHeaders } from '../../lib/schemas.js';
import { AuthorCreateSchema, AuthorPatchSchema } from './schemas.js';
import * as authors from './service.js';

const Author = Type.Ref('Author');
const Params = Type.Object({ idOrSlug: Type.String({ maxLength: 200, description: 'The author id (`aut_…`) or slug.' }) });
const tags = ['authors'];

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const deps = { authors: ctx.repos.authors, cursors: ctx.cursors };
  const write = { transaction: ctx.transaction, now: ctx.now };

  app.get('/authors', {
    config: { cacheClass: 'list' },
    schema: {
      operationId: 'listAuthors', summary: 'List authors, alphabetically', tags,
      description: 'Every author, by name, paged by cursor.',
      querystring: Type.Object(ListQuery),
      response: { ...cachedRead(Page(Author)), ...problems(400, 401, 403) },
    },
  }, async function listAuthors(request, reply) {
    const { data, nextCursor } = await authors.listAuthors(deps, request.query.limit, request.query.cursor);
    await validateData(request, reply, data, [KEYS.authors], String(nextCursor));
    return page(request, reply, data, request.query.limit, nextCursor);
  });

  app.get('/authors/:idOrSlug', {
    schema: {
      operationId: 'getAuthor', summary: 'Get an author by id or slug', tags,
      description: 'An author\'s articles are at `GET /v1/articles?author={idOrSlug}`, the feed at `/v1/feeds/authors/{idOrSlug}/{format}`.',
      params: Params, response: { ...cachedRead(Author), ...problems(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const found = await authors.getAuthor(deps, request.params.idOrSlug);
    await validateData(request, reply, found, [found.id]);
    return found;
  });

  app.post('/authors', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'createAuthor', summary: 'Create an author', tags,
      description: 'The slug is made from the name unless given.',
      body: AuthorCreateSchema, response: { 201: { ...Author, headers: purgeHeaders }, ...problems(400, 401, 403, 409, 413, 415) },
    },
  }, async (request, reply) => reply.code(201).send(purgeKeys(reply, await authors.createAuthor(write, request.body))));

  app.patch('/authors/:idOrSlug', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'updateAuthor', summary: 'Change some fields of an author', tags,
      description: 'Honours `If-Match`. Renaming an author updates the search index of their articles.',
      params: Params, headers: IfMatchHeaders, body: AuthorPatchSchema,
      response: { 200: { ...Author, headers: purgeHeaders }, ...problems(400, 401, 403, 404, 409, 412, 413, 415) },
    },
  }, async (request, reply) => purgeKeys(reply, await authors.updateAuthor(write, request.params.idOrSlug, request.body, request.headers['if-match'])));

  app.delete('/authors/:idOrSlug', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'deleteAuthor', summary: 'Delete an author no article credits', tags,
      description: 'An author still credited on an article is a 409 `IN_USE`. Honours `If-Match`.',
      params: Params, headers: IfMatchHeaders,
      response: { 204: { ...Type.Null(), headers: purgeHeaders }, ...problems(400, 401, 403, 404, 409, 412, 413, 415) },
    },
  }, async (request, reply) => {
    purgeKeys(reply, await authors.deleteAuthor(write, request.params.idOrSlug, request.headers['if-match']));
    return reply.code(204).send(null);
  });
};

export default routes;
