import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import t from 'tap';
import { Webhook } from 'standardwebhooks';
import { admin, article, newsroom } from '../../helpers.js';
import { deliveries, receiver, subscribe, webhookApp, type Received } from './helpers.js';

const LOOPBACK = { KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: 'true', KIOSQUE_WEBHOOKS_TIMEOUT_MS: '300' };
const MINUTE = 60_000;

/** Checks a request with the Standard Webhooks reference library (not our own code); returns the payload. */
function verified(secret: string, request: Received) {
  return new Webhook(secret).verify(request.body, request.headers as Record<string, string>) as any;
}

async function setup(t: { teardown(fn: () => unknown): void }, env: Record<string, string> = {}) {
  const { app, clock } = await webhookApp({ ...LOOPBACK, ...env });
  t.teardown(() => app.close());
  return { app, clock, ...(await newsroom(app)) };
}

t.test('a change is delivered signed (Standard Webhooks) with the keys to purge', async (t) => {
  const { app, section, author } = await setup(t);
  const hook = await receiver(t, (res) => res.end('ok'));
  const sub = await subscribe(app, { url: hook.url, eventTypes: ['article.*'] });
  const a = await article(app, { title: 'Publié & <signé>', sectionId: section.id, authorIds: [author.id] });
  await app.webhookWorker.run();

  t.equal(hook.received.length, 1);
  const [request] = hook.received;
  t.match(request.headers, { 'content-type': 'application/json', 'webhook-id': /^msg_/, 'webhook-timestamp': /^\d+$/, 'webhook-signature': /^v1,/ });
  const payload = verified(sub.secret, request);
  t.match(payload, { type: 'article.published', timestamp: String, data: { type: 'article.published', entity: { type: 'article', id: a.id, slug: a.slug }, sectionId: section.id } });
  t.ok(payload.data.surrogateKeys.includes(a.id) && payload.data.surrogateKeys.includes(author.id) && payload.data.surrogateKeys.includes('articles'));
  t.throws(() => verified(sub.secret, { ...request, body: request.body.replace(a.id, a.id.toLowerCase()) }), 'a changed body fails verification');
  t.throws(() => verified(`whsec_${Buffer.alloc(32, 1).toString('base64')}`, request), 'so does another secret');

  const [delivery] = await deliveries(app, sub.id);
  t.match(delivery, { id: request.headers['webhook-id'], status: 'succeeded', attempts: 1, lastStatus: 200, lastError: null, nextAttemptAt: null, eventType: 'article.published' });
  t.same(delivery.payload, payload);
  await app.webhookWorker.run();
  t.equal(hook.received.length, 1, 'delivered once');
});

t.test('failures are retried with exponential backoff, then marked failed; a replay sends the same message again', async (t) => {
  const { app, clock, section } = await setup(t, { KIOSQUE_WEBHOOKS_MAX_ATTEMPTS: '3' });
  let status = 500;
  const hook = await receiver(t, (res) => {
    res.statusCode = status;
    res.end();
  });
  const sub = await subscribe(app, { url: hook.url, eventTypes: ['*'] });
  await article(app, { title: 'Un', sectionId: section.id });
  await app.webhookWorker.run();
  const url = `/v1/webhooks/${sub.id}/deliveries`;
  let [d] = await deliveries(app, sub.id);
  t.match(d, { status: 'pending', attempts: 1, lastStatus: 500, lastError: 'HTTP 500', nextAttemptAt: new Date(clock.now + 2 * MINUTE).toISOString() });
  await app.webhookWorker.run();
  t.equal(hook.received.length, 1, 'not before its time');

  clock.now += 2 * MINUTE;
  await app.webhookWorker.run();
  [d] = await deliveries(app, sub.id);
  t.match(d, { status: 'pending', attempts: 2, nextAttemptAt: new Date(clock.now + 4 * MINUTE).toISOString() }, 'the delay doubles');
  clock.now += 4 * MINUTE;
  await app.webhookWorker.run();
  d = (await app.inject({ url: `${url}/${d.id}`, headers: admin })).json();
  t.match(d, { status: 'failed', attempts: 3, nextAttemptAt: null, lastError: 'HTTP 500' });
  t.equal(hook.received.length, 3);
  t.equal(new Set(hook.received.map((r) => r.headers['webhook-id'])).size, 1, 'one message id across attempts');

  status = 204;
  const replay = await app.inject({ method: 'POST', url: `${url}/${d.id}/replay`, headers: admin });
  t.equal(replay.statusCode, 202);
  t.match(replay.json(), { status: 'pending', attempts: 0, nextAttemptAt: new Date(clock.now).toISOString() });
  await app.webhookWorker.run();
  t.match((await deliveries(app, sub.id))[0], { status: 'succeeded', attempts: 1, lastStatus: 204 });
  t.equal(hook.received[3].headers['webhook-id'], d.id, 'the same message');
  verified(sub.secret, hook.received[3]);
});

