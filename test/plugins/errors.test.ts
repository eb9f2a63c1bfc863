import t, { type Test } from 'tap';
import { admin, makeApp } from '../helpers.js';

type Res = { statusCode: number; headers: Record<string, unknown>; json(): any };

const MASKED = 'An unexpected error occurred; the request id identifies it in our logs.';

/** Checks the RFC 9457 shape every error shares, and returns the body. */
function isProblem(t: Test, res: Res, status: number, code: string) {
  t.equal(res.statusCode, status, `status ${status}`);
  t.match(String(res.headers['content-type']), /^application\/problem\+json/, 'problem+json');
  const body = res.json();
  t.match(body, { status, code, title: String, detail: String, requestId: String });
  t.equal(body.type, `urn:kiosque:problem:${code.toLowerCase().replace(/_/g, '-')}`);
  t.match(body.code, /^[A-Z][A-Z0-9_]*$/, 'upper snake case');
  t.equal(body.requestId, res.headers['x-request-id'], 'the requestId is the x-request-id header');
  return body;
}

const json = { ...admin, 'content-type': 'application/json' };

t.test('malformed JSON is a 400 MALFORMED_JSON', async (t) => {
  const { app } = await makeApp(t);
  for (const payload of ['{"name": "Sport"', '{name: "Sport"}', 'Sport', '{"name": "Sport"}}']) {
    const body = isProblem(t, await app.inject({ method: 'POST', url: '/v1/sections', headers: json, payload }), 400, 'MALFORMED_JSON');
    t.equal(body.title, 'Bad Request');
  }
  t.same((await app.inject({ url: '/v1/sections' })).json().data, [], 'nothing was written');
});

t.test('a JSON body that would pollute prototypes is refused', async (t) => {
  const { app } = await makeApp(t);
  const payload = '{"name": "Sport", "__proto__": {"admin": true}}';
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/sections', headers: json, payload }), 400, 'MALFORMED_JSON');
});

t.test('an empty JSON body is a 400 EMPTY_BODY; no body at all is a validation error', async (t) => {
  const { app } = await makeApp(t);
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/sections', headers: json, payload: '' }), 400, 'EMPTY_BODY');
  const none = isProblem(t, await app.inject({ method: 'POST', url: '/v1/sections', headers: admin }), 400, 'VALIDATION_FAILED');
  t.same(none.errors, [{ pointer: '', in: 'body', message: 'must be object' }]);
  const array = isProblem(t, await app.inject({ method: 'POST', url: '/v1/sections', headers: json, payload: '[]' }), 400, 'VALIDATION_FAILED');
  t.same(array.errors, [{ pointer: '', in: 'body', message: 'must be object' }]);
});

t.test('an unknown property is a 400 naming it, never dropped', async (t) => {
  const { app } = await makeApp(t);
  const res = await app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 'Sport', foo: 1 } });
  const body = isProblem(t, res, 400, 'VALIDATION_FAILED');
  t.same(body.errors, [{ pointer: '/foo', in: 'body', message: 'is not a known property' }]);
  t.match(body.detail, 'additional properties');
  t.same((await app.inject({ url: '/v1/sections' })).json().data, []);
});

t.test('a wrong type is a 400, never coerced', async (t) => {
  const { app } = await makeApp(t);
  const cases: [object, string, string][] = [
    [{ name: 5 }, '/name', 'must be string'],
    [{ name: true }, '/name', 'must be string'],
    [{ name: ['Sport'] }, '/name', 'must be string'],
    [{ name: 'Sport', position: '3' }, '/position', 'must be integer'],
    [{ name: 'Sport', position: 1.5 }, '/position', 'must be integer'],
    [{ name: 'Sport', parentId: 42 }, '/parentId', 'must be string'],
  ];
  for (const [payload, pointer, message] of cases) {
    const body = isProblem(t, await app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload }), 400, 'VALIDATION_FAILED');
    t.ok(body.errors.some((e: any) => e.pointer === pointer && e.in === 'body' && e.message === message), `${JSON.stringify(payload)}: ${pointer} ${message}`);
  }
  t.same((await app.inject({ url: '/v1/sections' })).json().data, []);
});

t.test('a missing required property is a 400 pointing at it; every error is listed', async (t) => {
  const { app } = await makeApp(t);
  const one = isProblem(t, await app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: { slug: 'sport' } }), 400, 'VALIDATION_FAILED');
  t.same(one.errors, [{ pointer: '/name', in: 'body', message: "must have required property 'name'" }]);
  const many = isProblem(t, await app.inject({ method: 'POST', url: '/v1/tags', headers: admin, payload: { colour: 'red' } }), 400, 'VALIDATION_FAILED');
  t.same(many.errors.map((e: any) => e.pointer).sort(), ['/colour', '/name', '/type']);
});

