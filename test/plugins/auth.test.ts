import { request } from 'node:http';
import t from 'tap';
import { admin, isProblem, makeApp } from '../helpers.js';

t.test('two Authorization headers are a 400, whichever comes first', async (t) => {
  const { app } = await makeApp(t);
  // Node's parser keeps the first Authorization header and drops the others: only a real socket shows it.
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  const send = (headers: string[]) => new Promise<{ status: number; body: string }>((resolve, reject) => {
    // Raw headers: a list of names and values, so that one name may repeat (Node then adds no Host of its own).
    const raw = ['Host', `127.0.0.1:${port}`, ...headers.flatMap((value) => ['Authorization', value])];
    const req = request({ port, host: '127.0.0.1', path: '/v1/sections', headers: raw }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
  for (const pair of [[admin.authorization, 'Bearer kq_other'], ['Bearer kq_other', admin.authorization], [admin.authorization, admin.authorization]]) {
    const res = await send(pair);
    t.equal(res.status, 400);
    t.match(JSON.parse(res.body), { code: 'DUPLICATE_AUTHORIZATION', detail: 'The request has more than one Authorization header' });
  }
  t.equal((await send([admin.authorization])).status, 200, 'one is fine');
  t.equal((await send([])).status, 200, 'and none');
});

t.test('refusals still come before any handler and the response cache', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'false' });
  t.equal((await app.inject({ url: '/v1/sections', headers: admin })).statusCode, 200, 'cached for readers with a key');
  isProblem(t, await app.inject({ url: '/v1/sections' }), 401, 'UNAUTHORIZED');
  isProblem(t, await app.inject({ url: '/v1/sections', headers: { authorization: 'Bearer nope' } }), 401, 'UNAUTHORIZED');
  isProblem(t, await app.inject({ url: '/healthz', headers: { authorization: 'Bearer nope' } }), 401, 'UNAUTHORIZED');
});
