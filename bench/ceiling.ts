// The ceiling: a bare Fastify route with the same framework settings and a
// JSON body of similar size to an article, in its own process.
import Fastify from 'fastify';

const body = { id: 'art_x', title: 'x'.repeat(80), body: { html: '<p>' + 'mot '.repeat(1500) + '</p>' } };
const app = Fastify({ logger: false });
app.get('/ceiling', async () => body);
await app.listen({ port: Number(process.env.PORT ?? 3999), host: '127.0.0.1' });
