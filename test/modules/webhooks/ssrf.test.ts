import t from 'tap';
import { checkUrl, refusal } from '../../../src/modules/webhooks/ssrf.js';
import { admin, create, isProblem, makeApp } from '../../helpers.js';
import { webhookApp } from './helpers.js';

const refused = [
  'http://127.0.0.1/hook', 'http://127.8.9.1:8080/', 'http://[::1]/hook', 'http://[::ffff:127.0.0.1]/hook',
  'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'http://172.16.5.4/', 'http://192.168.1.1/',
  'http://100.64.0.1/', 'http://0.0.0.0/', 'http://[::]/', 'http://224.0.0.1/', 'http://255.255.255.255/',
  'http://[fe80::1]/', 'http://[fc00::1]/', 'http://[fd12:3456::1]/', 'http://[ff02::1]/', 'http://[64:ff9b::7f00:1]/',
  'http://2130706433/', 'http://0x7f.1/', 'http://0177.0.0.1/', 'http://127.1/', 'http://localhost:8080/hook',
];

t.test('with the guard on, URLs of internal addresses are refused at save time', async (t) => {
  const { app } = await makeApp(t);
  for (const url of refused) {
    const res = await app.inject({ method: 'POST', url: '/v1/webhooks', headers: admin, payload: { url, eventTypes: ['*'] } });
    const body = isProblem(t, res, 400, 'UNSAFE_WEBHOOK_URL');
    t.match(body.errors, [{ pointer: '/url' }], url);
  }
  for (const url of ['ftp://example.com/hook', 'file:///etc/passwd', 'gopher://example.com/', 'javascript:alert(1)']) {
    isProblem(t, await app.inject({ method: 'POST', url: '/v1/webhooks', headers: admin, payload: { url, eventTypes: ['*'] } }), 400, 'VALIDATION_FAILED');
  }
  const hook = await create(app, '/v1/webhooks', { url: 'http://8.8.8.8/hook', eventTypes: ['*'], enabled: false });
  isProblem(t, await app.inject({ method: 'PATCH', url: `/v1/webhooks/${hook.id}`, headers: admin, payload: { url: 'http://169.254.169.254/' } }), 400, 'UNSAFE_WEBHOOK_URL');
});

t.test('allowing loopback allows loopback only', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: 'true' });
  for (const url of ['http://127.0.0.1:9/hook', 'http://[::1]:9/hook', 'http://2130706433:9/']) {
    t.equal((await app.inject({ method: 'POST', url: '/v1/webhooks', headers: admin, payload: { url, eventTypes: ['*'], enabled: false } })).statusCode, 201, url);
  }
  for (const url of ['http://[::ffff:127.0.0.1]/', 'http://169.254.169.254/', 'http://10.0.0.1/', 'http://0.0.0.0/']) {
    isProblem(t, await app.inject({ method: 'POST', url: '/v1/webhooks', headers: admin, payload: { url, eventTypes: ['*'] } }), 400, 'UNSAFE_WEBHOOK_URL');
  }
});

t.test('names are resolved, and every address must be public', async (t) => {
  const addresses: Record<string, { address: string; family: number }[]> = {
    'public.example': [{ address: '93.184.216.34', family: 4 }, { address: '2606:2800:220:1::1', family: 6 }],
    'mixed.example': [{ address: '93.184.216.34', family: 4 }, { address: '10.1.2.3', family: 4 }],
    'metadata.example': [{ address: '169.254.169.254', family: 4 }],
  };
  const lookup = async (host: string) => {
    if (!addresses[host]) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: 'ENOTFOUND' });
    return addresses[host];
  };
  const { app } = await webhookApp(t, {}, { webhooks: { lookup } });
  t.teardown(() => app.close());
  const post = (url: string) => app.inject({ method: 'POST', url: '/v1/webhooks', headers: admin, payload: { url, eventTypes: ['*'] } });
  t.equal((await post('https://public.example/hook')).statusCode, 201);
  t.match(isProblem(t, await post('https://mixed.example/hook'), 400, 'UNSAFE_WEBHOOK_URL').detail, /10\.1\.2\.3/);
  isProblem(t, await post('https://metadata.example/'), 400, 'UNSAFE_WEBHOOK_URL');
  t.match(isProblem(t, await post('https://nowhere.example/'), 400, 'UNSAFE_WEBHOOK_URL').detail, /does not resolve/);
});

t.test('checkUrl and refusal', async (t) => {
  const guard = { allowLoopback: false };
  await t.rejects(checkUrl('not a url', guard), { code: 'UNSAFE_WEBHOOK_URL', message: /not a URL/ });
  await t.rejects(checkUrl('ftp://93.184.216.34/', guard), { message: /ftp: URLs are not allowed/ });
  await t.rejects(checkUrl('file:///etc/passwd', guard), { message: /file: URLs/ });
  t.match(await checkUrl('http://[2606:2800:220:1::1]:8080/x', guard), { addresses: [{ address: '2606:2800:220:1::1', family: 6 }] });
  t.equal(refusal('93.184.216.34', false), null, 'public IPv4');
  t.equal(refusal('2606:2800:220:1::1', false), null, 'public IPv6');
  t.match(refusal('::ffff:7f00:1', true), /IPv4-mapped/);
  t.match(refusal('::1', false), /loopback/);
  t.equal(refusal('::1', true), null);
  t.match(refusal('192.0.2.1', true), /private, link-local, reserved/);
});
