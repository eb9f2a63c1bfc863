import t from 'tap';
import { badPathIsDocumented, deleteBodyIsDocumented } from '../../contract.js';
import { create, makeApp } from '../../helpers.js';

t.test('a malformed tag in the path, and a body sent with DELETE, are the documented 400, 413 and 415', async (t) => {
  const { app } = await makeApp(t);
  const tag = await create(app, '/v1/tags', { name: 'Paris', type: 'place' });
  await badPathIsDocumented(t, app, 'GET', '/v1/tags/{idOrSlug}');
  await badPathIsDocumented(t, app, 'DELETE', '/v1/tags/{idOrSlug}');
  await deleteBodyIsDocumented(t, app, '/v1/tags/{idOrSlug}', `/v1/tags/${tag.id}`);
  t.equal((await app.inject({ url: `/v1/tags/${tag.id}` })).statusCode, 200, 'none of them deleted it');
});
