import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../app.js';

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (_app, { ctx }) => {
  void ctx;
};

export default routes;
