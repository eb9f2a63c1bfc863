import t from 'tap';
import { admin, isProblem, makeApp } from '../helpers.js';
import { loadConfig } from '../../src/config.js';

t.test('every answer carries the security headers of an API', async (t) => {
  const { app } = await makeApp(t);
  for (const url of ['/v1/sections', '/v1/nothing-here', '/healthz']) {
    const res = await app.inject({ url });
    t.equal(res.headers['x-content-type-options'], 'nosniff', url);
    t.equal(res.headers['content-security-policy'], "default-src 'none'; frame-ancestors 'none'");
    t.equal(res.headers['x-frame-options'], 'DENY');
    t.equal(res.headers['referrer-policy'], 'no-referrer');
    t.equal(res.headers['strict-transport-security'], undefined, 'no HSTS over plain http');
  }
  const docs = await app.inject({ url: '/docs' });
  t.equal(docs.statusCode, 200);
  t.match(docs.headers['content-security-policy'], /script-src 'self'/, 'Swagger UI gets the policy it needs');
  const https = await makeApp(t, { PUBLIC_URL: 'https://api.example.fr' });
  t.match((await https.app.inject({ url: '/healthz' })).headers['strict-transport-security'], /^max-age=31536000/);
});

t.test('production may turn /docs off; the document stays', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_DOCS: 'false' });
  isProblem(t, await app.inject({ url: '/docs' }), 404, 'ROUTE_NOT_FOUND');
  t.equal((await app.inject({ url: '/openapi.json' })).statusCode, 200);
});

t.test('CORS: any origin by default, without credentials', async (t) => {
  const { app } = await makeApp(t);
  const res = await app.inject({ url: '/v1/sections', headers: { origin: 'https://front.example.fr' } });
  t.equal(res.headers['access-control-allow-origin'], '*');
  t.equal(res.headers['access-control-allow-credentials'], undefined);
  t.match(res.headers['access-control-expose-headers'], /ETag/);
  const preflight = await app.inject({
    method: 'OPTIONS', url: '/v1/articles',
    headers: { origin: 'https://front.example.fr', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });
  t.equal(preflight.statusCode, 204);
  t.match(preflight.headers['access-control-allow-headers'], /Authorization/);
  t.equal(preflight.headers['access-control-max-age'], '600');
  // Set with the security headers: refusals and errors carry them too, so that a browser's script can read them.
  const refused = await app.inject({ url: '/v1/keys', headers: { origin: 'https://front.example.fr' } });
  t.equal(refused.statusCode, 401);
  t.equal(refused.headers['access-control-allow-origin'], '*');
  t.match(refused.headers['access-control-expose-headers'], /RateLimit-Remaining/);
  t.equal((await app.inject({ url: '/nulle-part' })).headers['access-control-allow-origin'], '*');
});

t.test('CORS: a list of origins, with credentials', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_CORS_ORIGINS: 'https://www.example.fr,https://app.example.fr', KIOSQUE_CORS_CREDENTIALS: 'true' });
  const from = (origin: string) => app.inject({ url: '/v1/sections', headers: { origin } });
  const allowed = await from('https://app.example.fr');
  t.equal(allowed.headers['access-control-allow-origin'], 'https://app.example.fr');
  t.equal(allowed.headers['access-control-allow-credentials'], 'true');
  t.equal((await from('https://evil.example.com')).headers['access-control-allow-origin'], undefined);
});

t.test('the configuration refuses a wildcard origin with credentials', async (t) => {
  t.throws(() => loadConfig({ KIOSQUE_CORS_CREDENTIALS: 'true' }), /KIOSQUE_CORS_ORIGINS to list origins/);
  t.throws(() => loadConfig({ KIOSQUE_CORS_ORIGINS: 'example.fr' }), /KIOSQUE_CORS_ORIGINS/);
});

/**
 * Blocks the event loop in 100 ms slices for longer than one sampling interval (1 s), as runaway work
 * would, and on until `seen()` says the sampler has measured it (at most 5 s): where its samples fall
 * depends on how long the app took to start.
 */
async function saturate(seen = () => true) {
  for (let i = 0; i < 14 || (!seen() && i < 50); i++) {
    const until = Date.now() + 100;
    while (Date.now() < until);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

t.test('a saturated event loop gets 503 with Retry-After, health checks still answer', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: '20' });
  await saturate();
  await app.ready();
  t.equal((await app.inject({ url: '/v1/sections' })).statusCode, 200, 'a pause before the start is not load');
  await new Promise((resolve) => setTimeout(resolve, 2000));
  await saturate(() => app.isUnderPressure());
  const res = await app.inject({ url: '/v1/sections' });
  isProblem(t, res, 503, 'OVERLOADED');
  t.equal(res.headers['retry-after'], '10');
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200);
});

t.test('bodies have a limit per route: small by default, larger for articles', async (t) => {
  const { app } = await makeApp(t);
  const long = 'x'.repeat(100 * 1024);
  const section = await app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 'S', description: long } });
  isProblem(t, section, 413, 'PAYLOAD_TOO_LARGE');
  const huge = await app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload: { title: 'T', body: 'y'.repeat(1100 * 1024) } });
  isProblem(t, huge, 413, 'PAYLOAD_TOO_LARGE');
  const article = await app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload: { title: 'T', body: long } });
  t.not(article.statusCode, 413, 'an article body of 100 KiB is read (and then validated)');
});
