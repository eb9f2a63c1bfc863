// The ceilings, bare Fastify in its own process with the same framework
// settings. `GET /hello` answers {"hello":"world"}: what the framework does
// at best. Every other request is answered with the bytes Kiosque sent for
// it (status, headers and body, recorded by bench/run.ts and loaded with
// `PUT /__bench/answers`), so a scenario's ceiling costs what sending its
// answers costs and nothing else; a request whose If-None-Match names the
// recorded ETag gets a 304 with the headers Kiosque's 304 had.
import Fastify, { type FastifyReply, type FastifyRequest } from 'fastify';

/** What Kiosque answered to one request (`METHOD /path?query`). */
export interface Answer {
  key: string;
  status: number;
  headers: Record<string, string>;
  /** Base64, as it travels in JSON. */
  body: string;
  /** The headers of Kiosque's 304 for the same request, when the load revalidates. */
  notModified?: Record<string, string>;
}

const app = Fastify({ logger: false });
let answers = new Map<string, { status: number; headers: Record<string, string>; body: Buffer; notModified?: Record<string, string> }>();

app.get('/hello', async () => ({ hello: 'world' }));
app.put('/__bench/answers', { bodyLimit: 512 * 1024 * 1024 }, async (request: FastifyRequest<{ Body: Answer[] }>) => {
  answers = new Map(request.body.map((a) => [a.key, { ...a, body: Buffer.from(a.body, 'base64') }]));
  return { answers: answers.size };
});
app.all('/*', async (request: FastifyRequest, reply: FastifyReply) => {
  const answer = answers.get(`${request.method} ${request.url}`);
  if (!answer) return reply.code(404).send({ error: `no answer recorded for ${request.method} ${request.url}` });
  if (answer.notModified && request.headers['if-none-match'] === answer.headers.etag) return reply.code(304).headers(answer.notModified).send();
  return reply.code(answer.status).headers(answer.headers).send(answer.body);
});
await app.listen({ port: Number(process.env.PORT ?? 3999), host: '127.0.0.1' });
