import t from 'tap';
import type { App } from '../../../src/app.js';
import { admin, ADMIN_KEY, article, create, isProblem, makeApp, newsroom } from '../../helpers.js';
import { query } from '../../database.js';

const NOW = '2026-06-01T08:00:00.000Z';


const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

interface NewKey {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  key: string;
}

async function keyWith(app: App, scopes: string[], name = `clé ${scopes.join(' ')}`) {
  const made = await create<NewKey>(app, '/v1/keys', { name, scopes });
  return { ...made, headers: bearer(made.key) };
}

t.test('POST /v1/keys shows the secret once; GET /v1/keys never does', async (t) => {
  const { app } = await makeApp(t);
  const res = await app.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload: { name: 'Appli mobile', scopes: ['content:read'] } });
  t.equal(res.statusCode, 201);
  const made = res.json();
  t.match(made.id, /^key_[0-9A-HJKMNP-TV-Z]{26}$/);
  t.match(made.key, /^kq_[A-Za-z0-9_-]{43}$/, '256 random bits, base64url');
  t.same(made, {
    id: made.id, name: 'Appli mobile', prefix: made.key.slice(0, 10), scopes: ['content:read'],
    sections: null, fields: null, embargoAccess: false, rateLimit: null, createdAt: NOW, lastUsedAt: null, revokedAt: null, key: made.key,
  });
  const other = await keyWith(app, ['content:write']);
  t.not(other.key, made.key, 'keys are random');

  const list = await app.inject({ url: '/v1/keys', headers: admin });
  t.equal(list.statusCode, 200);
  t.equal(list.json().data.length, 2);
  t.same(list.json().data.find((k: any) => k.id === made.id), {
    id: made.id, name: 'Appli mobile', prefix: made.prefix, scopes: ['content:read'], sections: null, fields: null, embargoAccess: false, rateLimit: null, createdAt: NOW, lastUsedAt: null, revokedAt: null,
  });
  t.notMatch(list.body, made.key, 'no secret in the list');
  t.notMatch(list.body, other.key);
  t.notOk(list.json().data.some((k: any) => 'key' in k || 'hash' in k));
});

t.test('GET /v1/keys lists the newest keys first', async (t) => {
  const { app, clock } = await makeApp(t);
  const first = await keyWith(app, ['content:read'], 'premier');
  clock.advance(1000);
  const second = await keyWith(app, ['content:read'], 'second');
  t.same((await app.inject({ url: '/v1/keys', headers: admin })).json().data.map((k: any) => k.id), [second.id, first.id]);
});

t.test('the database keeps only a hash of the secret', async (t) => {
  const { app, db } = await makeApp(t);
  const made = await keyWith(app, ['content:read']);
  const rows = await query(db, 'select * from api_keys');
  t.equal(rows.length, 1);
  for (const [column, value] of Object.entries(rows[0])) {
    t.notOk(String(value).includes(made.key), `column ${column} does not hold the secret`);
  }
  t.match(rows[0].hash, /^[0-9a-f]{64}$/, 'a SHA-256 digest');
  t.equal(rows[0].prefix, made.key.slice(0, 10), 'only a short prefix, to recognise the key');
});

t.test('POST /v1/keys validates its body and deduplicates nothing silently', async (t) => {
  const { app } = await makeApp(t);
  const post = (payload: object) => app.inject({ method: 'POST', url: '/v1/keys', headers: admin, payload });
  const cases: [object, string][] = [
    [{ name: 'X', scopes: [] }, '/scopes'],
    [{ name: 'X', scopes: ['root'] }, '/scopes/0'],
    [{ name: 'X', scopes: ['content:read', 'content:read'] }, '/scopes'],
    [{ name: 'X', scopes: 'admin' }, '/scopes'],
    [{ scopes: ['admin'] }, '/name'],
    [{ name: 'X', scopes: ['admin'], key: 'my-own-secret' }, '/key'],
  ];
  for (const [payload, pointer] of cases) {
    const body = isProblem(t, await post(payload), 400, 'VALIDATION_FAILED');
    t.ok(body.errors.some((e: any) => e.pointer === pointer), `${JSON.stringify(payload)} → ${pointer}`);
  }
  t.same((await app.inject({ url: '/v1/keys', headers: admin })).json().data, []);
});

