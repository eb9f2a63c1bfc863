import t from 'tap';
import type { App } from '../../../src/app.js';
import { admin, article, create, isProblem, makeApp, newsroom } from '../../helpers.js';

const DAY = 86_400_000;
const related = (app: App, id: string, query = '', headers: Record<string, string> = {}) =>
  app.inject({ url: `/v1/articles/${id}/related${query}`, headers });

async function setup(app: App) {
  const n = await newsroom(app);
  const rare = await create(app, '/v1/tags', { name: 'Meridia Labs', type: 'organisation' });
  const main = await article(app, { title: 'Le sujet principal', sectionId: n.child.id, tagIds: [n.tag.id, rare.id] });
  return { ...n, rare, main };
}

t.test('curated links first, in order, then automatic matches to fill the limit', async (t) => {
  const { app, clock } = await makeApp(t);
  const { main, tag, rare, other, child } = await setup(app);
  const curated = await article(app, { title: 'Choisi par la rédaction', sectionId: other.id });
  const byRareTag = await article(app, { title: 'Même tag rare', sectionId: other.id, tagIds: [rare.id] });
  const byTag = await article(app, { title: 'Même tag courant', sectionId: other.id, tagIds: [tag.id] });
  for (let i = 0; i < 4; i++) await article(app, { title: `Tag courant ${i}`, sectionId: other.id, tagIds: [tag.id] });
  const sameSection = await article(app, { title: 'Même rubrique', sectionId: child.id });
  clock.advance(DAY);
  await app.inject({
    method: 'PUT', url: `/v1/articles/${main.id}/links`, headers: admin,
    payload: { links: [
      { kind: 'external', url: 'https://www.example.org/source', title: 'La source', label: 'Document' },
      { kind: 'article', articleId: curated.id },
      { kind: 'article', articleId: byRareTag.id },
    ] },
  });
  const res = await related(app, main.id, '?limit=5');
  t.equal(res.statusCode, 200);
  const data = res.json().data;
  t.equal(data.length, 5);
  t.same(data.slice(0, 3).map((r: any) => [r.source, r.kind, r.title]), [
    ['curated', 'external', 'La source'], ['curated', 'article', 'Choisi par la rédaction'], ['curated', 'article', 'Même tag rare'],
  ]);
  t.match(data[0], { label: 'Document', url: 'https://www.example.org/source', article: null, score: null });
  t.match(data[1].article, { id: curated.id, title: 'Choisi par la rédaction', section: { id: other.id } });
  t.ok(data.slice(3).every((r: any) => r.source === 'automatic' && r.kind === 'article' && r.score > 0));
  const ids = data.flatMap((r: any) => (r.article ? [r.article.id] : []));
  t.equal(new Set(ids).size, ids.length, 'no duplicates: a curated target is not repeated');
  t.notOk(ids.includes(main.id), 'never the article itself');
  t.ok(ids.includes(sameSection.id) || ids.includes(byTag.id));

  const auto = (await related(app, byTag.id, '?limit=20')).json().data;
  t.ok(auto.every((r: any) => r.source === 'automatic'), 'no curated links: all automatic');
  t.notOk(auto.some((r: any) => r.article.id === byTag.id));
});

t.test('rarer shared tags weigh more, the section counts, older matches decay', async (t) => {
  const { app, clock } = await makeApp(t);
  const { main, tag, rare, other, child } = await setup(app);
  const old = await article(app, { title: 'Ancien, tag rare', sectionId: other.id, tagIds: [rare.id], publishAt: new Date(clock.now - 90 * DAY).toISOString() });
  const common = await article(app, { title: 'Tag courant', sectionId: other.id, tagIds: [tag.id] });
  for (let i = 0; i < 5; i++) await article(app, { title: `Tag courant ${i}`, sectionId: other.id, tagIds: [tag.id] });
  const rareNew = await article(app, { title: 'Tag rare', sectionId: other.id, tagIds: [rare.id] });
  const section = await article(app, { title: 'Rubrique seule', sectionId: child.id });
  const unrelated = await article(app, { title: 'Sans rapport', sectionId: other.id, body: 'Rien à voir, vraiment.' });
  const data = (await related(app, main.id, '?limit=20')).json().data;
  const rank = (id: string) => data.findIndex((r: any) => r.article.id === id);
  t.ok(rank(rareNew.id) < rank(common.id), 'a rare tag beats a common one');
  t.ok(rank(rareNew.id) < rank(old.id), 'a newer match beats an older one with the same tag');
  t.ok(rank(section.id) >= 0, 'the same section is a match');
  t.equal(rank(unrelated.id), -1, 'no tag, no section: no match');
  const scores = data.map((r: any) => r.score);
  t.same(scores, [...scores].sort((a, b) => b - a), 'best first');
});

