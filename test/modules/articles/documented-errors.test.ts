import t from 'tap';
import { badPathIsDocumented, deleteBodyIsDocumented } from '../../contract.js';
import { article, makeApp, newsroom } from '../../helpers.js';

t.test('a malformed article in the path of a DELETE, and a body sent with it, are the documented 400, 413 and 415', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const created = await article(app, { title: 'Toujours là', sectionId: section.id });
  await badPathIsDocumented(t, app, 'DELETE', '/v1/articles/{idOrSlug}');
  await deleteBodyIsDocumented(t, app, '/v1/articles/{idOrSlug}', `/v1/articles/${created.id}`);
  t.equal((await app.inject({ url: `/v1/articles/${created.id}` })).statusCode, 200, 'none of them deleted it');
});
