import t from 'tap';
import { PUBLIC_READER } from '../../../src/lib/reader.js';
import { createRepositories } from '../../../src/db/repositories.js';
import { loadConfig } from '../../../src/config.js';
import { publisherOf } from '../../../src/modules/formats/publisher.js';
import { getNinjs } from '../../../src/modules/formats/service.js';
import { admin, article, create, isProblem, makeApp, newsroom, type TestApp } from '../../helpers.js';
import { validateNinjs } from './helpers.js';

const HOUR = 3_600_000;
const NINJS = { accept: 'application/ninjs+json' };

async function everyTagType(app: TestApp['app']) {
  const n = await newsroom(app);
  const person = await create(app, '/v1/tags', { name: 'Ada Lovelace', type: 'person' });
  const org = await create(app, '/v1/tags', { name: 'Insee', type: 'organisation' });
  const event = await create(app, '/v1/tags', { name: 'JO 2024', type: 'event' });
  const topic = await create(app, '/v1/tags', { name: 'Sport', type: 'topic' });
  return { ...n, tagIds: [n.tag.id, person.id, org.id, n.tag2.id, event.id, topic.id] };
}

function isValidNinjs(t: { ok(v: unknown, m: string): unknown }, body: unknown, what: string) {
  t.ok(validateNinjs(body), `${what} validates against the IPTC ninjs 2.2 schema ${JSON.stringify(validateNinjs.errors)}`);
}

t.test('ninjs of an article with tags of every type and a hero image', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_COPYRIGHT_HOLDER: 'Le Kiosque SA', KIOSQUE_USAGE_TERMS: 'Usage réservé aux partenaires.' });
  const { child, author, tagIds } = await everyTagType(app);
  const a = await article(app, {
    title: 'Les JO & Paris', standfirst: 'Le chapeau.', body: 'Premier paragraphe.\n\n## Suite\n\nFin du texte.', sectionId: child.id,
    authorIds: [author.id], tagIds, seo: { title: 'JO à Paris', description: 'Pour les moteurs' },
    heroImage: { url: 'https://img.example.fr/jo.webp', alt: 'Le stade', caption: 'Le stade de France', credit: 'AFP', width: 1600, height: 900 },
  });
  const res = await app.inject(`/v1/articles/${a.slug}/ninjs`);
  t.equal(res.statusCode, 200);
  t.equal(res.headers['content-type'], 'application/ninjs+json; charset=utf-8');
  const ninjs = res.json();
  isValidNinjs(t, ninjs, 'the article');
  t.match(ninjs, {
    uri: `http://localhost:3000/v1/articles/${a.id}`, type: 'text', representationtype: 'full', version: '1',
    firstcreated: '2026-06-01T08:00:00.000Z', versioncreated: '2026-06-01T08:00:00.000Z', pubstatus: 'usable', language: 'fr',
    slugline: a.slug, by: 'Hélène Fabre', copyrightholder: 'Le Kiosque SA', copyrightnotice: '© 2026 Le Kiosque SA',
    usageterms: 'Usage réservé aux partenaires.', standard: { name: 'ninjs', version: '2.2' },
  });
  t.notOk('embargoed' in ninjs);
  t.same(ninjs.headlines, [{ role: 'main', value: 'Les JO & Paris' }, { role: 'seo', value: 'JO à Paris' }]);
  t.same(ninjs.descriptions, [
    { role: 'summary', contenttype: 'text/plain', value: 'Le chapeau.' }, { role: 'seo', contenttype: 'text/plain', value: 'Pour les moteurs' },
  ]);
  const text = 'Premier paragraphe.\n\nSuite\n\nFin du texte.';
  t.same(ninjs.bodies, [
    { role: 'main', contenttype: 'text/html', value: '<p>Premier paragraphe.</p>\n<h2 id="suite">Suite</h2>\n<p>Fin du texte.</p>', charcount: text.length, wordcount: 6 },
    { role: 'main', contenttype: 'text/plain', value: text, charcount: text.length, wordcount: 6 },
  ]);
  const concept = (name: string, slug: string) => [{ name, uri: `http://localhost:3000/v1/tags/${slug}`, literal: slug }];
  t.same(ninjs.subjects, [...concept('Élections', 'elections'), ...concept('Sport', 'sport')], 'topics in the article\'s order');
  t.same(ninjs.people, concept('Ada Lovelace', 'ada-lovelace'));
  t.same(ninjs.organisations, concept('Insee', 'insee'));
  t.same(ninjs.places, concept('Paris', 'paris'));
  t.same(ninjs.events, concept('JO 2024', 'jo-2024'));
  t.same(ninjs.associations, [{
    name: 'featureimage', uri: 'https://img.example.fr/jo.webp', type: 'picture', by: 'AFP',
    descriptions: [{ role: 'alt', contenttype: 'text/plain', value: 'Le stade' }, { role: 'caption', contenttype: 'text/plain', value: 'Le stade de France' }],
    renditions: [{ name: 'original', href: 'https://img.example.fr/jo.webp', contenttype: 'image/webp', width: 1600, height: 900 }],
  }]);
});