t.test('a slow receiver times out, and the attempt is retried', async (t) => {
  const { app, clock, section } = await setup(t);
  const hook = await receiver(t, (res, n) => {
    if (n === 1) setTimeout(() => res.end(), 2_000).unref();
    else res.end();
  });
  const sub = await subscribe(app, { url: hook.url, eventTypes: ['*'] });
  await article(app, { title: 'Un', sectionId: section.id });
  const started = Date.now();
  await app.webhookWorker.run();
  t.ok(Date.now() - started < 1_500, 'gave up after the timeout');
  t.match((await deliveries(app, sub.id))[0], { status: 'pending', attempts: 1, lastStatus: null, lastError: 'no answer within 300 ms' });
  clock.now += 2 * MINUTE;
  await app.webhookWorker.run();
  t.match((await deliveries(app, sub.id))[0], { status: 'succeeded', attempts: 2 });
  t.equal(hook.received.length, 2);
});

t.test('a redirect is not followed: it is a failure', async (t) => {
  const { app, section } = await setup(t);
  const hook = await receiver(t, (res) => {
    res.writeHead(302, { location: '/elsewhere' }).end();
  });
  const sub = await subscribe(app, { url: hook.url, eventTypes: ['*'] });
  await article(app, { title: 'Un', sectionId: section.id });
  await app.webhookWorker.run();
  t.match((await deliveries(app, sub.id))[0], { status: 'pending', lastStatus: 302, lastError: 'redirect to /elsewhere not followed' });
  t.same(hook.received.map((r) => r.url), ['/hook'], 'nothing sent to the redirect target');
});

t.test('an endless answer is cut at the size cap; a refused connection is a failure', async (t) => {
  const { app, section } = await setup(t);
  const hook = await receiver(t, (res) => {
    res.writeHead(200);
    const chunk = Buffer.alloc(16 * 1024, 'x');
    const pump = () => {
      if (!res.destroyed) res.write(chunk, pump);
    };
    pump();
  });
  const sub = await subscribe(app, { url: hook.url, eventTypes: ['*'] });
  const closed = await subscribe(app, { url: 'http://127.0.0.1:1/hook', eventTypes: ['*'] });
  await article(app, { title: 'Un', sectionId: section.id });
  await app.webhookWorker.run();
  t.match((await deliveries(app, sub.id))[0], { status: 'succeeded', lastStatus: 200 });
  t.match((await deliveries(app, closed.id))[0], { status: 'pending', lastStatus: null, lastError: /ECONNREFUSED/ });
});

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
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-webhooks-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const path = join(dir, 'k.db');
  const clock = { now: Date.parse('2026-06-01T08:00:00Z') };
  let fail = true;
  const hook = await receiver(t, (res) => {
    res.statusCode = fail ? 503 : 200;
    res.end();
  });
  let { app } = await webhookApp(LOOPBACK, {}, path, clock);
  const { section } = await newsroom(app);
  const sub = await subscribe(app, { url: hook.url, eventTypes: ['*'] });
  const first = await article(app, { title: 'Avant', sectionId: section.id });
  await app.webhookWorker.run();
  // Committed, not yet fanned out when the app stops.
  const second = await article(app, { title: 'Pendant', sectionId: section.id });
  await app.close();

  fail = false;
  clock.now += 2 * MINUTE;
  ({ app } = await webhookApp(LOOPBACK, {}, path, clock));
  t.teardown(() => app.close());
  await app.webhookWorker.run();
  const ids = hook.received.map((r) => verified(sub.secret, r).data.entity.id);
  t.same(ids.sort(), [first.id, first.id, second.id].sort());
  t.same((await deliveries(app, sub.id)).map((d) => [d.status, d.attempts]), [['succeeded', 1], ['succeeded', 2]]);
});

t.test('the guard runs again at delivery: a name that now resolves inside is refused', async (t) => {
  let address = '93.184.216.34';
  const lookup = async () => [{ address, family: 4 }];
  const { app } = await webhookApp({ KIOSQUE_WEBHOOKS_TIMEOUT_MS: '300' }, { webhooks: { lookup } });
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
