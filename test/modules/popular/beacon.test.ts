import { Writable } from 'node:stream';
import t from 'tap';
import { admin, article, makeApp, newsroom } from '../../helpers.js';
import { countWrites } from '../../database.js';
import { browser, buckets, HOUR, makeViewsApp, popular, ranking, view } from './helpers.js';


t.test('the beacon answers 202 at once and writes nothing until a flush', async (t) => {
  const { app, db, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Lu et relu', sectionId: section.id });
  const writes = countWrites(db);
  for (let i = 0; i < 20; i++) {
    const res = await view(app, i % 2 ? a.id : a.slug);
    t.equal(res.statusCode, 202);
    t.equal(res.body, '', 'no body');
    t.equal(res.headers['cache-control'], 'no-store');
  }
  t.equal(writes(), 0, 'not one database write for 20 views');
  t.same(await buckets(db), []);
  t.equal(app.views.pending, 2, 'one counter per name the URL used (id, slug) and hour');
  t.same((await popular(app)).data, [], 'not ranked before the flush');

  t.equal(await app.views.flush(), 2, 'both counters counted, into one (article, hour) row');
  t.same(await buckets(db), [{ articleId: a.id, hour: clock.now / HOUR, count: 20 }]);
  t.same(ranking(await popular(app)), [[a.id, 20]]);
  t.equal(await app.views.flush(), 0, 'nothing left to write');
});

t.test('counts add up across flushes in the same hour, and start a new bucket the next hour', async (t) => {
  const { app, db, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Suivi', sectionId: section.id });
  const hour = clock.now / HOUR;
  await view(app, a.id);
  await app.views.flush();
  clock.advance(59 * 60_000);
  await view(app, a.id);
  await view(app, a.id);
  await app.views.flush();
  clock.advance(60_000);
  await view(app, a.id);
  await app.views.flush();
  t.same(await buckets(db), [{ articleId: a.id, hour, count: 3 }, { articleId: a.id, hour: hour + 1, count: 1 }]);
});

t.test('any body is accepted and ignored; a former slug counts for the article', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Ancien titre', sectionId: section.id });
  await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { slug: 'nouveau-titre' } });
  const bodies: [string, string][] = [
    ['text/plain;charset=UTF-8', '{"from":"sendBeacon"}'], ['application/json', ''], ['application/json', '{not json'],
    ['application/x-www-form-urlencoded', 'a=1'], ['application/octet-stream', 'x'.repeat(10_000)],
  ];
  for (const [type, payload] of bodies) {
    const res = await app.inject({ method: 'POST', url: '/v1/articles/ancien-titre/views', headers: { ...browser, 'content-type': type }, payload });
    t.equal(res.statusCode, 202, type);
  }
  await app.views.flush();
  t.match(await buckets(db), [{ articleId: a.id, count: 5 }]);

  const strict = await app.inject({ method: 'POST', url: '/v1/articles', headers: { ...admin, 'content-type': 'text/plain' }, payload: 'x' });
  t.equal(strict.statusCode, 415, 'other routes still refuse bodies that are not JSON');
});

t.test('views of unknown or invisible articles are not counted, whoever sends them', async (t) => {
  const { app, db, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const later = new Date(clock.now + HOUR).toISOString();
  const hidden = [
    await article(app, { title: 'Brouillon', sectionId: section.id, status: 'draft' }),
    await article(app, { title: 'Programmé', sectionId: section.id, publishAt: later }),
    await article(app, { title: 'Archivé', sectionId: section.id, status: 'archived' }),
    await article(app, { title: 'Retenu', sectionId: section.id, pubStatus: 'withheld' }),
    await article(app, { title: 'Annulé', sectionId: section.id, pubStatus: 'canceled' }),
    await article(app, { title: 'Sous embargo', sectionId: section.id, embargoUntil: later }),
  ];
  const names = [...hidden.flatMap((a) => [a.id, a.slug]), 'art_01J00000000000000000000000', 'nope', 'x'.repeat(200)];
  for (const name of names) {
    for (const headers of [browser, { ...browser, ...admin }]) {
      const res = await view(app, name, headers);
      t.equal(res.statusCode, 202, `${name}: 202 all the same`);
      t.equal(res.body, '');
    }
  }
  t.equal(await app.views.flush(), 0, 'nothing counted');
  t.same(await buckets(db), []);
  t.same((await popular(app)).data, [], 'never ranked');

  // Viewed while scheduled or under embargo, written once public: still not counted.
  await view(app, hidden[1].slug);
  await view(app, hidden[5].id);
  clock.advance(HOUR);
  t.equal(await app.views.flush(), 0, 'views from before publication do not count after it');
  await view(app, hidden[1].id);
  await view(app, hidden[5].slug);
  t.equal(await app.views.flush(), 2, 'the scheduled and embargoed ones count once public');
  t.same(ranking(await popular(app)).sort(), [[hidden[1].id, 1], [hidden[5].id, 1]].sort());
});

t.test('an article unpublished before the flush gets none of its pending views', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Bientôt retiré', sectionId: section.id });
  await view(app, a.id);
  await view(app, a.slug);
  const res = await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { pubStatus: 'withheld' } });
  t.equal(res.statusCode, 200);
  t.equal(await app.views.flush(), 0);
  t.same(await buckets(db), []);
  t.same((await popular(app, '', admin)).data, []);
});

