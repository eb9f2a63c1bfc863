import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { problems } from '../../lib/problem.js';
import { listChanges } from './service.js';

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const deps = { changes: ctx.repos.changes, cursors: ctx.cursors };

  app.get('/changes', {
    // The feed grows without a write through this process (schedules coming due): never cached.
    config: { cache: false },
    schema: {
      operationId: 'listChanges', summary: 'The change feed: every write of content, in commit order', tags: ['changes'],
      description: 'Start without `since` (from the first change) or with `since=latest` (from now on), then pass '
        + '`meta.nextCursor` as `since`. Each change appears exactly once, in commit order, deletions included. '
        + 'Callers without `content:preview` only see changes of articles readers could see before or after them, and a partner '
        + 'key only those of its sections; cursors only move over what the caller sees.',
      querystring: Type.Object({
        since: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'A `cursor` or `meta.nextCursor` of this feed, or `latest`.' })),
        limit: Type.Integer({ minimum: 1, maximum: 500, default: 100 }),
      }),
      response: {
        200: { ...Type.Ref('ChangePage'), headers: { 'cache-control': { type: 'string' }, link: { type: 'string' } } },
        ...problems(400, 401, 403),
      },
    },
  }, async function changes(request, reply) {
    const page = await listChanges(deps, request.query, request.reader);
    if (page.meta.hasMore) {
      reply.header('link', `</v1/changes?since=${page.meta.nextCursor}&limit=${page.meta.limit}>; rel="next"`);
    }
    return reply.header('cache-control', 'private, no-store').send(page);
  });
};

export default routes;
