import t from 'tap';
import { admin, article, newsroom } from '../../helpers.js';
import { deliveries, MINUTE, receiver, setup, subscribe, verified } from './helpers.js';

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
  const bare = await receiver(t, (res) => {
    res.writeHead(307).end();
  });
  const sub = await subscribe(app, { url: hook.url, eventTypes: ['*'] });
  const sub307 = await subscribe(app, { url: bare.url, eventTypes: ['*'] });
  // https to a plain HTTP server: the TLS handshake fails, and that is a failed attempt.
  const tls = await subscribe(app, { url: bare.url.replace('http:', 'https:'), eventTypes: ['*'] });
  await article(app, { title: 'Un', sectionId: section.id });
  await app.webhookWorker.run();
  t.match((await deliveries(app, sub.id))[0], { status: 'pending', lastStatus: 302, lastError: 'redirect to /elsewhere not followed' });
  t.same(hook.received.map((r) => r.url), ['/hook'], 'nothing sent to the redirect target');
  t.match((await deliveries(app, sub307.id))[0], { status: 'pending', lastStatus: 307, lastError: 'redirect not followed' });
  t.match((await deliveries(app, tls.id))[0], { status: 'pending', lastStatus: null, lastError: /SSL|TLS|EPROTO|socket/i });
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

