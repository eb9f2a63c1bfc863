import t from 'tap';
import { badPathIsDocumented } from '../../contract.js';
import { makeApp } from '../../helpers.js';

t.test('the beacon with a malformed article in the path is the documented 400, not a 202', async (t) => {
  const { app } = await makeApp(t);
  await badPathIsDocumented(t, app, 'POST', '/v1/articles/{idOrSlug}/views');
});