t.test('ninjs without hero image, byline or tags; a hero image without size or credit', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const plain = await article(app, { title: 'Sobre', sectionId: section.id });
  const bare = (await app.inject(`/v1/articles/${plain.id}/ninjs`)).json();
  isValidNinjs(t, bare, 'a bare article');
  for (const key of ['associations', 'by', 'subjects', 'people', 'organisations', 'places', 'events']) t.notOk(key in bare, `no ${key}`);
  t.match(bare, { copyrightholder: 'Kiosque', copyrightnotice: '© 2026 Kiosque', usageterms: /^All rights reserved/ });
  const pictured = await article(app, { title: 'Photo', sectionId: section.id, heroImage: { url: 'https://img.example.fr/p', alt: 'Une photo' } });
  const ninjs = (await app.inject(`/v1/articles/${pictured.slug}/ninjs`)).json();
  isValidNinjs(t, ninjs, 'an image without size');
  t.same(ninjs.associations[0].renditions, [{ name: 'original', href: 'https://img.example.fr/p', contenttype: 'application/octet-stream' }]);
  t.notOk('by' in ninjs.associations[0]);
});

t.test('withheld, canceled and embargoed articles: preview keys only, with their pubstatus and embargo', async (t) => {
  const { app, clock } = await makeApp(t);
  const { section, tagIds } = await everyTagType(app);
  const later = new Date(clock.now + HOUR).toISOString();
  const withheld = await article(app, { title: 'Retenu', sectionId: section.id, pubStatus: 'withheld', tagIds });
  const canceled = await article(app, { title: 'Annulé', sectionId: section.id, pubStatus: 'canceled' });
  const embargoed = await article(app, { title: 'Sous embargo', sectionId: section.id, embargoUntil: later });
  for (const a of [withheld, canceled, embargoed]) {
    isProblem(t, await app.inject(`/v1/articles/${a.id}/ninjs`), 404, 'NOT_FOUND');
    isProblem(t, await app.inject({ url: `/v1/articles/${a.id}`, headers: NINJS }), 404, 'NOT_FOUND');
  }
  const seen = async (id: string) => (await app.inject({ url: `/v1/articles/${id}/ninjs`, headers: admin })).json();
  const w = await seen(withheld.id);
  isValidNinjs(t, w, 'withheld');
  t.equal(w.pubstatus, 'withheld');
  const c = await seen(canceled.id);
  isValidNinjs(t, c, 'canceled');
  t.equal(c.pubstatus, 'canceled');
  const e = await seen(embargoed.id);
  isValidNinjs(t, e, 'embargoed');
  t.match(e, { pubstatus: 'usable', embargoed: '2026-06-01T09:00:00.000Z' });
  const draft = await article(app, { title: 'Brouillon', sectionId: section.id, status: 'draft' });
  const d = await seen(draft.id);
  isValidNinjs(t, d, 'a draft');
  t.equal(d.copyrightnotice, '© 2026 Kiosque', 'dated by its creation until it is published');
  const preview = await app.inject({ url: `/v1/articles/${embargoed.id}/ninjs`, headers: admin });
  t.equal(preview.headers['cache-control'], 'private, no-store');
  clock.advance(HOUR);
  const lifted = (await app.inject(`/v1/articles/${embargoed.id}/ninjs`)).json();
  t.notOk('embargoed' in lifted, 'a past embargo is not stated');
});

