import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { unlimitedProblems } from '../../lib/problem.js';
import { sendProblem } from '../../plugins/errors.js';

const Status = Type.Object({ status: Type.String() });

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  app.get('/healthz', {
    schema: {
      operationId: 'getHealth', summary: 'Liveness: the process answers', tags: ['health'],
      description: 'For liveness probes: 200 while the process answers. Never rate limited nor shed under load.',
      response: { 200: Status, ...unlimitedProblems(401) },
    },
  }, async () => ({ status: 'ok' }));

  app.get('/readyz', {
    schema: {
      operationId: 'getReadiness', summary: 'Readiness: the database answers', tags: ['health'],
      description: 'For readiness probes and load balancers: 200 once the database answers a query, 503 `NOT_READY` otherwise.',
      response: { 200: Status, ...unlimitedProblems(401, 503) },
    },
  }, async function readiness(request, reply) {
    try {
      await ctx.db.ping();
    } catch (error) {
      request.log.error({ err: error }, 'readiness check failed');
      reply.header('retry-after', '5');
      return sendProblem(request, reply, { status: 503, code: 'NOT_READY', detail: 'The database does not answer.' });
    }
    return { status: 'ready' };
  });
};

export default routes;