t.test('a key works as a Bearer token; an unknown or malformed one is a 401', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'false' });
  await newsroom(app);
  const reader = await keyWith(app, ['content:read']);
  t.equal((await app.inject({ url: '/v1/sections', headers: reader.headers })).statusCode, 200);
  t.equal((await app.inject({ url: '/v1/sections', headers: { authorization: `bearer   ${reader.key}  ` } })).statusCode, 200,
    'the scheme is case-insensitive; spaces around the token are tolerated');

  const unknown = isProblem(t, await app.inject({ url: '/v1/sections', headers: bearer(`kq_${'A'.repeat(43)}`) }), 401, 'UNAUTHORIZED');
  t.equal(unknown.detail, 'This API key is unknown or revoked');
  const malformed = [
    reader.key,
    `Basic ${Buffer.from('admin:admin').toString('base64')}`,
    'Bearer',
    'Bearer ',
    `Bearer ${reader.key} extra`,
    `Bearer ${'a'.repeat(257)}`,
    'Bearer clé',
  ];
  for (const authorization of malformed) {
    const body = isProblem(t, await app.inject({ url: '/v1/sections', headers: { authorization } }), 401, 'UNAUTHORIZED');
    t.equal(body.detail, 'The Authorization header must be "Bearer <key>"', authorization.slice(0, 40));
  }
  const anyPath = await app.inject({ url: '/healthz', headers: { authorization: 'Basic x' } });
  t.equal(anyPath.statusCode, 401, 'a malformed header is refused even on public routes');
});

