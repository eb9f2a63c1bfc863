import t, { type Test } from 'tap';
import type { App } from '../../src/app.js';
import { admin, article, create, makeApp, newsroom } from '../helpers.js';

// If-Match takes the ETag a GET of the resource sent, on every writable resource:
// the write succeeds with it, and the same ETag is a 412 once something changed.

type Write = { method: 'PATCH' | 'PUT' | 'DELETE'; url: string; payload?: object };

async function ifMatch(t: Test, app: App, read: string, write: () => Write, headers: Record<string, string> = {}) {
  const get = await app.inject({ url: read, headers });
  t.equal(get.statusCode, 200, read);
  const etag = String(get.headers.etag);
  const send = (tag: string) => app.inject({ ...write(), headers: { ...admin, 'if-match': tag } });
  const ok = await send(etag);
  t.ok(ok.statusCode < 300, `${write().method} ${write().url} with the ETag of GET ${read}: ${ok.statusCode}`);
  if (write().method !== 'DELETE') t.equal((await send(etag)).statusCode, 412, 'the same ETag is stale after the write');
}

t.test('the ETag of every writable resource\'s GET is one its writes take in If-Match', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: 'true' });
  const { section, child, author, tag } = await newsroom(app);
  const a = await article(app, { title: 'Article', sectionId: child.id });
  const b = await article(app, { title: 'Lié', sectionId: child.id });
  const hook = await create(app, '/v1/webhooks', { url: 'http://127.0.0.1:9/hook', eventTypes: ['*'] });

  await ifMatch(t, app, `/v1/articles/${a.id}`, () => ({ method: 'PATCH', url: `/v1/articles/${a.id}`, payload: { standfirst: 'Corrigé' } }));
  await ifMatch(t, app, `/v1/articles/${a.id}/links`, () => ({
    method: 'PUT', url: `/v1/articles/${a.id}/links`, payload: { links: [{ kind: 'article', articleId: b.id }] },
  }));
  await ifMatch(t, app, `/v1/sections/${section.id}`, () => ({ method: 'PATCH', url: `/v1/sections/${section.id}`, payload: { description: 'Le fil' } }));
  await ifMatch(t, app, `/v1/sections/${section.id}`, () => ({ method: 'PUT', url: `/v1/sections/${section.id}/pins`, payload: { articleIds: [a.id] } }));
  await ifMatch(t, app, `/v1/sections/${section.id}/front`, () => ({ method: 'PUT', url: `/v1/sections/${section.id}/pins`, payload: { articleIds: [b.id] } }));
  await ifMatch(t, app, `/v1/authors/${author.id}`, () => ({ method: 'PATCH', url: `/v1/authors/${author.id}`, payload: { bio: 'Journaliste' } }));
  await ifMatch(t, app, `/v1/tags/${tag.id}`, () => ({ method: 'PATCH', url: `/v1/tags/${tag.id}`, payload: { name: 'Scrutins' } }));
  await ifMatch(t, app, `/v1/webhooks/${hook.id}`, () => ({ method: 'PATCH', url: `/v1/webhooks/${hook.id}`, payload: { enabled: false } }), admin);

  const spare = {
    section: await create(app, '/v1/sections', { name: 'Éphémère' }),
    author: await create(app, '/v1/authors', { name: 'De passage' }),
    tag: await create(app, '/v1/tags', { name: 'Inutile', type: 'topic' }),
  };
  await ifMatch(t, app, `/v1/sections/${spare.section.id}`, () => ({ method: 'DELETE', url: `/v1/sections/${spare.section.id}` }));
  await ifMatch(t, app, `/v1/authors/${spare.author.id}`, () => ({ method: 'DELETE', url: `/v1/authors/${spare.author.id}` }));
  await ifMatch(t, app, `/v1/tags/${spare.tag.id}`, () => ({ method: 'DELETE', url: `/v1/tags/${spare.tag.id}` }));
  await ifMatch(t, app, `/v1/articles/${b.id}`, () => ({ method: 'DELETE', url: `/v1/articles/${b.id}` }));
});
