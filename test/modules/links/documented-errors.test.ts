import t from 'tap';
import { badPathIsDocumented } from '../../contract.js';
import { makeApp } from '../../helpers.js';

t.test('GET /v1/articles/{idOrSlug}/links with a malformed article in the path is the documented 400', async (t) => {
  const { app } = await makeApp(t);
  await badPathIsDocumented(t, app, 'GET', '/v1/articles/{idOrSlug}/links');
});