t.test('invisible articles are never related, whoever asks', async (t) => {
  const { app, clock } = await makeApp(t);
  const { main, rare, other } = await setup(app);
  const draft = await create(app, '/v1/articles', { title: 'Brouillon', body: 'x', sectionId: other.id, tagIds: [rare.id] });
  const scheduled = await article(app, { title: 'Programmé', sectionId: other.id, tagIds: [rare.id], publishAt: new Date(clock.now + DAY).toISOString() });
  const linked = await article(app, { title: 'Lié puis dépublié', sectionId: other.id });
  await app.inject({ method: 'PUT', url: `/v1/articles/${main.id}/links`, headers: admin, payload: { links: [{ kind: 'article', articleId: linked.id }] } });
  await app.inject({ method: 'PATCH', url: `/v1/articles/${linked.id}`, headers: admin, payload: { status: 'draft' } });
  for (const headers of [{}, admin]) {
    const ids = (await related(app, main.id, '', headers)).json().data.map((r: any) => r.article?.id);
    t.notOk(ids.includes(draft.id) || ids.includes(scheduled.id) || ids.includes(linked.id));
  }
  isProblem(t, await related(app, draft.id), 404, 'NOT_FOUND');
  t.equal((await related(app, draft.id, '', admin)).statusCode, 200, 'a previewer can ask for a draft\'s related');
  clock.advance(2 * DAY);
  const later = (await related(app, main.id, '?limit=20')).json().data.map((r: any) => r.article?.id);
  t.ok(later.includes(scheduled.id), 'a scheduled article becomes related once published');
});

t.test('validators: 304, and a new ETag when a related article changes', async (t) => {
  const { app } = await makeApp(t);
  const { main, rare, other } = await setup(app);
  const match = await article(app, { title: 'Avant', sectionId: other.id, tagIds: [rare.id] });
  const first = await related(app, main.slug);
  t.match(first.headers['surrogate-key'], new RegExp(`${main.id}.*${match.id}`));
  t.equal((await related(app, main.slug, '', { 'if-none-match': String(first.headers.etag) })).statusCode, 304);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${match.id}`, headers: admin, payload: { title: 'Après' } });
  const second = await related(app, main.slug, '', { 'if-none-match': String(first.headers.etag) });
  t.equal(second.statusCode, 200);
  t.equal(second.json().data[0].title, 'Après');
  isProblem(t, await related(app, main.id, '?limit=0'), 400, 'VALIDATION_FAILED');
  isProblem(t, await related(app, main.id, '?limit=21'), 400, 'VALIDATION_FAILED');
  isProblem(t, await related(app, 'nope'), 404, 'NOT_FOUND');
});

t.test('titles and standfirsts sharing words make a match, even without tags or section', async (t) => {
  const { app } = await makeApp(t);
  const { other, child } = await newsroom(app);
  const main = await article(app, { title: 'Recrutement : les chercheurs en intelligence artificielle courtisés', sectionId: child.id, body: 'Les laboratoires.' });
  const echo = await article(app, { title: 'Chercheurs courtisés : le recrutement s’emballe', sectionId: other.id, body: 'Les salaires.' });
  const noise = await article(app, { title: 'Rugby : victoire à Toulouse', sectionId: other.id, body: 'Le stade.' });
  const data = (await related(app, main.id)).json().data;
  t.same(data.map((r: any) => r.article.id), [echo.id], 'the shared words match; an unrelated title does not');
  t.notOk(data.some((r: any) => r.article.id === noise.id));
  const alone = await create(app, '/v1/sections', { name: 'Seule' });
  const short = await article(app, { title: 'Oui à la loi', sectionId: alone.id, body: 'Ni oui ni non.' });
  t.same((await related(app, short.id)).json().data, [], 'no word long enough to match on: no textual match');
});

t.test('a previewed draft gets textual matches too, scored against the best one', async (t) => {
  const { app } = await makeApp(t);
  const { other } = await newsroom(app);
  const alone = await create(app, '/v1/sections', { name: 'Seule' });
  const published = await article(app, { title: 'Géothermie profonde sous Lyon', sectionId: other.id, body: 'Les forages.' });
  const draft = await create(app, '/v1/articles', { title: 'Géothermie : les forages reprennent', body: 'Brouillon.', sectionId: alone.id });
  const data = (await related(app, draft.id, '', admin)).json().data;
  t.same(data.map((r: any) => r.article.id), [published.id], 'the draft is not visible, its match is');
  const lonely = await create(app, '/v1/articles', { title: 'Xylophones inouïs', body: 'Rien.', sectionId: alone.id });
  t.same((await related(app, lonely.id, '', admin)).json().data, [], 'nothing shares its words');
});
