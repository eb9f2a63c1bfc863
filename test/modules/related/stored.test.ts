import t, { type Test } from 'tap';
import type { App } from '../../../src/app.js';
import type { Database } from '../../../src/db/connection.js';
import { createRepositories, transactor } from '../../../src/db/repositories.js';
import { rebuildRelated, refreshRelated } from '../../../src/modules/related/refresh.js';
import { buildApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { admin, article, create, inThreadRenderer, makeApp, newsroom, TEST_ENV } from '../../helpers.js';
import { query } from '../../database.js';

const DAY = 86_400_000;
const HOUR = 3_600_000;

const related = async (app: App, id: string, limit: number, headers: Record<string, string> = {}) => {
  const res = await app.inject({ url: `/v1/articles/${id}/related?limit=${limit}`, headers });
  return { status: res.statusCode, data: res.statusCode === 200 ? res.json().data : res.json().code };
};

/** Stored sets, by article: which articles have their candidates stored. */
const storedSets = async (db: Database) => (await query<{ id: string }>(db, 'SELECT article_id AS id FROM related_sets ORDER BY 1')).map((r) => r.id);

/** Every article's related answer (at a few limits, for a reader and a partner), from what is stored and as computed when read. */
async function compareAll(t: Test, app: App, db: Database, ids: string[], label: string, partner: Record<string, string>) {
  const stored = [];
  for (const id of ids) for (const limit of [3, 6, 20]) for (const headers of [{}, partner]) stored.push(await related(app, id, limit, headers));
  const sets = await storedSets(db);
  await db.sql.run('DELETE FROM related_sets');
  const computed = [];
  for (const id of ids) for (const limit of [3, 6, 20]) for (const headers of [{}, partner]) computed.push(await related(app, id, limit, headers));
  t.same(stored, computed, `${label}: stored candidates answer as the read-time computation does`);
  t.ok(ids.every((id) => sets.includes(id)), `${label}: every article's candidates were stored`);
  t.ok(stored.some((r) => r.status === 200 && r.data.some((x: { source: string }) => x.source === 'automatic')), `${label}: with automatic matches`);
  return sets;
}

t.test('related articles read from stored candidates equal those computed when read, through several kinds of writes', async (t) => {
  const { app, db, clock } = await makeApp(t, {}, { cacheBytes: 0 });
  const n = await newsroom(app);
  const rare = await create(app, '/v1/tags', { name: 'Meridia Labs', type: 'organisation' });
  const partner = (await create(app, '/v1/keys', { name: 'Partenaire', scopes: ['content:read'], sections: [n.child.id] })).key;
  const partnerHeaders = { authorization: `Bearer ${partner}` };
  const ids: string[] = [];
  const titles = ['Élections municipales à Marseille', 'Marseille vote, la campagne', 'Meridia présente son robot',
    'Un robot conversationnel à Marseille', 'Les municipales et la campagne numérique', 'Campagne électorale et robots',
    'Culture : un festival à Marseille', 'Meridia Labs lève des fonds', 'Intelligence artificielle et élections'];
  const sections = [n.section.id, n.child.id, n.other.id];
  const tagSets = [[n.tag.id], [n.tag.id, n.tag2.id], [rare.id], [rare.id, n.tag2.id], [n.tag.id], [], [n.tag2.id], [rare.id], [n.tag.id, rare.id]];
  for (const [i, title] of titles.entries()) {
    ids.push((await article(app, { title, standfirst: `${title} : ce que la campagne change`, sectionId: sections[i % 3], tagIds: tagSets[i] })).id);
    clock.advance(5 * HOUR + i * DAY);
  }
  await app.relatedRefresh.run();
  t.same((await storedSets(db)).length, ids.length, 'the refresh stored every written article\'s candidates');
  await compareAll(t, app, db, ids, 'created', partnerHeaders);

  // Several kinds of writes: tags, a section, a title, an unpublication, a deletion, a scheduled article.
  const patch = (id: string, payload: object) => app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: admin, payload });
  t.equal((await patch(ids[0], { tagIds: [rare.id, n.tag2.id] })).statusCode, 200);
  t.equal((await patch(ids[1], { sectionId: n.other.id })).statusCode, 200);
  t.equal((await patch(ids[2], { title: 'Municipales : le robot de Meridia à Marseille' })).statusCode, 200);
  t.equal((await patch(ids[3], { status: 'archived' })).statusCode, 200);
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${ids[4]}`, headers: admin })).statusCode, 204);
  const later = await article(app, { title: 'Marseille : la campagne des municipales', sectionId: n.child.id, tagIds: [n.tag.id], status: 'scheduled', publishAt: new Date(clock.now + 2 * HOUR).toISOString() });
  const fresh = await article(app, { title: 'Robot et campagne à Marseille', sectionId: n.child.id, tagIds: [n.tag.id, rare.id] });
  const live = [...ids.filter((id) => id !== ids[4] && id !== ids[3]), fresh.id];
  await rebuildRelated({ repos: createRepositories(db.sql), transaction: transactor(db), now: () => clock.now });
  await compareAll(t, app, db, live, 'after the writes, rebuilt', partnerHeaders);
  clock.advance(3 * HOUR);
  await rebuildRelated({ repos: createRepositories(db.sql), transaction: transactor(db), now: () => clock.now });
  await compareAll(t, app, db, [...live, later.id], 'the scheduled one published', partnerHeaders);
  clock.advance(40 * DAY);
  await rebuildRelated({ repos: createRepositories(db.sql), transaction: transactor(db), now: () => clock.now });
  await compareAll(t, app, db, live, 'forty days on: the tags part decayed, the words part held', partnerHeaders);
});

t.test('a write refreshes the article and the articles whose candidates it enters or leaves', async (t) => {
  const { app, db, clock } = await makeApp(t, {}, { cacheBytes: 0 });
  const n = await newsroom(app);
  const a = await article(app, { title: 'Le premier dossier', standfirst: 'Une introduction', sectionId: n.child.id, tagIds: [n.tag.id] });
  const b = await article(app, { title: 'Une enquête différente', standfirst: 'Des chiffres', sectionId: n.other.id, tagIds: [n.tag2.id] });
  await app.relatedRefresh.run();
  t.same(await storedSets(db), [a.id, b.id].sort());
  const ofA = async () => (await related(app, a.id, 6)).data.map((r: { article: { id: string } }) => r.article.id);
  t.same(await ofA(), [], 'nothing shares a tag, the section or a word with the first');
  clock.advance(HOUR);
  const c = await article(app, { title: 'Rien en commun', standfirst: 'Vraiment', sectionId: n.other.id, tagIds: [n.tag.id] });
  t.same(await ofA(), [], 'until the refresh, the stored candidates answer');
  await app.relatedRefresh.run();
  t.same(await ofA(), [c.id], 'the new article entered its neighbour\'s candidates');
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/articles/${c.id}`, headers: admin, payload: { tagIds: [n.tag2.id] } })).statusCode, 200);
  await app.relatedRefresh.run();
  t.same(await ofA(), [], 'and left them when its tags changed');
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { status: 'draft', publishAt: null } })).statusCode, 200);
  await app.relatedRefresh.run();
  t.notOk((await storedSets(db)).includes(a.id), 'an article taken back to draft has none stored');
  t.equal((await app.inject({ method: 'DELETE', url: `/v1/articles/${b.id}`, headers: admin })).statusCode, 204);
  await app.relatedRefresh.run();
  t.same(await storedSets(db), [c.id], 'a deleted article has none stored either');
  t.equal(await app.relatedRefresh.run(), undefined, 'a turn with nothing written');
});

