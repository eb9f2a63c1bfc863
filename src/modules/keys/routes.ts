import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app.js';
import { problems } from '../../lib/problem.js';
import { ApiKeyCreateSchema } from './schemas.js';
import { createKey, revokeKey, toKeyMetadata } from './service.js';

const tags = ['keys'];
const config = { scope: 'admin' as const };

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const deps = { keys: ctx.repos.keys, now: ctx.now };

  app.get('/keys', {
    config,
    schema: {
      operationId: 'listKeys', summary: 'List API keys (never their secrets)', tags,
      response: { 200: Type.Object({ data: Type.Array(Type.Ref('ApiKey')) }), ...problems(401, 403) },
    },
  }, async () => ({ data: ctx.repos.keys.list().map(toKeyMetadata) }));

  app.post('/keys', {
    config,
    schema: {
      operationId: 'createKey', summary: 'Create an API key; its secret is in the answer, once', tags,
      body: ApiKeyCreateSchema,
      response: { 201: Type.Ref('NewApiKey'), ...problems(400, 401, 403, 413, 415) },
    },
  }, async (request, reply) => reply.code(201).send(createKey(deps, request.body)));

  app.delete('/keys/:id', {
    config,
    schema: {
      operationId: 'revokeKey', summary: 'Revoke an API key: it stops working at once', tags,
      params: Type.Object({ id: Type.String({ maxLength: 40 }) }),
      response: { 200: Type.Ref('ApiKey'), ...problems(400, 401, 403, 404, 413, 415) },
    },
  }, async (request) => revokeKey(deps, request.params.id));
};

export default routes;
