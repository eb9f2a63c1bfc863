// The ceiling: a bare Fastify route with the same framework settings and a
// JSON body of similar size to an article, in its own process. It also
// answers what a bare server can do at best for two of the scenarios: a
// revalidation (an ETag compared, a 304) and a beacon (a POST answered 202).
import Fastify from 'fastify';

const body = { id: 'art_x', title: 'x'.repeat(80), body: { html: '<p>' + 'mot '.repeat(1500) + '</p>' } };
const etag = '"1-ceiling"';
const app = Fastify({ logger: false });
app.get('/ceiling', async (request, reply) => {
  reply.header('etag', etag);
  if (request.headers['if-none-match'] === etag) return reply.code(304).send();
  return body;
});
app.post('/ceiling/views', async (_request, reply) => reply.code(202).send());
await app.listen({ port: Number(process.env.PORT ?? 3999), host: '127.0.0.1' });
