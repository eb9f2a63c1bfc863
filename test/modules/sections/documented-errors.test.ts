import t from 'tap';
import { badPathIsDocumented, deleteBodyIsDocumented } from '../../contract.js';
import { create, makeApp } from '../../helpers.js';

t.test('a malformed section path, and a body sent with DELETE, are the documented 400, 413 and 415', async (t) => {
  const { app } = await makeApp(t);
  const section = await create(app, '/v1/sections', { name: 'Vide' });
  await badPathIsDocumented(t, app, 'GET', '/v1/sections/{idOrPath}');
  await badPathIsDocumented(t, app, 'DELETE', '/v1/sections/{idOrPath}');
  await deleteBodyIsDocumented(t, app, '/v1/sections/{idOrPath}', `/v1/sections/${section.id}`);
  t.equal((await app.inject({ url: `/v1/sections/${section.id}` })).statusCode, 200, 'none of them deleted it');
});