t.test('a body over the route limit (64 KiB here) is a 413', async (t) => {
  const { app } = await makeApp(t);
  const payload = JSON.stringify({ name: 'Sport', description: 'x'.repeat(64 * 1024) });
  const body = isProblem(t, await app.inject({ method: 'POST', url: '/v1/sections', headers: json, payload }), 413, 'PAYLOAD_TOO_LARGE');
  t.equal(body.title, 'Content Too Large');
  const under = JSON.stringify({ name: 'Sport', description: 'x'.repeat(64 * 1024 - 100) });
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/sections', headers: json, payload: under }), 400, 'VALIDATION_FAILED');
});

t.test('a body that is not JSON is a 415', async (t) => {
  const { app } = await makeApp(t);
  for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'application/xml']) {
    const res = await app.inject({ method: 'POST', url: '/v1/sections', headers: { ...admin, 'content-type': type }, payload: 'name=Sport' });
    t.equal(isProblem(t, res, 415, 'UNSUPPORTED_MEDIA_TYPE').title, 'Unsupported Media Type', type);
  }
});

t.test('list query strings are coerced and bounded', async (t) => {
  const { app } = await makeApp(t);
  for (const limit of ['0', '101', 'abc', '-1', '2.5']) {
    for (const list of ['/v1/sections', '/v1/authors', '/v1/tags', '/v1/articles']) {
      const body = isProblem(t, await app.inject({ url: `${list}?limit=${limit}` }), 400, 'VALIDATION_FAILED');
      t.equal(body.errors.length, 1);
      t.match(body.errors[0], { pointer: '/limit', in: 'query', message: String }, `${list} limit=${limit}`);
    }
  }
  t.equal((await app.inject({ url: '/v1/sections?limit=100' })).json().meta.limit, 100, 'a text "100" is the number 100');
  t.equal((await app.inject({ url: '/v1/sections?limit=1' })).json().meta.limit, 1);
  const cursor = isProblem(t, await app.inject({ url: `/v1/sections?cursor=${'x'.repeat(2049)}` }), 400, 'VALIDATION_FAILED');
  t.match(cursor.errors, [{ pointer: '/cursor', in: 'query' }]);
});

t.test('path parameters and headers are validated too', async (t) => {
  const { app } = await makeApp(t);
  const path = isProblem(t, await app.inject({ url: `/v1/tags/${'t'.repeat(201)}` }), 400, 'VALIDATION_FAILED');
  t.same(path.errors, [{ pointer: '/idOrSlug', in: 'path', message: 'must NOT have more than 200 characters' }]);
  const header = isProblem(t, await app.inject({
    method: 'PATCH', url: '/v1/tags/x', headers: { ...admin, 'if-match': `"${'1'.repeat(300)}"` }, payload: { name: 'X' },
  }), 400, 'VALIDATION_FAILED');
  t.same(header.errors, [{ pointer: '/if-match', in: 'header', message: 'must NOT have more than 200 characters' }]);
});

t.test('an unknown route is a 404 ROUTE_NOT_FOUND problem', async (t) => {
  const { app } = await makeApp(t);
  const res = await app.inject({ url: '/v1/nowhere?token=secret' });
  const body = isProblem(t, res, 404, 'ROUTE_NOT_FOUND');
  t.equal(body.detail, 'No route GET /v1/nowhere', 'the query string is not echoed');
  t.equal(body.title, 'Not Found');
  isProblem(t, await app.inject({ method: 'PUT', url: '/v1/sections', headers: admin, payload: {} }), 404, 'ROUTE_NOT_FOUND');
  isProblem(t, await app.inject({ url: '/' }), 404, 'ROUTE_NOT_FOUND');
});

t.test('an unexpected exception is a 500 with a masked detail and the request id', async (t) => {
  // Without the response cache, which could answer the first read again from memory.
  const { app, db } = await makeApp(t, {}, { cacheBytes: 0 });
  t.equal((await app.inject({ url: '/v1/sections' })).statusCode, 200);
  await db.close();
  for (const req of [
    { method: 'GET' as const, url: '/v1/sections' },
    { method: 'GET' as const, url: '/v1/authors/someone' },
    { method: 'POST' as const, url: '/v1/tags', headers: admin, payload: { name: 'Paris', type: 'place', slug: 'paris' } },
  ]) {
    const res = await app.inject({ ...req, headers: { ...req.headers, 'x-request-id': 'req-500' } });
    const body = isProblem(t, res, 500, 'INTERNAL_ERROR');
    t.equal(body.title, 'Internal Server Error');
    t.equal(body.detail, MASKED);
    t.equal(body.requestId, 'req-500');
    t.notOk('errors' in body);
    t.notMatch(res.body, /database|sqlite|select|insert|tags|connection|stack|\.ts/i, 'no internals leak');
  }
});

