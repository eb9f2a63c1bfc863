import t from 'tap';
import { makeApp, admin } from '../helpers.js';
import { isEmpty } from '../../src/db/seed/empty.js';
import { demoArticles, seedDemo } from '../../src/db/seed/index.js';
import { loadConfig } from '../../src/config.js';

t.test('the demo newsroom looks like a real one', async (t) => {
  const { app, db, clock } = await makeApp(t);
  t.equal(await isEmpty({ db }), true);
  const counts = await seedDemo({ db, now: () => clock.now, config: loadConfig({}) });
  t.same(counts, { sections: 13, authors: 8, tags: 23, articles: 40 });
  t.equal(await isEmpty({ db }), false);

  const sections = (await app.inject('/v1/sections?limit=100')).json().data;
  t.ok(sections.length >= 6);
  t.ok(sections.some((s: { path: string }) => s.path.split('/').length === 2), 'a two-level tree');
  const tags = (await app.inject('/v1/tags?limit=100')).json().data;
  t.same(new Set(tags.map((tag: { type: string }) => tag.type)), new Set(['topic', 'person', 'organisation', 'place', 'event']));

  const all = (await app.inject({ url: '/v1/articles?limit=100&include=body&format=text', headers: admin })).json().data;
  t.equal(all.length, 40);
  const statuses = new Set(all.map((a: { status: string }) => a.status));
  t.ok(statuses.has('draft') && statuses.has('scheduled') && statuses.has('archived'), 'drafts, scheduled and archived ones');
  for (const a of all) {
    t.ok(a.wordCount >= 600 && a.wordCount <= 1500, `${a.slug}: ${a.wordCount} words`);
    t.ok(a.toc.filter((e: { level: number }) => e.level === 2).length >= 2, `${a.slug} has h2 sections`);
    t.ok(a.standfirst.length > 20 && a.heroImage?.url, `${a.slug} has a standfirst and a hero image`);
    t.notMatch(a.body.text, /lorem ipsum/i);
  }
  const links = await Promise.all(all.map(async (a: { id: string }) =>
    (await app.inject({ url: `/v1/articles/${a.id}/links`, headers: admin })).json().data));
  const kinds = new Set(links.flat().map((l: { kind: string }) => l.kind));
  t.same(kinds, new Set(['article', 'external']), 'internal and external related links');
  t.equal(new Set(demoArticles.map((a) => a.key)).size, 40, 'unique demo keys');
});