t.test('stored candidates cut short that leave too few visible ones are computed when read', async (t) => {
  const { app, db } = await makeApp(t, {}, { cacheBytes: 0 });
  const n = await newsroom(app);
  const a = await article(app, { title: 'Le premier dossier', sectionId: n.child.id, tagIds: [n.tag.id] });
  const c = await article(app, { title: 'Rien en commun', sectionId: n.other.id, tagIds: [n.tag.id] });
  const ids = async () => (await related(app, a.id, 6)).data.map((r: { article: { id: string } }) => r.article.id);
  const publishedAt = Date.parse(a.publishedAt);
  const repo = createRepositories(db.sql).related;
  await repo.store(a.id, publishedAt, [], false, 0, null);
  t.same(await ids(), [], 'a complete set with no candidate: none');
  await repo.store(a.id, publishedAt, [], true, 0, null);
  t.same(await ids(), [c.id], 'a set cut short: computed when read');
});

t.test('a turn another instance did is not done twice, and the first turn starts from the latest change', async (t) => {
  const { app, db, clock } = await makeApp(t, {}, { cacheBytes: 0 });
  const n = await newsroom(app);
  await article(app, { title: 'Un sujet', sectionId: n.child.id, tagIds: [n.tag.id] });
  const repos = createRepositories(db.sql);
  const deps = { repos, transaction: transactor(db), now: () => clock.now };
  // Another instance moves the cursor between this one's reads and its transaction.
  const moved = { ...deps, transaction: (async (work, options) => {
    await repos.changes.setCursor('related', await repos.changes.latest());
    return deps.transaction(work, options);
  }) as typeof deps.transaction };
  t.equal(await refreshRelated(moved), 0, 'nothing stored: the turn was done');
  t.same(await storedSets(db), []);
  await db.sql.run("DELETE FROM outbox_cursors WHERE name = 'related'");
  t.equal(await refreshRelated(deps), 0, 'the first turn only sets the cursor');
  t.equal(await repos.changes.cursor('related'), await repos.changes.latest());
});