t.test('errors from any source become problems: listed codes kept, others named by status, 5xx masked', async (t) => {
  const { app } = await makeApp(t);
  const fail = (props: Record<string, unknown>) => Object.assign(new Error('Détail côté client'), props);
  const thrown: Record<string, Error> = {
    own: fail({ statusCode: 409, code: 'IN_USE' }),
    unlisted: fail({ statusCode: 410, code: 'ARTICLE_GONE' }),
    lower: fail({ statusCode: 409, code: 'ERR_sqlite_busy' }),
    fastify: fail({ statusCode: 400, code: 'FST_ERR_SOMETHING_NEW' }),
    unusual: fail({ statusCode: 499 }),
    gateway: fail({ statusCode: 599, code: 'UPSTREAM_DOWN' }),
    redirect: fail({ statusCode: 302 }),
    bug: new TypeError("Cannot read properties of undefined (reading 'id')"),
  };
  app.get('/test-only/fail/:kind', async (request) => {
    throw thrown[(request.params as { kind: string }).kind];
  });

  const get = (kind: string) => app.inject({ url: `/test-only/fail/${kind}` });
  let body = isProblem(t, await get('own'), 409, 'IN_USE');
  t.equal(body.detail, 'Détail côté client', 'a 4xx detail is shown');
  isProblem(t, await get('unlisted'), 410, 'CLIENT_ERROR'); // a code the document does not list is never sent
  body = isProblem(t, await get('lower'), 409, 'CONFLICT');
  t.equal(body.title, 'Conflict');
  isProblem(t, await get('fastify'), 400, 'BAD_REQUEST');
  t.equal(isProblem(t, await get('unusual'), 499, 'CLIENT_ERROR').title, 'Client Error', 'a status without a reason phrase');
  body = isProblem(t, await get('gateway'), 599, 'INTERNAL_ERROR');
  t.match(body, { title: 'Server Error', detail: MASKED });
  body = isProblem(t, await get('redirect'), 500, 'INTERNAL_ERROR');
  t.match(body, { title: 'Internal Server Error', detail: MASKED }, 'a non-error status thrown is a 500');
  body = isProblem(t, await get('bug'), 500, 'INTERNAL_ERROR');
  t.equal(body.detail, MASKED);
});

t.test('x-request-id is honoured and echoed; a hostile one is replaced', async (t) => {
  const { app } = await makeApp(t);
  const given = 'edge-7f3a:2026.06.01_abc';
  const ok = await app.inject({ url: '/v1/sections', headers: { 'x-request-id': given } });
  t.equal(ok.statusCode, 200);
  t.equal(ok.headers['x-request-id'], given, 'echoed on a success');
  const problem = isProblem(t, await app.inject({ url: '/v1/nowhere', headers: { 'x-request-id': given } }), 404, 'ROUTE_NOT_FOUND');
  t.equal(problem.requestId, given, 'and in a problem');

  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const none = await app.inject({ url: '/v1/sections' });
  t.match(none.headers['x-request-id'], uuid, 'generated when absent');
  const seen = new Set<unknown>([none.headers['x-request-id']]);
  for (const hostile of ['x'.repeat(300), 'a b', 'id\twith\ttabs', '<script>', 'ok"; drop', '']) {
    const res = await app.inject({ url: '/v1/nowhere', headers: { 'x-request-id': hostile } });
    const body = isProblem(t, res, 404, 'ROUTE_NOT_FOUND');
    t.match(body.requestId, uuid, `${JSON.stringify(hostile.slice(0, 20))} replaced`);
    t.not(body.requestId, hostile);
    seen.add(body.requestId);
  }
  t.equal(seen.size, 7, 'every generated id is new');
  t.equal((await app.inject({ url: '/healthz', headers: { 'x-request-id': 'x'.repeat(128) } })).headers['x-request-id'], 'x'.repeat(128),
    '128 characters are allowed');
});

t.test('an error bypassing the router is still a problem', async (t) => {
  const { app } = await makeApp(t);
  isProblem(t, await app.inject({ url: '/v1/sections/%E0%A4%A' }), 400, 'BAD_URL');
  const long = await app.inject({ url: `/v1/sections/${'a'.repeat(301)}` });
  t.match(String(long.headers['content-type']), /^application\/problem\+json/);
});
