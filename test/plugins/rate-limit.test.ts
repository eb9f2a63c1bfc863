import Fastify from 'fastify';
import fp from 'fastify-plugin';
import t, { type Test } from 'tap';
import rateLimit from '../../src/plugins/rate-limit.js';
import { admin, create, isProblem, makeApp } from '../helpers.js';

t.test('anonymous callers are limited per IP address, with RateLimit headers and a 429 problem', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '3' });
  for (let i = 0; i < 3; i++) {
    const res = await app.inject({ url: '/v1/sections' });
    t.equal(res.statusCode, 200);
    t.equal(res.headers['ratelimit-limit'], '3');
    t.equal(res.headers['ratelimit-remaining'], String(2 - i));
    t.ok(Number(res.headers['ratelimit-reset']) > 0, 'seconds until the window resets');
  }
  const limited = await app.inject({ url: '/v1/sections' });
  const problem = isProblem(t, limited, 429, 'RATE_LIMITED');
  t.match(problem.detail, /3 requests a minute/);
  t.ok(Number(limited.headers['retry-after']) > 0, 'Retry-After in seconds');
  t.equal(limited.headers['ratelimit-remaining'], '0');
  t.equal((await app.inject({ url: '/v1/sections', remoteAddress: '192.0.2.7' })).statusCode, 200, 'another address has its own budget');
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'health checks are never limited');
});

t.test('the response cache does not bypass the limit', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '2' });
  await app.inject({ url: '/v1/sections' });
  await app.inject({ url: '/v1/sections' });
  isProblem(t, await app.inject({ url: '/v1/sections' }), 429, 'RATE_LIMITED');
});

t.test('keys are limited per key: their own limit or the default, others unaffected', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '1', KIOSQUE_RATE_LIMIT_KEY: '4' });
  const small = await create(app, '/v1/keys', { name: 'Petit', scopes: ['content:read'], rateLimit: 2 });
  const plain = await create(app, '/v1/keys', { name: 'Normal', scopes: ['content:read'] });
  const as = (key: Record<string, any>) => ({ authorization: `Bearer ${key.key}` });
  t.equal((await app.inject({ url: '/v1/tags', headers: as(small) })).headers['ratelimit-limit'], '2', 'its own limit');
  await app.inject({ url: '/v1/tags', headers: as(small) });
  isProblem(t, await app.inject({ url: '/v1/tags', headers: as(small) }), 429, 'RATE_LIMITED');
  const other = await app.inject({ url: '/v1/tags', headers: as(plain) });
  t.equal(other.statusCode, 200, 'another key is unaffected');
  t.equal(other.headers['ratelimit-limit'], '4', 'the default for keys');
  t.equal((await app.inject({ url: '/v1/tags' })).statusCode, 200, 'the anonymous budget is separate');
});

