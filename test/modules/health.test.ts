import t from 'tap';
import { makeApp } from '../helpers.js';

t.test('GET /healthz answers 200 without a key, whatever the database does', async (t) => {
  const { app, db } = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'false' });
  const res = await app.inject({ url: '/healthz' });
  t.equal(res.statusCode, 200);
  t.same(res.json(), { status: 'ok' });
  await db.close();
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'liveness does not depend on the database');
});

t.test('GET /readyz answers 200 when the database answers', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'false' });
  const res = await app.inject({ url: '/readyz' });
  t.equal(res.statusCode, 200);
  t.same(res.json(), { status: 'ready' });
});

t.test('GET /readyz is a 503 NOT_READY problem when the database does not answer', async (t) => {
  const { app, db } = await makeApp(t);
  await db.close();
  const res = await app.inject({ url: '/readyz', headers: { 'x-request-id': 'probe-1' } });
  t.equal(res.statusCode, 503);
  t.match(String(res.headers['content-type']), /^application\/problem\+json/);
  t.equal(res.headers['retry-after'], '5');
  t.same(res.json(), {
    type: 'urn:kiosque:problem:not-ready', title: 'Service Unavailable', status: 503, code: 'NOT_READY',
    detail: 'The database does not answer.', requestId: 'probe-1',
  });
  t.notMatch(res.body, /sqlite|connection is not open|pool/i, 'no internals');
});
