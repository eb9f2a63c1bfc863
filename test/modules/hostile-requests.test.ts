import t from 'tap';
import { HOSTILE_INPUTS, HOSTILE_REQUESTS } from '../fixtures/hostile.js';
import { article, makeApp, newsroom } from '../helpers.js';

// The parsers fed by a client's query string, path and headers: each hostile
// request is answered (a 200, a 304 or a 4xx problem naming what is wrong),
// never a 500, over stored bodies made to slow down search snippets. Their
// time is measured by bench/hostile.ts, at full size beside the bodies.

t.test('every hostile request gets an answer, never a server error', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  for (const input of HOSTILE_INPUTS.filter((i) => i.source === 'kiosque')) {
    await article(app, { title: `Hostile ${input.name}`, sectionId: section.id, body: `a ${input.make(3000)}` });
  }
  for (const request of HOSTILE_REQUESTS) {
    const res = await app.inject({ url: request.url, headers: request.headers });
    t.ok([200, 304].includes(res.statusCode) || (res.statusCode >= 400 && res.statusCode < 500), `${request.name}: ${res.statusCode}`);
    if (res.statusCode >= 400) {
      t.match(res.headers['content-type'], /^application\/problem\+json/, `${request.name}: a problem`);
      t.match(res.json(), { status: res.statusCode, code: /^[A-Z_]+$/, detail: String }, `${request.name}: ${res.json().code}`);
    }
  }
});

t.test('the hostile requests reach the parsers they are for', async (t) => {
  const { app } = await makeApp(t);
  await newsroom(app);
  const status = async (name: string) => {
    const request = HOSTILE_REQUESTS.find((r) => r.name === name)!;
    const res = await app.inject({ url: request.url, headers: request.headers });
    return `${res.statusCode} ${res.statusCode >= 400 ? res.json().code : ''}`.trim();
  };
  // Past schema validation, into the code under test.
  t.equal(await status('search: quotes only'), '400 INVALID_QUERY', 'the query parser read it');
  t.equal(await status('search: too many words'), '400 INVALID_QUERY');
  t.equal(await status('search: one long phrase'), '400 INVALID_QUERY', 'a phrase\'s words count');
  t.equal(await status('search: snippet markers'), '200');
  t.equal(await status('search: combining accents'), '200');
  t.equal(await status('cursor: one letter'), '400 INVALID_CURSOR', 'the cursor was opened');
  t.equal(await status('cursor: search'), '400 INVALID_CURSOR');
  t.equal(await status('cursor: feed'), '400 INVALID_CURSOR');
  t.equal(await status('fields: one field again and again'), '200', 'the comma list was read');
  t.equal(await status('slug: hyphens'), '404 NOT_FOUND', 'the slug was looked up');
  t.equal(await status('Authorization: spaces'), '401 UNAUTHORIZED', 'the header was parsed');
});
