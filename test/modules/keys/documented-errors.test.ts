import t from 'tap';
import { badPathIsDocumented, deleteBodyIsDocumented, documents } from '../../contract.js';
import { create, isProblem, makeApp } from '../../helpers.js';

t.test('a malformed key id, and a body sent with DELETE, are the documented 400, 413 and 415', async (t) => {
  const { app } = await makeApp(t);
  const key = await create(app, '/v1/keys', { name: 'Desk', scopes: ['content:read'] });
  await badPathIsDocumented(t, app, 'DELETE', '/v1/keys/{id}');
  await deleteBodyIsDocumented(t, app, '/v1/keys/{id}', `/v1/keys/${key.id}`);
  const sections = await app.inject({ url: '/v1/sections', headers: { authorization: `Bearer ${key.key}` } });
  t.equal(sections.statusCode, 200, 'none of them revoked it');
});

t.test('public routes document the 401 a malformed or unknown Authorization header gets', async (t) => {
  const { app } = await makeApp(t);
  for (const url of ['/healthz', '/readyz', '/openapi.json']) {
    isProblem(t, await app.inject({ url, headers: { authorization: 'Basic x' } }), 401, 'UNAUTHORIZED');
    isProblem(t, await app.inject({ url, headers: { authorization: `Bearer kq_${'A'.repeat(43)}` } }), 401, 'UNAUTHORIZED');
    t.ok(documents('GET', url, 401), `GET ${url} documents its 401`);
  }
});
