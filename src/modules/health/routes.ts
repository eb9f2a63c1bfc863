import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app.js';
import { problems } from '../../lib/problem.js';

const Status = Type.Object({ status: Type.String() });

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/healthz', {
    schema: { operationId: 'getHealth', summary: 'Liveness: the process answers', tags: ['health'], response: { 200: Status } },
  }, async () => ({ status: 'ok' }));

  app.get('/readyz', {
    schema: {
      operationId: 'getReadiness', summary: 'Readiness: the database answers', tags: ['health'],
      response: { 200: Status, ...problems(503) },
    },
  }, async function readiness() {
    ctx.repos.health.ping();
    return { status: 'ready' };
  });
};

export default routes;