t.test('X-Forwarded-For is ignored unless a proxy is trusted', async (t) => {
  const spoofed = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}` });
  const direct = await makeApp(t, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '1' });
  t.equal((await direct.app.inject({ url: '/v1/tags', headers: spoofed(1) })).statusCode, 200);
  isProblem(t, await direct.app.inject({ url: '/v1/tags', headers: spoofed(2) }), 429, 'RATE_LIMITED');

  const proxied = await makeApp(t, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '1', KIOSQUE_TRUST_PROXY: '127.0.0.1' });
  t.equal((await proxied.app.inject({ url: '/v1/tags', headers: spoofed(1) })).statusCode, 200);
  t.equal((await proxied.app.inject({ url: '/v1/tags', headers: spoofed(2) })).statusCode, 200, 'behind a trusted proxy, the client address counts');
  isProblem(t, await proxied.app.inject({ url: '/v1/tags', headers: spoofed(2) }), 429, 'RATE_LIMITED');

  for (const [value, hops] of [['true', true], ['1', 1]] as const) {
    const { app } = await makeApp(t, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '1', KIOSQUE_TRUST_PROXY: value });
    t.equal((await app.inject({ url: '/v1/tags', headers: spoofed(1) })).statusCode, 200, `trust ${hops}`);
    t.equal((await app.inject({ url: '/v1/tags', headers: spoofed(2) })).statusCode, 200, `trust ${hops}: per client`);
  }
});

t.test('a limit of 0 turns limiting off', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '0', KIOSQUE_RATE_LIMIT_KEY: '1' });
  for (let i = 0; i < 5; i++) t.equal((await app.inject({ url: '/v1/tags' })).statusCode, 200);
  t.equal((await app.inject({ url: '/v1/tags' })).headers['ratelimit-limit'], undefined, 'no headers when unlimited');
  t.equal((await app.inject({ url: '/v1/tags', headers: admin })).statusCode, 200);
  isProblem(t, await app.inject({ url: '/v1/tags', headers: admin }), 429, 'RATE_LIMITED');
});

t.test('refused requests count too: a bad key by address, a missing scope by key', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '2', KIOSQUE_RATE_LIMIT_KEY: '2' });
  const guess = (n: number) => ({ authorization: `Bearer kq_${String(n).padStart(43, '0')}` });
  isProblem(t, await app.inject({ url: '/v1/tags', headers: guess(1) }), 401, 'UNAUTHORIZED');
  const second = await app.inject({ url: '/v1/tags', headers: guess(2) });
  isProblem(t, second, 401, 'UNAUTHORIZED');
  t.equal(second.headers['ratelimit-remaining'], '0', 'counted against the address');
  isProblem(t, await app.inject({ url: '/v1/tags', headers: guess(3) }), 429, 'RATE_LIMITED');
  isProblem(t, await app.inject({ url: '/v1/tags', headers: { authorization: 'Basic dXNlcjpwYXNz' } }), 429, 'RATE_LIMITED');
  isProblem(t, await app.inject({ url: '/v1/tags' }), 429, 'RATE_LIMITED', );
  t.equal((await app.inject({ url: '/v1/tags', remoteAddress: '192.0.2.9' })).statusCode, 200, 'another address is unaffected');

  const reader = await create(app, '/v1/keys', { name: 'Lecteur', scopes: ['content:read'] });
  const as = { authorization: `Bearer ${reader.key}` };
  isProblem(t, await app.inject({ url: '/v1/keys', headers: as }), 403, 'FORBIDDEN');
  isProblem(t, await app.inject({ url: '/v1/keys', headers: as }), 403, 'FORBIDDEN');
  isProblem(t, await app.inject({ url: '/v1/tags', headers: as }), 429, 'RATE_LIMITED');
});

/** The limiter alone, after a stand-in for auth (every caller anonymous), on a clock the test moves. */
async function limiterAlone(t: Test, options: { callersKept?: number }) {
  const clock = { now: Date.parse('2026-06-01T08:00:00Z') };
  const app = Fastify();
  t.teardown(() => app.close());
  await app.register(fp(async (auth) => { auth.decorateRequest('principal', null); }, { name: 'auth' }));
  await app.register(rateLimit, { anonymous: 1, key: 1, now: () => clock.now, ...options });
  app.get('/', async () => 'ok');
  const from = async (address: string) => (await app.inject({ url: '/', remoteAddress: address })).statusCode;
  return { clock, from };
}

t.test('a window lasts a minute from the caller\'s first request', async (t) => {
  const { clock, from } = await limiterAlone(t, {});
  t.same([await from('192.0.2.1'), await from('192.0.2.1')], [200, 429]);
  clock.now += 59_000;
  t.equal(await from('192.0.2.1'), 429);
  clock.now += 1_000;
  t.equal(await from('192.0.2.1'), 200, 'a new window');
});

t.test('an instance remembers its most recent callers, up to its bound', async (t) => {
  const { from } = await limiterAlone(t, { callersKept: 4 });
  t.same([await from('192.0.2.1'), await from('192.0.2.2'), await from('192.0.2.3')], [200, 200, 200]);
  t.equal(await from('192.0.2.1'), 429, 'among the last four callers: still counted');
  for (const n of [4, 5, 6]) await from(`192.0.2.${n}`);
  t.equal(await from('192.0.2.2'), 200, 'not seen since four others: forgotten, a new window');
});