t.test('Accept: application/ninjs+json on the article URL, Vary: Accept, ETags and 304s per representation', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Négocié', sectionId: section.id });
  const url = `/v1/articles/${a.slug}`;
  const json = await app.inject(url);
  const ninjs = await app.inject({ url, headers: NINJS });
  t.equal(json.headers['content-type'], 'application/json; charset=utf-8');
  t.equal(ninjs.headers['content-type'], 'application/ninjs+json; charset=utf-8');
  for (const res of [json, ninjs]) t.equal(res.headers.vary, 'Authorization, Accept');
  isValidNinjs(t, ninjs.json(), 'the negotiated answer');
  t.same(ninjs.json(), (await app.inject(`${url}/ninjs`)).json(), 'the same as the explicit path');
  t.not(json.headers.etag, ninjs.headers.etag, 'each representation has its ETag');
  t.match(ninjs.headers.etag, /^"1-/, 'whose leading number is the version');

  const accepts: [string, string][] = [
    ['*/*', 'application/json'], ['application/*', 'application/json'], ['text/html', 'application/json'],
    ['application/json;q=0.5, application/ninjs+json', 'application/ninjs+json'], ['application/ninjs+json;q=0.1, */*;q=0.2', 'application/json'],
  ];
  for (const [accept, type] of accepts) {
    t.match((await app.inject({ url, headers: { accept } })).headers['content-type'], type, accept);
  }
  t.equal((await app.inject({ url, headers: { ...NINJS, 'if-none-match': String(ninjs.headers.etag) } })).statusCode, 304, 'ninjs 304');
  t.equal((await app.inject({ url, headers: { 'if-none-match': String(ninjs.headers.etag) } })).statusCode, 200, 'not the JSON\'s ETag');
  t.equal((await app.inject({ url: `${url}/ninjs`, headers: { 'if-none-match': String(ninjs.headers.etag) } })).statusCode, 304);
  t.equal((await app.inject({ url, headers: { 'if-none-match': String(json.headers.etag) } })).statusCode, 304, 'JSON 304');
  t.ok(app.responseCache.stats.hits > 0, 'served from the response cache, each variant under its own key');
  await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { title: 'Négocié, v2' } });
  const v2 = await app.inject({ url, headers: { ...NINJS, 'if-none-match': String(ninjs.headers.etag) } });
  t.equal(v2.statusCode, 200);
  t.match(v2.json(), { version: '2', headlines: [{ value: 'Négocié, v2' }] });
});

t.test('without full content, ninjs is a partial item with no bodies', async (t) => {
  const { app, db, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Partiel', sectionId: section.id });
  const deps = { ...createRepositories(db.sql), publicUrl: 'http://localhost:3000', now: () => clock.now, publisher: publisherOf(loadConfig({})) };
  const partial = await getNinjs(deps, a.id, PUBLIC_READER, false);
  isValidNinjs(t, partial.ninjs, 'partial');
  t.equal(partial.ninjs.representationtype, 'partial');
  t.notOk('bodies' in partial.ninjs);
  t.not(partial.etag, (await getNinjs(deps, a.id, PUBLIC_READER, true)).etag, 'the choice is part of the ETag');
});