t.test('scopes are enforced, and imply one another', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const reader = await keyWith(app, ['content:read']);
  const previewer = await keyWith(app, ['content:preview']);
  const writer = await keyWith(app, ['content:write']);
  const draft = await article(app, { title: 'Brouillon', sectionId: section.id, status: 'draft' });
  const postArticle = (headers: Record<string, string>, title: string) =>
    app.inject({ method: 'POST', url: '/v1/articles', headers, payload: { title, body: 'Texte.', sectionId: section.id } });

  const refused = isProblem(t, await postArticle(reader.headers, 'Par un lecteur'), 403, 'FORBIDDEN');
  t.equal(refused.detail, 'This API key lacks the content:write scope');
  isProblem(t, await postArticle(previewer.headers, 'Par un relecteur'), 403, 'FORBIDDEN');
  for (const who of [reader, previewer, writer]) {
    const body = isProblem(t, await app.inject({ url: '/v1/keys', headers: who.headers }), 403, 'FORBIDDEN');
    t.equal(body.detail, 'This API key lacks the admin scope');
    isProblem(t, await app.inject({ method: 'POST', url: '/v1/keys', headers: who.headers, payload: { name: 'X', scopes: ['admin'] } }), 403, 'FORBIDDEN');
  }

  t.equal((await postArticle(writer.headers, 'Par une rédactrice')).statusCode, 201, 'content:write can write');
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/sections/${section.id}`, headers: writer.headers, payload: { description: 'Infos' } })).statusCode, 200);

  t.equal((await app.inject({ url: '/v1/sections', headers: previewer.headers })).statusCode, 200, 'content:preview implies read');
  t.equal((await app.inject({ url: `/v1/articles/${draft.id}`, headers: previewer.headers })).statusCode, 200, 'preview sees drafts');
  t.equal((await app.inject({ url: `/v1/articles/${draft.id}`, headers: writer.headers })).statusCode, 200, 'write implies preview');
  t.equal((await app.inject({ url: `/v1/articles/${draft.id}`, headers: reader.headers })).statusCode, 404, 'read alone does not see drafts');
  t.equal((await app.inject({ url: `/v1/articles/${draft.id}` })).statusCode, 404, 'nor does an anonymous reader');

  const adminKey = await keyWith(app, ['admin']);
  t.equal((await app.inject({ url: '/v1/keys', headers: adminKey.headers })).statusCode, 200, 'a made admin key manages keys');
  t.equal((await postArticle(adminKey.headers, 'Par l’admin')).statusCode, 201, 'admin implies write');
});

t.test('DELETE /v1/keys/{id} revokes a key: it gets a 401 at once', async (t) => {
  const { app, clock } = await makeApp(t);
  const reader = await keyWith(app, ['content:read']);
  const other = await keyWith(app, ['content:read']);
  t.equal((await app.inject({ url: '/v1/sections', headers: reader.headers })).statusCode, 200);

  clock.advance(60_000);
  const res = await app.inject({ method: 'DELETE', url: `/v1/keys/${reader.id}`, headers: admin });
  t.equal(res.statusCode, 200);
  t.same(res.json(), {
    id: reader.id, name: reader.name, prefix: reader.prefix, scopes: ['content:read'],
    sections: null, fields: null, embargoAccess: false, rateLimit: null, createdAt: NOW, lastUsedAt: null, revokedAt: '2026-06-01T08:01:00.000Z',
  });
  const body = isProblem(t, await app.inject({ url: '/v1/sections', headers: reader.headers }), 401, 'UNAUTHORIZED');
  t.equal(body.detail, 'This API key is unknown or revoked');
  t.equal((await app.inject({ url: '/v1/sections', headers: other.headers })).statusCode, 200, 'other keys still work');
  t.match((await app.inject({ url: '/v1/keys', headers: admin })).json().data, [
    { id: other.id, revokedAt: null }, { id: reader.id, revokedAt: '2026-06-01T08:01:00.000Z' },
  ]);

  clock.advance(60_000);
  const again = await app.inject({ method: 'DELETE', url: `/v1/keys/${reader.id}`, headers: admin });
  t.equal(again.statusCode, 200, 'revoking twice is harmless');
  t.equal(again.json().revokedAt, '2026-06-01T08:01:00.000Z', 'and keeps the first revocation time');

  t.equal(isProblem(t, await app.inject({ method: 'DELETE', url: '/v1/keys/key_01JZZZZZZZZZZZZZZZZZZZZZZZ', headers: admin }), 404, 'NOT_FOUND').detail,
    'API key not found');
  isProblem(t, await app.inject({ method: 'DELETE', url: `/v1/keys/${other.id}`, headers: other.headers }), 403, 'FORBIDDEN');
});

t.test('the bootstrap key from KIOSQUE_ADMIN_KEY is an admin', async (t) => {
  const { app } = await makeApp(t);
  t.equal((await app.inject({ url: '/v1/keys', headers: { authorization: `Bearer ${ADMIN_KEY}` } })).statusCode, 200);
  t.equal((await app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 'Sport' } })).statusCode, 201);
});

t.test('without KIOSQUE_ADMIN_KEY there is no bootstrap key', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_ADMIN_KEY: '' });
  isProblem(t, await app.inject({ url: '/v1/keys', headers: admin }), 401, 'UNAUTHORIZED');
});

t.test('with KIOSQUE_ANONYMOUS_READ=false, reads need a key', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'false' });
  const { section } = await newsroom(app);
  await article(app, { title: 'Publié', sectionId: section.id });
  const reader = await keyWith(app, ['content:read']);
  for (const url of ['/v1/articles', '/v1/sections', `/v1/sections/${section.id}`, '/v1/authors', '/v1/tags']) {
    const body = isProblem(t, await app.inject({ url }), 401, 'UNAUTHORIZED');
    t.equal(body.detail, 'This request needs an API key: Authorization: Bearer <key>', url);
    t.equal((await app.inject({ url, headers: reader.headers })).statusCode, 200, `${url} with a content:read key`);
  }
  t.equal((await app.inject({ url: '/v1/articles', headers: reader.headers })).json().data.length, 1);
  t.equal((await app.inject({ url: '/healthz' })).statusCode, 200, 'health stays public');
  t.equal((await app.inject({ url: '/openapi.json' })).statusCode, 200, 'so does the API description');
});

t.test('with anonymous reads on (the default), writes still need a key', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  t.equal((await app.inject({ url: '/v1/articles' })).statusCode, 200);
  const writes = [
    { method: 'POST' as const, url: '/v1/articles', payload: { title: 'X', body: 'Y', sectionId: section.id } },
    { method: 'POST' as const, url: '/v1/sections', payload: { name: 'X' } },
    { method: 'POST' as const, url: '/v1/keys', payload: { name: 'X', scopes: ['admin'] } },
    { method: 'GET' as const, url: '/v1/keys' },
  ];
  for (const w of writes) {
    const body = isProblem(t, await app.inject(w), 401, 'UNAUTHORIZED');
    t.equal(body.detail, 'This request needs an API key: Authorization: Bearer <key>', `${w.method} ${w.url}`);
  }
  t.equal((await app.inject({ url: '/v1/sections' })).json().data.length, 3, 'nothing was written');
});
