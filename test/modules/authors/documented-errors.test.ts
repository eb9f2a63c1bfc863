import t from 'tap';
import { badPathIsDocumented, deleteBodyIsDocumented } from '../../contract.js';
import { create, makeApp } from '../../helpers.js';

t.test('a malformed author in the path, and a body sent with DELETE, are the documented 400, 413 and 415', async (t) => {
  const { app } = await makeApp(t);
  const author = await create(app, '/v1/authors', { name: 'Jean Dupont' });
  await badPathIsDocumented(t, app, 'GET', '/v1/authors/{idOrSlug}');
  await badPathIsDocumented(t, app, 'DELETE', '/v1/authors/{idOrSlug}');
  await deleteBodyIsDocumented(t, app, '/v1/authors/{idOrSlug}', `/v1/authors/${author.id}`);
  t.equal((await app.inject({ url: `/v1/authors/${author.id}` })).statusCode, 200, 'none of them deleted it');
});
