import t from 'tap';
import { admin, article, newsroom } from '../../helpers.js';
import { deliveries, LOOPBACK, MINUTE, receiver, setup, subscribe, verified, webhookApp } from './helpers.js';

t.test('subscriptions choose event types, sections and whether unpublished changes count', async (t) => {
  const { app, section, child, other } = await setup(t);
  const hook = await receiver(t, (res) => res.end());
  const deletes = await subscribe(app, { url: hook.url, eventTypes: ['article.deleted'] });
  const inSection = await subscribe(app, { url: hook.url, eventTypes: ['*'], sectionIds: [section.id] });
  const everything = await subscribe(app, { url: hook.url, eventTypes: ['*'], includeUnpublished: true });
  const off = await subscribe(app, { url: hook.url, eventTypes: ['*'], enabled: false });
  const a = await article(app, { title: 'Dans une sous-rubrique', sectionId: child.id });
  const b = await article(app, { title: 'Ailleurs', sectionId: other.id });
  const draft = await article(app, { title: 'Brouillon', sectionId: section.id, status: 'draft' });
  await app.inject({ method: 'PATCH', url: `/v1/articles/${b.id}`, headers: admin, payload: { sectionId: section.id } });
  await app.inject({ method: 'DELETE', url: `/v1/articles/${a.id}`, headers: admin });
  await app.inject({ method: 'POST', url: '/v1/tags', headers: admin, payload: { name: 'Nouveau', type: 'topic' } });
  await app.webhookWorker.run();

  const types = async (id: string) => (await deliveries(app, id)).reverse().map((d) => [d.eventType, d.payload.data.entity.id]);
  t.same(await types(deletes.id), [['article.deleted', a.id]]);
  t.same(await types(inSection.id), [['article.published', a.id], ['article.updated', b.id], ['article.deleted', a.id]],
    'sub-sections included, a move into the section too; no drafts, no tags');
  t.same((await types(everything.id)).map(([type]) => type),
    ['article.published', 'article.published', 'article.created', 'article.updated', 'article.deleted', 'tag.created']);
  t.same(await types(off.id), []);
  t.notOk((await types(inSection.id)).some(([, id]) => id === draft.id));
});

t.test('no delivery is lost when the app stops between attempts', async (t) => {
  const clock = { now: Date.parse('2026-06-01T08:00:00Z') };
  let fail = true;
  const hook = await receiver(t, (res) => {
    res.statusCode = fail ? 503 : 200;
    res.end();
  });
  const started = await webhookApp(t, LOOPBACK, {}, clock);
  let { app } = started;
  const { section } = await newsroom(app);
  const sub = await subscribe(app, { url: hook.url, eventTypes: ['*'] });
  const first = await article(app, { title: 'Avant', sectionId: section.id });
  await app.webhookWorker.run();
  // Committed, not yet fanned out when the app stops.
  const second = await article(app, { title: 'Pendant', sectionId: section.id });
  await app.close();

  fail = false;
  clock.now += 2 * MINUTE;
  ({ app } = await webhookApp(t, LOOPBACK, {}, clock, started.db));
  t.teardown(() => app.close());
  await app.webhookWorker.run();
  const ids = hook.received.map((r) => verified(sub.secret, r).data.entity.id);
  t.same(ids.sort(), [first.id, first.id, second.id].sort());
  t.same((await deliveries(app, sub.id)).map((d) => [d.status, d.attempts]), [['succeeded', 1], ['succeeded', 2]]);
});

t.test('the guard runs again at delivery: a name that now resolves inside is refused', async (t) => {
  let address = '93.184.216.34';
  const lookup = async () => [{ address, family: 4 }];
  const { app } = await webhookApp(t, { KIOSQUE_WEBHOOKS_TIMEOUT_MS: '300' }, { webhooks: { lookup } });
  t.teardown(() => app.close());
  const { section } = await newsroom(app);
  const sub = await subscribe(app, { url: 'http://rebind.example/hook', eventTypes: ['*'] });
  address = '127.0.0.1';
  await article(app, { title: 'Un', sectionId: section.id });
  await app.webhookWorker.run();
  t.match((await deliveries(app, sub.id))[0], { status: 'pending', attempts: 1, lastStatus: null, lastError: /loopback/ });
});

t.test('deliveries page newest first; a deleted webhook takes its deliveries along', async (t) => {
  const { app, section } = await setup(t);
  const hook = await receiver(t, (res) => res.end());
  const sub = await subscribe(app, { url: hook.url, eventTypes: ['*'] });
  for (const title of ['Un', 'Deux', 'Trois']) await article(app, { title, sectionId: section.id });
  await app.webhookWorker.run();
  const page1 = (await app.inject({ url: `/v1/webhooks/${sub.id}/deliveries?limit=2`, headers: admin })).json();
  const page2 = (await app.inject({ url: `/v1/webhooks/${sub.id}/deliveries?limit=2&cursor=${page1.meta.nextCursor}`, headers: admin })).json();
  t.same([...page1.data, ...page2.data].map((d: any) => d.payload.data.entity.slug), ['trois', 'deux', 'un']);
  t.equal(page2.meta.nextCursor, null);
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/webhooks/${sub.id}`, headers: admin })).statusCode, 204);
  t.equal((await app.inject({ url: `/v1/webhooks/${sub.id}/deliveries/${page1.data[0].id}`, headers: admin })).statusCode, 404);
});

t.test('a name is resolved once, through the guard, and the checked address is the one called', async (t) => {
  const hook = await receiver(t, (res) => res.end());
  const port = new URL(hook.url).port;
  const asked: string[] = [];
  const lookup = async (host: string) => {
    asked.push(host);
    return [{ address: '127.0.0.1', family: 4 }];
  };
  const { app } = await webhookApp(t, LOOPBACK, { webhooks: { lookup, concurrency: 2 } });
  t.teardown(() => app.close());
  const { section } = await newsroom(app);
  const sub = await subscribe(app, { url: `http://receiver.test:${port}/hook`, eventTypes: ['*'] });
  await article(app, { title: 'Un', sectionId: section.id });
  await app.webhookWorker.run();
  t.match((await deliveries(app, sub.id))[0], { status: 'succeeded' });
  t.equal(hook.received[0].headers.host, `receiver.test:${port}`);
  t.same(asked, ['receiver.test', 'receiver.test'], 'at save time and at delivery, never again by the socket');
});