t.test('an edit that moves the article nowhere refreshes it alone; one that moves it, its neighbours too', async (t) => {
  const { app, db, clock } = await makeApp(t, {}, { cacheBytes: 0 });
  const n = await newsroom(app);
  const a = await article(app, { title: 'Le premier dossier', sectionId: n.child.id, tagIds: [n.tag.id] });
  await article(app, { title: 'Le second dossier', sectionId: n.child.id, tagIds: [n.tag.id] });
  const deps = { repos: createRepositories(db.sql), transaction: transactor(db), now: () => clock.now };
  await app.relatedRefresh.run();
  const patch = (payload: object) => app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload });
  t.equal((await patch({ standfirst: 'Un chapeau de plus' })).statusCode, 200);
  t.equal(await refreshRelated(deps), 1, 'the standfirst: the article alone');
  t.equal((await patch({ tagIds: [n.tag.id, n.tag2.id] })).statusCode, 200);
  t.equal(await refreshRelated(deps), 2, 'its tags: the article and the one sharing a tag with it');
});

t.test('an edit that leaves what the candidates are made of keeps them; one that changes it, or moves a neighbour, computes them again', async (t) => {
  const { app, db, clock } = await makeApp(t, {}, { cacheBytes: 0 });
  const n = await newsroom(app);
  const a = await article(app, { title: 'Les textes du premier dossier', standfirst: 'Un chapeau de trop', sectionId: n.child.id, tagIds: [n.tag.id] });
  const b = await article(app, { title: 'Les textes du second dossier', standfirst: 'Sans chapeau', sectionId: n.child.id, tagIds: [n.tag.id] });
  await article(app, { title: 'Un chapeau pour un troisième dossier', sectionId: n.other.id, tagIds: [n.tag2.id] });
  const deps = { repos: createRepositories(db.sql), transaction: transactor(db), now: () => clock.now };
  await app.relatedRefresh.run();
  const computedAt = async (id: string) => Number((await db.sql.get<{ at: unknown }>('SELECT computed_at AS at FROM related_sets WHERE article_id = @id', { id }))!.at);
  const patch = async (id: string, payload: object) => t.equal((await app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: admin, payload })).statusCode, 200);
  const first = await computedAt(a.id);
  const turn = async (payload: object, computed: number, label: string) => {
    clock.advance(HOUR);
    await patch(a.id, payload);
    t.equal(await refreshRelated(deps), computed, label);
  };
  await turn({ body: 'Un autre corps, bien plus long que le premier.' }, 0, 'its body: nothing computed');
  await turn({ standfirst: 'Un chapeau de plus' }, 0, 'a word of fewer than five letters that is no term of the query: nothing computed');
  t.equal(await computedAt(a.id), first, 'the stored candidates were kept');
  await turn({ standfirst: 'Un chapeau de plus ici' }, 1, 'a word more: the standfirst\'s length moves its own score');
  t.equal(await computedAt(a.id), clock.now, 'and they were stored again');
  await turn({ standfirst: 'Un text de plus ici' }, 1, 'a short word that stems to a term of the query: computed');
  await turn({ standfirst: 'Un bonnet de plus ici' }, 1, 'a word of the query: computed');
  await turn({ sectionId: n.section.id }, 3, 'its section: the article and its neighbours (it moved), the one sharing its tag and the one it is a candidate of');
  // Written in the same turn as an article that moves next to it: computed again, though its body alone changed.
  await patch(b.id, { body: 'Un corps tout neuf.' });
  await turn({ tagIds: [n.tag.id, n.tag2.id] }, 3, 'its tags: the article and its neighbours, the one whose body alone changed among them');
  const stored = async () => { const out = []; for (const id of [a.id, b.id]) out.push(await related(app, id, 6)); return out; };
  const fromStore = await stored();
  await db.sql.run('DELETE FROM related_sets');
  t.same(fromStore, await stored(), 'what is stored answers as the read-time computation does');
});

t.test('a start leaves the refresh of what was written meanwhile, and the views\' roll-up, to their first turns', async (t) => {
  const { app, db, clock } = await makeApp(t, {}, { cacheBytes: 0 });
  const n = await newsroom(app);
  await app.relatedRefresh.run();
  const written = await article(app, { title: 'Écrit pendant l’arrêt', sectionId: n.child.id, tagIds: [n.tag.id] });
  await app.inject({ method: 'POST', url: `/v1/articles/${written.id}/views`, headers: { 'user-agent': 'Mozilla/5.0' } });
  await app.views.flush();
  await app.close();
  await db.sql.run('DELETE FROM view_windows');
  const cursor = await db.sql.get<{ value: unknown }>("SELECT value FROM outbox_cursors WHERE name = 'related'");
  const again = await buildApp({ config: loadConfig({ KIOSQUE_SEED: 'none', ...TEST_ENV }), db, now: () => clock.now, renderer: inThreadRenderer });
  t.teardown(() => again.close());
  await again.ready();
  t.same(await db.sql.get("SELECT value FROM outbox_cursors WHERE name = 'related'"), cursor, 'the cursor did not move at start');
  t.notOk((await storedSets(db)).includes(written.id), 'nothing was computed at start');
  t.same(await query(db, 'SELECT hours FROM view_windows'), [], 'no window was rolled up at start');
  await again.relatedRefresh.run();
  await again.viewRollup.run();
  t.ok((await storedSets(db)).includes(written.id), 'the first turn refreshes it');
  t.ok((await query(db, 'SELECT hours FROM view_windows')).length > 0, 'the first roll-up fills the windows');
});
