import t from 'tap';
import type { App } from '../../../src/app.js';
import { admin, article, create, isProblem, makeApp, newsroom, onNextClockRead } from '../../helpers.js';

const NOW = '2026-06-01T08:00:00.000Z';


const get = (app: App, url: string) => app.inject({ url });
const post = (app: App, payload: unknown) => app.inject({ method: 'POST', url: '/v1/tags', headers: admin, payload: payload as object });
const patch = (app: App, idOrSlug: string, payload: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'PATCH', url: `/v1/tags/${idOrSlug}`, headers: { ...admin, ...headers }, payload: payload as object });
const del = (app: App, idOrSlug: string, headers: Record<string, string> = {}) =>
  app.inject({ method: 'DELETE', url: `/v1/tags/${idOrSlug}`, headers: { ...admin, ...headers } });

t.test('POST /v1/tags accepts each of the five types', async (t) => {
  const { app } = await makeApp(t);
  const cases = [
    ['Intelligence artificielle', 'topic', 'intelligence-artificielle'],
    ['Emmanuel Macron', 'person', 'emmanuel-macron'],
    ['Société générale', 'organisation', 'societe-generale'],
    ['Île-de-France', 'place', 'ile-de-france'],
    ['Jeux olympiques d’été', 'event', 'jeux-olympiques-d-ete'],
  ];
  for (const [name, type, slug] of cases) {
    const res = await post(app, { name, type });
    t.equal(res.statusCode, 201, type);
    const tag = res.json();
    t.match(tag.id, /^tag_[0-9A-HJKMNP-TV-Z]{26}$/);
    t.same(tag, { id: tag.id, slug, name, type, createdAt: NOW, updatedAt: NOW, version: 1 });
  }
});

t.test('POST /v1/tags refuses any other type, and a missing one', async (t) => {
  const { app } = await makeApp(t);
  for (const payload of [{ name: 'X', type: 'subject' }, { name: 'X', type: 'Topic' }, { name: 'X', type: '' }, { name: 'X', type: 1 }, { name: 'X' }]) {
    const body = isProblem(t, await post(app, payload), 400, 'VALIDATION_FAILED');
    t.ok(body.errors.some((e: any) => e.pointer === '/type'), JSON.stringify(payload));
  }
  t.same((await get(app, '/v1/tags')).json().data, []);
});

t.test('POST /v1/tags: explicit slug, generated slugs never collide, 409 on a taken explicit slug', async (t) => {
  const { app } = await makeApp(t);
  t.equal((await create(app, '/v1/tags', { name: 'Paris', slug: 'ville-de-paris', type: 'place' })).slug, 'ville-de-paris');
  t.equal((await create(app, '/v1/tags', { name: 'Paris', type: 'place' })).slug, 'paris');
  t.equal((await create(app, '/v1/tags', { name: 'Paris', type: 'topic' })).slug, 'paris-2');
  t.equal((await create(app, '/v1/tags', { name: '東京', type: 'place' })).slug, 'tag', 'no Latin letters: a fallback');
  const body = isProblem(t, await post(app, { name: 'Paris (ville)', slug: 'paris', type: 'place' }), 409, 'CONFLICT');
  t.equal(body.detail, 'A tag with slug "paris" already exists');
  isProblem(t, await post(app, { name: 'X', type: 'topic', weight: 3 }), 400, 'VALIDATION_FAILED');
});

t.test('GET /v1/tags/{idOrSlug} answers by id and by slug; 404 otherwise', async (t) => {
  const { app } = await makeApp(t);
  const { tag } = await newsroom(app);
  t.same((await get(app, `/v1/tags/${tag.id}`)).json(), tag);
  t.same((await get(app, '/v1/tags/elections')).json(), tag);
  t.equal(isProblem(t, await get(app, '/v1/tags/tag_01JZZZZZZZZZZZZZZZZZZZZZZZ'), 404, 'NOT_FOUND').detail, 'Tag not found');
  isProblem(t, await get(app, '/v1/tags/inconnu'), 404, 'NOT_FOUND');
});

