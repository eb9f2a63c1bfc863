import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { page, purgeKeys, validateData } from '../../lib/http.js';
import { KEYS } from '../../lib/keys.js';
import { problems } from '../../lib/problem.js';
import { cachedRead, IfMatchHeaders, ListQuery, Page, purgeHeaders } from '../../lib/schemas.js';
import { SectionCreateSchema, SectionPatchSchema } from './schemas.js';
import * as sections from './service.js';

const Section = Type.Ref('Section');
const Params = Type.Object({
  idOrPath: Type.String({ maxLength: 300, description: 'The section id (`sec_…`) or its path, with `/` written `%2F` (`actualites%2Fia`).' }),
});
const tags = ['sections'];

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const deps = { sections: ctx.repos.sections, publicUrl: ctx.config.PUBLIC_URL, cursors: ctx.cursors };
  const write = { transaction: ctx.transaction, now: ctx.now, publicUrl: ctx.config.PUBLIC_URL };

  app.get('/sections', {
    config: { cacheClass: 'list' },
    schema: {
      operationId: 'listSections', summary: 'List sections in tree order (by path)', tags,
      description: 'Every section of the tree, parents before children. Each section advertises its feeds.',
      querystring: Type.Object(ListQuery),
      response: { ...cachedRead(Page(Section)), ...problems(400, 401, 403) },
    },
  }, async function listSections(request, reply) {
    const { data, nextCursor } = await sections.listSections(deps, request.query.limit, request.query.cursor, request.reader);
    await validateData(request, reply, data, [KEYS.sections], String(nextCursor));
    return page(request, reply, data, request.query.limit, nextCursor);
  });

  app.get('/sections/:idOrPath', {
    schema: {
      operationId: 'getSection', summary: 'Get a section by id or path, with its parent and children', tags,
      description: 'A path\'s slashes are written `%2F`. The answer names the parent and the children, in `position` order.',
      params: Params, response: { ...cachedRead(Section), ...problems(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const found = await sections.getSection(deps, request.params.idOrPath, request.reader);
    await validateData(request, reply, found, [found.id, KEYS.refs]);
    return found;
  });

  app.post('/sections', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'createSection', summary: 'Create a section', tags,
      description: '`parentId` (an id or a path) files it under another section; its `path` is the parents\' slugs and its own, joined by `/`.',
      body: SectionCreateSchema, response: { 201: { ...Section, headers: purgeHeaders }, ...problems(400, 401, 403, 409, 413, 415) },
    },
  }, async (request, reply) => reply.code(201).send(purgeKeys(reply, await sections.createSection(write, request.body))));

  app.patch('/sections/:idOrPath', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'updateSection', summary: 'Change a section; moving it moves its sub-sections', tags,
      description: 'Honours `If-Match`. A new slug or parent changes the path of the section and of every sub-section, and so the reader URLs of their articles.',
      params: Params, headers: IfMatchHeaders, body: SectionPatchSchema,
      response: { 200: { ...Section, headers: purgeHeaders }, ...problems(400, 401, 403, 404, 409, 412, 413, 415) },
    },
  }, async (request, reply) => purgeKeys(reply, await sections.updateSection(write, request.params.idOrPath, request.body, request.headers['if-match'])));

  app.delete('/sections/:idOrPath', {
    config: { scope: 'content:write' },
    schema: {
      operationId: 'deleteSection', summary: 'Delete a section with no sub-sections and no articles', tags,
      description: 'A section that still has sub-sections or articles is a 409 `IN_USE`: move or delete them first. Honours `If-Match`.',
      params: Params, headers: IfMatchHeaders,
      response: { 204: { ...Type.Null(), headers: purgeHeaders }, ...problems(400, 401, 403, 404, 409, 412, 413, 415) },
    },
  }, async (request, reply) => {
    purgeKeys(reply, await sections.deleteSection(write, request.params.idOrPath, request.headers['if-match']));
    return reply.code(204).send(null);
  });
};

export default routes;