t.test('obvious bots are not counted', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Visité par des robots', sectionId: section.id });
  const bots = [
    'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
    'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
    'Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)',
    'Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)',
    'Baiduspider+(+http://www.baidu.com/search/spider.htm)',
    'CCBot/2.0 (https://commoncrawl.org/faq/)',
    'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)',
    'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
    'WhatsApp/2.23.20.0',
    'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/126.0.0.0 Safari/537.36',
    'curl/8.5.0', 'Wget/1.21.4', 'python-requests/2.32.3', 'Go-http-client/2.0', 'okhttp/4.12.0', 'axios/1.7.2',
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/126.0 Safari/537.36 Google-PageRenderer Google (+https://developers.google.com/+/web/snippet/) preview',
    '', '   ',
  ];
  for (const ua of bots) t.equal((await view(app, a.id, { 'user-agent': ua })).statusCode, 202, ua);
  t.equal((await view(app, a.id, { 'user-agent': undefined })).statusCode, 202, 'no User-Agent');
  t.equal(app.views.pending, 0, 'no bot counted');
  const readers = [
    browser['user-agent'],
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
    'Mozilla/5.0 (Android 14; Mobile; rv:127.0) Gecko/127.0 Firefox/127.0',
  ];
  for (const ua of readers) await view(app, a.id, { 'user-agent': ua });
  await app.views.flush();
  t.same(ranking(await popular(app)), [[a.id, readers.length]], 'browsers count');
});

t.test('the beacon is a read: anonymous when allowed, else it needs a key', async (t) => {
  const { app: closed } = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'false' });
  const { section } = await newsroom(closed);
  const a = await article(closed, { title: 'Réservé', sectionId: section.id });
  const denied = await view(closed, a.id);
  t.equal(denied.statusCode, 401);
  t.match(denied.json(), { code: 'UNAUTHORIZED' });
  t.equal((await view(closed, a.id, { ...browser, authorization: 'Bearer nope' })).statusCode, 401);
  t.equal((await view(closed, a.id, { ...browser, ...admin })).statusCode, 202);
  t.equal(closed.views.pending, 1);
});

t.test('views pending for an article deleted before the flush are dropped, the rest written', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  const kept = await article(app, { title: 'Gardé', sectionId: section.id });
  const gone = await article(app, { title: 'Supprimé', sectionId: section.id });
  await view(app, kept.id);
  await view(app, gone.id);
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${gone.id}`, headers: admin })).statusCode, 204);
  t.equal(await app.views.flush(), 1, 'the deleted article counted nothing');
  t.match(await buckets(db), [{ articleId: kept.id, count: 1 }]);
  t.equal((await buckets(db)).length, 1);
});

t.test('counts are written every flush interval', async (t) => {
  const { app, db } = await makeViewsApp(t, { flushIntervalMs: 20 });
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Chronométré', sectionId: section.id });
  await view(app, a.id);
  t.same(await buckets(db), []);
  await new Promise((resolve) => setTimeout(resolve, 80));
  t.match(await buckets(db), [{ articleId: a.id, count: 1 }], 'written without anyone asking');
  t.equal(app.views.pending, 0);
});

t.test('counts are written early when the buffer is full', async (t) => {
  const { app, db } = await makeViewsApp(t, { maxPending: 3 });
  const { section } = await newsroom(app);
  const [a, b, c] = [
    await article(app, { title: 'Un', sectionId: section.id }),
    await article(app, { title: 'Deux', sectionId: section.id }),
    await article(app, { title: 'Trois', sectionId: section.id }),
  ];
  for (const id of [a.id, a.id, b.id, a.id]) await view(app, id);
  t.equal(app.views.pending, 2, 'repeat views of a counted article take no room');
  t.same(await buckets(db), []);
  await view(app, c.id);
  t.equal(app.views.pending, 0, 'the third counter filled the buffer');
  await app.views.flush();
  t.same((await buckets(db)).map((r: any) => [r.articleId, r.count]).sort(), [[a.id, 3], [b.id, 1], [c.id, 1]].sort());
});

t.test('closing the app writes what is pending', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Dernier lu', sectionId: section.id });
  await view(app, a.id);
  await view(app, a.id);
  await app.close();
  t.match(await buckets(db), [{ articleId: a.id, count: 2 }]);
});

t.test('beacon requests leave no access-log lines; other requests do', async (t) => {
  const lines: { msg: string; req?: { url: string }; reqId: string }[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(JSON.parse(String(chunk))); done(); } });
  const { app } = await makeApp(t, {}, { logger: { level: 'info', stream } });
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Discret', sectionId: section.id });
  const beacon = await view(app, a.slug);
  const read = await app.inject({ url: `/v1/articles/${a.slug}` });
  t.equal(beacon.statusCode, 202);
  const of = (id: unknown) => lines.filter((l) => l.reqId === id).map((l) => l.msg);
  t.same(of(beacon.headers['x-request-id']), [], 'nothing logged for the beacon');
  t.same(of(read.headers['x-request-id']), ['incoming request', 'request completed'], 'a read is logged');
});
