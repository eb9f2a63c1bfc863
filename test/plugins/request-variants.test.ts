import t from 'tap';
import { admin, makeApp } from '../helpers.js';

// Bodies and paths a client (or an attacker) may vary: none reaches a
// handler unvalidated or without the route's auth check.

t.test('JSON media types in any case or spacing are parsed and validated', async (t) => {
  const { app } = await makeApp(t);
  const variants = ['application/json', 'Application/JSON', 'APPLICATION/JSON; charset=UTF-8', ' application/json', 'application/json ',
    'application/json;charset=utf-8'];
  for (const [i, type] of variants.entries()) {
    const post = (payload: string) => app.inject({ method: 'POST', url: '/v1/tags', headers: { ...admin, 'content-type': type }, payload });
    const refused = await post(JSON.stringify({ name: 'Tag', type: 'topic', unknown: 1 }));
    t.equal(refused.statusCode, 400, `${JSON.stringify(type)}: an unknown property is refused`);
    t.equal(refused.json().errors[0].pointer, '/unknown');
    t.equal((await post(JSON.stringify({ name: `Tag ${i}`, type: 'topic' }))).statusCode, 201, `${JSON.stringify(type)}: a good body is accepted`);
  }
});

t.test('any other media type, or none, is a 415 — never a body accepted unvalidated', async (t) => {
  const { app } = await makeApp(t);
  const others = ['application/json-patch+json', 'application/merge-patch+json', 'application/x-json', 'text/json', 'text/plain',
    'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '', 'application/json, text/plain', 'application/jsonp',
    '*/*', 'application/*', undefined];
  for (const type of others) {
    const headers: Record<string, string> = { ...admin };
    if (type !== undefined) headers['content-type'] = type;
    const res = await app.inject({ method: 'POST', url: '/v1/tags', headers, payload: JSON.stringify({ name: 'Tag', type: 'topic' }) });
    t.equal(res.statusCode, 415, `${JSON.stringify(type)}`);
    t.equal(res.json().code, 'UNSUPPORTED_MEDIA_TYPE');
  }
  const listed = await app.inject({ url: '/v1/tags' });
  t.same(listed.json().data, [], 'nothing was written');
});

t.test('path variants never skip the auth check of the route they reach', async (t) => {
  const { app } = await makeApp(t);
  const variants = ['/v1/keys', '/v1/keys/', '//v1/keys', '/v1//keys', '/V1/KEYS', '/v1/Keys', '/v1/%6beys', '/v1/keys;x',
    '/v1/./keys', '/v1/articles/../keys', '/v1/keys?', '/v1/keys%2F', '/v1/keys#x'];
  for (const url of variants) {
    for (const method of ['GET', 'HEAD'] as const) {
      const res = await app.inject({ method, url });
      t.ok([401, 404].includes(res.statusCode), `${method} ${url} → ${res.statusCode}, never the keys`);
    }
  }
});

t.test('method override headers are ignored', async (t) => {
  const { app } = await makeApp(t);
  for (const header of ['x-http-method-override', 'x-http-method', 'x-method-override']) {
    const get = await app.inject({ method: 'POST', url: '/v1/sections', headers: { [header]: 'GET' }, payload: {} });
    t.equal(get.statusCode, 401, `${header}: a POST stays a POST and needs a key`);
    const del = await app.inject({ method: 'GET', url: '/v1/sections', headers: { [header]: 'DELETE' } });
    t.equal(del.statusCode, 200, `${header}: a GET stays a harmless GET`);
  }
  const original = await app.inject({ url: '/v1/keys', headers: { 'x-original-url': '/healthz', 'x-rewrite-url': '/healthz' } });
  t.equal(original.statusCode, 401, 'rewrite headers do not move a request');
});
