import t from 'tap';
import { makeApp, admin, article, newsroom, create } from '../../helpers.js';
t.test('x', async (t) => {
  const { app, clock } = await makeApp(t);
  const n = await newsroom(app);
  console.log(JSON.stringify(n.section), JSON.stringify(n.child));
  const a = await article(app, { title: 'Débauchage de haut niveau : Meta frappe fort', sectionId: n.section.id, body: 'Intro <script>alert(1)</script> text.\n\n## Débauchage de haut niveau : Meta frappe fort\n\n<img src=x onerror=alert(1)>\n\n<iframe src="http://e"></iframe>\n\n[x](javascript:alert(1))' });
  console.log(JSON.stringify(a, null, 1));
  let r = await app.inject({ url: '/v1/articles?limit=0' });
  console.log(r.statusCode, r.headers['content-type'], r.body);
  r = await app.inject({ url: '/v1/articles?cursor=garbage' });
  console.log(r.statusCode, r.body);
  r = await app.inject({ url: '/v1/articles/nope' });
  console.log(r.statusCode, r.headers['content-type'], r.body);
  r = await app.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name: 'r', scopes: ['content:read'] } });
  console.log(r.statusCode, r.body);
  r = await app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload: { title: 5, body: 'x', sectionId: n.section.id, authorIds: 'x' } });
  console.log(r.statusCode, r.body);
});