t.test('GET /v1/tags lists alphabetically, ties by id, with a cursor and a Link header', async (t) => {
  const { app } = await makeApp(t);
  const made = [];
  for (const [name, type] of [['Santé', 'topic'], ['Lyon', 'place'], ['Climat', 'topic'], ['Lyon', 'topic'], ['Onu', 'organisation']]) {
    made.push(await create(app, '/v1/tags', { name, type }));
  }
  const [sante, lyonPlace, climat, lyonTopic, onu] = made;
  const expected = [climat.id, lyonPlace.id, lyonTopic.id, onu.id, sante.id];
  t.same((await get(app, '/v1/tags')).json().data.map((x: any) => x.id), expected);

  const first = await get(app, '/v1/tags?limit=3');
  t.same(first.json().data.map((x: any) => x.id), expected.slice(0, 3));
  const cursor = first.json().meta.nextCursor;
  t.same(first.json().meta, { limit: 3, nextCursor: cursor });
  t.equal(first.headers.link, `</v1/tags?limit=3&cursor=${cursor}>; rel="next"`);
  const second = await get(app, `/v1/tags?limit=3&cursor=${cursor}`);
  t.same(second.json(), { data: second.json().data, meta: { limit: 3, nextCursor: null } });
  t.same(second.json().data.map((x: any) => x.id), expected.slice(3));
  t.notOk(second.headers.link);

  await create(app, '/v1/tags', { name: 'Agriculture', type: 'topic' });
  t.same((await get(app, `/v1/tags?limit=3&cursor=${cursor}`)).json().data.map((x: any) => x.id), expected.slice(3),
    'a tag added before the cursor shifts nothing after it');
  isProblem(t, await get(app, '/v1/tags?cursor=%2F%2F%2F'), 400, 'INVALID_CURSOR');
});

t.test('PATCH /v1/tags changes name, slug and type; bumps version', async (t) => {
  const { app, clock } = await makeApp(t);
  const { tag } = await newsroom(app);
  clock.advance(1000);
  const res = await patch(app, tag.id, { type: 'event', name: 'Élections européennes', slug: 'europeennes' });
  t.equal(res.statusCode, 200);
  t.same(res.json(), {
    ...tag, type: 'event', name: 'Élections européennes', slug: 'europeennes', version: 2, updatedAt: '2026-06-01T08:00:01.000Z',
  });
  t.same((await get(app, '/v1/tags/europeennes')).json(), res.json());
  t.equal(isProblem(t, await patch(app, tag.id, { type: 'genre' }), 400, 'VALIDATION_FAILED').errors[0].pointer, '/type');
  isProblem(t, await patch(app, tag.id, {}), 400, 'VALIDATION_FAILED');
  t.equal(isProblem(t, await patch(app, tag.id, { slug: 'paris' }), 409, 'CONFLICT').detail, 'A tag with slug "paris" already exists');
  isProblem(t, await patch(app, 'inconnu', { name: 'X' }), 404, 'NOT_FOUND');
  t.equal((await get(app, `/v1/tags/${tag.id}`)).json().version, 2);
});

t.test('PATCH and DELETE /v1/tags honour If-Match', async (t) => {
  const tapp = await makeApp(t);
  const { app } = tapp;
  const { tag } = await newsroom(app);
  t.equal((await patch(app, tag.id, { name: 'Scrutins' }, { 'if-match': '"1"' })).statusCode, 200);
  isProblem(t, await patch(app, tag.id, { name: 'Votes' }, { 'if-match': '"1"' }), 412, 'PRECONDITION_FAILED');
  isProblem(t, await del(app, tag.id, { 'if-match': '"1"' }), 412, 'PRECONDITION_FAILED');

  onNextClockRead(tapp, 'update tags set version = version + 1 where id = @id', { id: tag.id });
  isProblem(t, await patch(app, tag.id, { name: 'Perdu' }), 412, 'PRECONDITION_FAILED');
  t.match((await get(app, `/v1/tags/${tag.id}`)).json(), { name: 'Scrutins', version: 2 });

  t.equal((await del(app, tag.id, { 'if-match': '"2"' })).statusCode, 204);
  isProblem(t, await get(app, `/v1/tags/${tag.id}`), 404, 'NOT_FOUND');
});

t.test('DELETE /v1/tags is refused with 409 IN_USE while an article carries the tag', async (t) => {
  const { app } = await makeApp(t);
  const { section, tag, tag2 } = await newsroom(app);
  const a = await article(app, { title: 'Tagué', sectionId: section.id, tagIds: [tag.id, tag2.id] });
  t.equal(isProblem(t, await del(app, 'elections'), 409, 'IN_USE').detail, 'This tag is still referenced by other content');
  isProblem(t, await del(app, tag2.id), 409, 'IN_USE');
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${a.id}`, headers: admin })).statusCode, 204);
  t.equal((await del(app, tag.id)).statusCode, 204);
  t.equal((await del(app, 'paris')).statusCode, 204);
  t.same((await get(app, '/v1/tags')).json().data, []);
  isProblem(t, await del(app, tag.id), 404, 'NOT_FOUND');
});

t.test('tag writes need a key with content:write', async (t) => {
  const { app } = await makeApp(t);
  const { tag } = await newsroom(app);
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/tags', payload: { name: 'X', type: 'topic' } }), 401, 'UNAUTHORIZED');
  isProblem(t, await app.inject({ method: 'DELETE', url: `/v1/tags/${tag.id}` }), 401, 'UNAUTHORIZED');
  const key = await create(app, '/v1/keys', { name: 'rédaction', scopes: ['content:write'] });
  const writer = { authorization: `Bearer ${key.key}` };
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/tags/${tag.id}`, headers: writer, payload: { name: 'Votes' } })).statusCode, 200);
});
