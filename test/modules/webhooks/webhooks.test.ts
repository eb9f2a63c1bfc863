import t from 'tap';
import { admin, create, isProblem, makeApp, newsroom } from '../../helpers.js';

// A public address: saving it needs no DNS, and no change is written after it, so nothing is sent.
const URL_OK = 'https://93.184.216.34/hooks/kiosque';

t.test('POST /v1/webhooks shows the secret once; GET, list, PATCH and DELETE manage the subscription', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, child } = await newsroom(app);
  const res = await app.inject({
    method: 'POST', url: '/v1/webhooks', headers: admin,
    payload: { url: URL_OK, eventTypes: ['article.published', 'article.deleted'], sectionIds: ['actualites', child.id], description: 'CDN' },
  });
  t.equal(res.statusCode, 201);
  const hook = res.json();
  t.match(hook, {
    id: /^whk_/, url: URL_OK, eventTypes: ['article.published', 'article.deleted'], sectionIds: [section.id, child.id],
    description: 'CDN', includeUnpublished: false, enabled: true, version: 1, createdAt: new Date(clock.now).toISOString(),
  });
  t.match(hook.secret, /^whsec_[A-Za-z0-9+/]{43}=$/);
  t.equal(Buffer.from(hook.secret.slice(6), 'base64').length, 32, '256 random bits');

  const got = await app.inject({ url: `/v1/webhooks/${hook.id}`, headers: admin });
  t.equal(got.statusCode, 200);
  t.notOk('secret' in got.json(), 'never shown again');
  t.notMatch(got.body, hook.secret.slice(6));

  const second = await create(app, '/v1/webhooks', { url: URL_OK, eventTypes: ['*'] });
  const page1 = (await app.inject({ url: '/v1/webhooks?limit=1', headers: admin })).json();
  t.same(page1.data.map((w: any) => w.id), [hook.id]);
  const page2 = (await app.inject({ url: `/v1/webhooks?limit=1&cursor=${page1.meta.nextCursor}`, headers: admin })).json();
  t.same(page2.data.map((w: any) => w.id), [second.id]);
  t.equal(page2.meta.nextCursor, null);

  clock.advance(1000);
  const patched = await app.inject({
    method: 'PATCH', url: `/v1/webhooks/${hook.id}`, headers: { ...admin, 'if-match': '"1"' },
    payload: { enabled: false, sectionIds: null, eventTypes: ['article.*'] },
  });
  t.equal(patched.statusCode, 200);
  t.match(patched.json(), { enabled: false, sectionIds: null, eventTypes: ['article.*'], version: 2, updatedAt: new Date(clock.now).toISOString() });
  isProblem(t, await app.inject({ method: 'PATCH', url: `/v1/webhooks/${hook.id}`, headers: { ...admin, 'if-match': '"1"' }, payload: { enabled: true } }), 412, 'PRECONDITION_FAILED');

  t.equal((await app.inject({ method: 'DELETE', url: `/v1/webhooks/${hook.id}`, headers: admin })).statusCode, 204);
  isProblem(t, await app.inject({ url: `/v1/webhooks/${hook.id}`, headers: admin }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'DELETE', url: `/v1/webhooks/${hook.id}`, headers: admin }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ url: `/v1/webhooks/${hook.id}/deliveries`, headers: admin }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ url: `/v1/webhooks/${second.id}/deliveries/msg_nope`, headers: admin }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ method: 'POST', url: `/v1/webhooks/${second.id}/deliveries/msg_nope/replay`, headers: admin }), 404, 'NOT_FOUND');
});

t.test('webhook bodies are validated', async (t) => {
  const { app } = await makeApp(t);
  const post = (payload: object) => app.inject({ method: 'POST', url: '/v1/webhooks', headers: admin, payload });
  isProblem(t, await post({ url: URL_OK, eventTypes: ['article.exploded'] }), 400, 'VALIDATION_FAILED');
  isProblem(t, await post({ url: URL_OK, eventTypes: [] }), 400, 'VALIDATION_FAILED');
  isProblem(t, await post({ url: URL_OK, eventTypes: ['*'], secret: 'mine' }), 400, 'VALIDATION_FAILED');
  const body = isProblem(t, await post({ url: URL_OK, eventTypes: ['*'], sectionIds: ['nulle-part'] }), 400, 'VALIDATION_FAILED');
  t.match(body.errors, [{ pointer: '/sectionIds/0', message: /no such section/ }]);
  const hook = await create(app, '/v1/webhooks', { url: URL_OK, eventTypes: ['*'] });
  isProblem(t, await app.inject({ method: 'PATCH', url: `/v1/webhooks/${hook.id}`, headers: admin, payload: {} }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ method: 'PATCH', url: `/v1/webhooks/${hook.id}`, headers: admin, payload: { sectionIds: ['x'] } }), 400, 'VALIDATION_FAILED');
  isProblem(t, await app.inject({ url: '/v1/webhooks?cursor=bad!', headers: admin }), 400, 'INVALID_CURSOR');
  isProblem(t, await app.inject({ url: `/v1/webhooks/${hook.id}/deliveries?cursor=bad!`, headers: admin }), 400, 'INVALID_CURSOR');
});

t.test('webhooks are for admins only', async (t) => {
  const { app } = await makeApp(t);
  const key = (await create(app, '/v1/keys', { name: 'Desk', scopes: ['content:write'] })).key;
  isProblem(t, await app.inject('/v1/webhooks'), 401, 'UNAUTHORIZED');
  isProblem(t, await app.inject({ url: '/v1/webhooks', headers: { authorization: `Bearer ${key}` } }), 403, 'FORBIDDEN');
  isProblem(t, await app.inject({
    method: 'POST', url: '/v1/webhooks', headers: { authorization: `Bearer ${key}` }, payload: { url: URL_OK, eventTypes: ['*'] },
  }), 403, 'FORBIDDEN');
  isProblem(t, await app.inject({ method: 'DELETE', url: '/v1/webhooks/whk_x', headers: { authorization: `Bearer ${key}` } }), 403, 'FORBIDDEN');
});
