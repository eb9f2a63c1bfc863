import { Type } from 'typebox';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppContext } from '../../context.js';
import { validate } from '../../lib/http.js';
import { problems } from '../../lib/problem.js';
import { cacheHeaders, notModifiedResponse } from '../../lib/schemas.js';
import { PopularList, PopularQuery } from './schemas.js';
import { countView, listPopular } from './service.js';

const tags = ['popular'];
const Params = Type.Object({ idOrSlug: Type.String({ maxLength: 200, description: 'The article id (`art_…`), slug or a former slug.' }) });

const routes: FastifyPluginAsyncTypebox<{ ctx: AppContext }> = async (app, { ctx }) => {
  const beacon = { views: app.views, now: ctx.now };
  const read = { articles: ctx.repos.articles, links: ctx.repos.links, views: ctx.repos.views, publicUrl: ctx.config.PUBLIC_URL, now: ctx.now };

  // The beacon takes no body, but navigator.sendBeacon(url, data) sends one of any type:
  // in this scope every body is accepted and left unread rather than refused with a 415.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', function ignoreBody(_request, _payload, done) {
    done(null);
  });

  app.post('/articles/:idOrSlug/views', {
    // The most frequent request of all, and the cheapest: two access-log lines would cost it a third
    // of its throughput. Warnings and errors are still logged.
    config: { ignoresBody: true, accessLog: false },
    schema: {
      operationId: 'recordView', summary: 'Count a view of an article (the reader beacon)', tags,
      description: 'Call it once per page view, e.g. with `navigator.sendBeacon`; any body is ignored. '
        + 'It answers 202 at once whatever happens: views of unknown or invisible articles, and requests '
        + 'from obvious bots (by User-Agent, or without one), are dropped silently. Counts are kept in memory '
        + 'and written to hourly buckets in batches, every few seconds.',
      params: Params,
      response: {
        202: { type: 'null', description: 'Accepted; the view is counted if it should be.' },
        ...problems(400, 401, 403),
      },
    },
  // Synchronous: an async handler returning `reply` has it awaited as a thenable (listeners on the response).
  }, function recordView(request, reply) {
    countView(beacon, request.params.idOrSlug, request.headers['user-agent']);
    reply.code(202).header('cache-control', 'no-store').send(undefined as never);
  });

  app.get('/popular', {
    config: { cache: 'views', cacheClass: 'list' },
    schema: {
      operationId: 'listPopular', summary: 'The most read articles over a window', tags,
      description: 'Visible articles ranked by the views counted in the window, most read first; ties go to the '
        + 'newest. `section` (id or path) includes its sub-sections. Views reach the ranking within one flush '
        + 'interval (5 s by default).',
      querystring: PopularQuery,
      response: {
        200: { ...PopularList, headers: cacheHeaders },
        304: notModifiedResponse,
        ...problems(400, 401, 403),
      },
    },
  }, async function popular(request, reply) {
    const { data, etag, lastModified, surrogateKeys } = await listPopular(read, request.query, request.reader);
    await validate(request, reply, { etag, lastModified, surrogateKeys });
    return { data, meta: { window: request.query.window, limit: request.query.limit } };
  });
};

export default routes;
