import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { problems } from '../../lib/problem.js';
import { ApiKeyCreateSchema } from './schemas.js';
import { createKey, keyUsage, revokeKey, toKeyMetadata } from './service.js';

const tags = ['keys'];
const config = { scope: 'admin' as const };

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const deps = { keys: ctx.repos.keys, sections: ctx.repos.sections, flushUsage: () => ctx.keyUsage.flush(), now: ctx.now };
  const Id = Type.Object({ id: Type.String({ maxLength: 40 }) });

  app.get('/keys', {
    config,
    schema: {
      operationId: 'listKeys', summary: 'List API keys (never their secrets)', tags,
      description: 'Every key, revoked ones included, with its scopes, entitlements and last use. Needs an `admin` key.',
      response: { 200: Type.Object({ data: Type.Array(Type.Ref('ApiKey')) }), ...problems(401, 403) },
    },
  }, async () => {
    await ctx.keyUsage.flush();
    return { data: (await ctx.repos.keys.list()).map(toKeyMetadata) };
  });

  app.get('/keys/:id', {
    config,
    schema: {
      operationId: 'getKey', summary: 'An API key with its requests per day', tags,
      description: 'Its metadata and the requests it made on each of the last 30 UTC days (counted in memory, written every 10 s).',
      params: Id,
      response: { 200: Type.Ref('ApiKeyWithUsage'), ...problems(401, 403, 404) },
    },
  }, async (request) => keyUsage(deps, request.params.id));

  app.post('/keys', {
    config,
    schema: {
      operationId: 'createKey', summary: 'Create an API key; its secret is in the answer, once', tags,
      description: 'The secret (`key`) is shown in this answer only; Kiosque stores its SHA-256. A `content:read` key may carry partner entitlements: sections, a field allow-list, embargo access and its own rate limit.',
      body: ApiKeyCreateSchema,
      response: { 201: Type.Ref('NewApiKey'), ...problems(400, 401, 403, 413, 415) },
    },
  }, async (request, reply) => reply.code(201).send(await createKey(deps, request.body)));

  app.delete('/keys/:id', {
    config,
    schema: {
      operationId: 'revokeKey', summary: 'Revoke an API key: it stops working at once', tags,
      description: 'The key is refused (401) from the next request on; it stays listed, with `revokedAt`.',
      params: Id,
      response: { 200: Type.Ref('ApiKey'), ...problems(400, 401, 403, 404, 413, 415) },
    },
  }, async (request) => revokeKey(deps, request.params.id));
};

export default routes;
