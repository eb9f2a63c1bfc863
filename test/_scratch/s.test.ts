import t from 'tap';
import { makeApp, admin, create, newsroom } from '../helpers.js';

t.test('explore', async (t) => {
  const { app, db } = await makeApp(t);
  const n = await newsroom(app);
  const show = async (o: any) => { const r = await app.inject(o); console.log(o.method ?? 'GET', o.url, r.statusCode, JSON.stringify(r.headers), r.body.slice(0, 600)); return r; };
  await show({ url: '/v1/sections/actualites%2Fia' });
  await show({ url: '/v1/sections?limit=1' });
  await show({ method: 'POST', url: '/v1/articles', headers: admin, payload: { title: 'Hello', body: 'x', sectionId: n.child.id, authorIds: [n.author.id], tagIds: [n.tag.id] } });
  await show({ method: 'DELETE', url: '/v1/sections/' + n.child.id, headers: admin });
  await show({ method: 'DELETE', url: '/v1/sections/' + n.section.id, headers: admin });
  await show({ method: 'POST', url: '/v1/sections', headers: admin, payload: '{bad', });
  await show({ method: 'POST', url: '/v1/sections', headers: { ...admin, 'content-type': 'application/json' }, payload: '{bad' });
  await show({ method: 'POST', url: '/v1/sections', headers: { ...admin, 'content-type': 'application/json' }, payload: '' });
  await show({ method: 'POST', url: '/v1/sections', headers: { ...admin, 'content-type': 'text/plain' }, payload: 'hi' });
  await show({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 'x'.repeat(1024*1024) } });
  await show({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 5, foo: 1 } });
  await show({ method: 'PATCH', url: '/v1/sections/' + n.other.id, headers: { ...admin, 'if-match': 'x'.repeat(201) }, payload: { name: 'y' } });
  await show({ url: '/v1/authors/' + 'a'.repeat(201) });
  await show({ url: '/v1/sections/%E0%A4%A' });
  await show({ url: '/v1/sections?limit=abc' });
  await show({ url: '/v1/sections', headers: { authorization: 'bearer ' + 'test-admin-key-0123456789abcdef' } });
  await show({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name: 'k', scopes: ['content:read'] } });
  db.$client.close();
  await show({ url: '/readyz' });
  await show({ url: '/v1/sections' });
});
