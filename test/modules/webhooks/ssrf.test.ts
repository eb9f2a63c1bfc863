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

// IANA's IPv4 and IPv6 Special-Purpose Address Registries (2025), entry by entry, with an address inside each,
// then multicast, site-local and IPv4-translated IPv6: every one is refused, whatever its spelling.
const registry: [string, string, RegExp][] = [
  ['0.0.0.0/8 "this network"', '0.1.2.3', /reserved/], ['0.0.0.0/32 "this host"', '0.0.0.0', /reserved/],
  ['10.0.0.0/8 private use', '10.255.0.1', /private/], ['100.64.0.0/10 shared address space', '100.127.255.254', /private/],
  ['127.0.0.0/8 loopback', '127.255.255.254', /loopback/], ['169.254.0.0/16 link local', '169.254.169.254', /link-local/],
  ['172.16.0.0/12 private use', '172.31.255.1', /private/], ['192.0.0.0/24 IETF protocol assignments', '192.0.0.200', /special-purpose/],
  ['192.0.0.0/29 DS-Lite', '192.0.0.2', /special-purpose/], ['192.0.0.8/32 IPv4 dummy address', '192.0.0.8', /special-purpose/],
  ['192.0.0.9/32 PCP anycast', '192.0.0.9', /special-purpose/], ['192.0.0.10/32 TURN anycast', '192.0.0.10', /special-purpose/],
  ['192.0.0.170/32 NAT64/DNS64 discovery', '192.0.0.170', /special-purpose/], ['192.0.0.171/32 NAT64/DNS64 discovery', '192.0.0.171', /special-purpose/],
  ['192.0.2.0/24 documentation', '192.0.2.200', /special-purpose/], ['192.31.196.0/24 AS112-v4', '192.31.196.1', /special-purpose/],
  ['192.52.193.0/24 AMT', '192.52.193.1', /special-purpose/], ['192.88.99.0/24 deprecated 6to4 relay anycast', '192.88.99.1', /special-purpose/],
  ['192.168.0.0/16 private use', '192.168.0.1', /private/], ['192.175.48.0/24 AS112 direct delegation', '192.175.48.6', /special-purpose/],
  ['198.18.0.0/15 benchmarking', '198.19.255.1', /special-purpose/], ['198.51.100.0/24 documentation', '198.51.100.7', /special-purpose/],
  ['203.0.113.0/24 documentation', '203.0.113.9', /special-purpose/], ['240.0.0.0/4 reserved', '250.1.2.3', /reserved/],
  ['255.255.255.255/32 limited broadcast', '255.255.255.255', /reserved/], ['224.0.0.0/4 multicast', '239.255.255.250', /multicast/],
  ['::1/128 loopback', '::1', /loopback/], ['::/128 unspecified', '::', /reserved/],
  ['::ffff:0:0/96 IPv4-mapped', '::ffff:a00:1', /IPv4-mapped or translated/], ['::ffff:0:0:0/96 IPv4-translated (SIIT)', '::ffff:0:a00:1', /IPv4-mapped or translated/],
  ['64:ff9b::/96 IPv4-IPv6 translation', '64:ff9b::a00:1', /translated/], ['64:ff9b:1::/48 local-use translation', '64:ff9b:1::a00:1', /translated/],
  ['100::/64 discard-only', '100::1', /special-purpose/], ['100:0:0:1::/64 dummy IPv6 prefix', '100:0:0:1::1', /special-purpose/],
  ['2001::/23 IETF protocol assignments', '2001:1ff::1', /special-purpose/], ['2001::/32 Teredo', '2001:0:4136:e378:8000:63bf:3fff:fdd2', /translated/],
  ['2001:1::1/128 PCP anycast', '2001:1::1', /special-purpose/], ['2001:1::2/128 TURN anycast', '2001:1::2', /special-purpose/],
  ['2001:1::3/128 DNS-SD SRP anycast', '2001:1::3', /special-purpose/], ['2001:2::/48 benchmarking', '2001:2::1', /special-purpose/],
  ['2001:3::/32 AMT', '2001:3::1', /special-purpose/], ['2001:4:112::/48 AS112-v6', '2001:4:112::1', /special-purpose/],
  ['2001:10::/28 ORCHID', '2001:10::1', /special-purpose/], ['2001:20::/28 ORCHIDv2', '2001:20::1', /special-purpose/],
  ['2001:30::/28 DETs', '2001:30::1', /special-purpose/], ['2001:db8::/32 documentation', '2001:db8::1', /special-purpose/],
  ['2002::/16 6to4', '2002:c000:204::1', /translated/], ['2620:4f:8000::/48 AS112 direct delegation', '2620:4f:8000::1', /special-purpose/],
  ['3fff::/20 documentation', '3fff:fff::1', /special-purpose/], ['5f00::/16 SRv6 SIDs', '5f00:1::1', /special-purpose/],
  ['fc00::/7 unique local', 'fdff::1', /private/], ['fe80::/10 link-local', 'febf::1', /link-local/],
  ['fec0::/10 site-local (deprecated)', 'fec0::1', /special-purpose/], ['ff00::/8 multicast', 'ff02::1', /multicast/],
];
for (const [range, address, reason] of registry) {
  t.test(`${range}: ${address} is refused`, async (t) => {
    t.match(refusal(address, false), reason);
    await t.rejects(checkUrl(`http://${address.includes(':') ? `[${address}]` : address}/hook`, { allowLoopback: false }), { code: 'UNSAFE_WEBHOOK_URL' });
  });
}

t.test('the public neighbours of special blocks are allowed', async (t) => {
  for (const address of ['192.0.3.1', '192.88.100.1', '198.20.0.1', '100.128.0.1', '2001:200::1', '2620:4f:8001::1', '3fff:1000::1', '5f01::1', '64:ff9c::1']) {
    t.equal(refusal(address, false), null, address);
  }
});
