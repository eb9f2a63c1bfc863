import t from 'tap';
import { admin, article, isProblem, makeApp, newsroom, type TestApp } from '../../helpers.js';

type App = TestApp['app'];

async function feed(app: App, query: string, headers: Record<string, string> = admin) {
  const res = await app.inject({ url: `/v1/changes${query}`, headers });
  if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
  return res;
}

t.test('an empty feed, then since=latest starts from now', async (t) => {
  const { app } = await makeApp(t);
  const empty = await feed(app, '');
  t.match(empty.json(), { data: [], meta: { limit: 100, hasMore: false, nextCursor: String } });
  t.equal(empty.headers['cache-control'], 'private, no-store');
  const { section } = await newsroom(app);
  const latest = (await feed(app, '?since=latest')).json();
  t.same(latest.data, [], 'nothing before now');
  const a = await article(app, { title: 'Après', sectionId: section.id });
  const after = (await feed(app, `?since=${latest.meta.nextCursor}`)).json();
  t.same(after.data.map((c: any) => [c.type, c.entity.id]), [['article.published', a.id]]);
  t.same((await feed(app, `?since=${after.meta.nextCursor}`)).json().data, [], 'and nothing again');
});

t.test('a client replays every change exactly once, in order, across pages while writes happen', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const made = [];
  for (let i = 0; i < 5; i++) made.push(await article(app, { title: `Article ${i}`, sectionId: section.id }));
  const seen: any[] = [];
  let since = '';
  let round = 0;
  for (;;) {
    const res = await feed(app, `?limit=3${since}`);
    const page = res.json();
    seen.push(...page.data);
    if (page.meta.hasMore) t.match(res.headers.link, `since=${page.meta.nextCursor}`, 'Link: rel="next"');
    else t.notOk(res.headers.link);
    since = `&since=${page.meta.nextCursor}`;
    // Writes land between pages: new articles, edits and deletions of ones already seen.
    if (round < 3) {
      await article(app, { title: `Nouveau ${round}`, sectionId: section.id });
      await app.inject({ method: 'PATCH', url: `/v1/articles/${made[round].id}`, headers: admin, payload: { standfirst: 'Modifié' } });
      await app.inject({ method: 'DELETE', url: `/v1/articles/${made[4 - round].id}`, headers: admin });
    }
    round++;
    if (!page.meta.hasMore && round > 3) break;
  }
  const all = (await feed(app, '?limit=500')).json().data;
  t.equal(all.length, 6 + 5 + 9, 'the newsroom, five articles, and three rounds of three writes');
  t.same(seen.map((c) => c.cursor), all.map((c: any) => c.cursor), 'every change once, in commit order');
  t.equal(seen.filter((c) => c.type === 'article.deleted').length, 3, 'deletions included');
});

t.test('readers only learn of changes to what they could see; previews see everything', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const draft = await article(app, { title: 'Brouillon secret', sectionId: section.id, status: 'draft' });
  await app.inject({ method: 'PATCH', url: `/v1/articles/${draft.id}`, headers: admin, payload: { title: 'Toujours secret' } });
  const live = await article(app, { title: 'Public', sectionId: section.id });
  await app.inject({ method: 'PATCH', url: `/v1/articles/${live.id}`, headers: admin, payload: { status: 'draft' } });
  await app.inject({ method: 'PATCH', url: `/v1/articles/${live.id}`, headers: admin, payload: { title: 'Dépublié, modifié' } });
  await app.inject({ method: 'DELETE', url: `/v1/articles/${draft.id}`, headers: admin });

  const reader = (await feed(app, '', {})).json();
  t.same(reader.data.filter((c: any) => c.entity.type === 'article').map((c: any) => [c.type, c.entity.id]),
    [['article.published', live.id], ['article.unpublished', live.id]]);
  t.notMatch(JSON.stringify(reader), /secret|brouillon/i, 'no trace of the draft');
  const preview = (await feed(app, '')).json();
  t.equal(preview.data.filter((c: any) => c.entity.type === 'article').length, 6);
  t.equal(reader.meta.nextCursor, reader.data.at(-1).cursor, 'a reader\'s cursor stops at the last change it saw');
  t.not(reader.meta.nextCursor, preview.meta.nextCursor, 'not after the hidden ones: it would tell they happened');
  await app.inject({ method: 'PATCH', url: `/v1/articles/${live.id}`, headers: admin, payload: { title: 'Encore modifié' } });
  const after = (await feed(app, `?since=${reader.meta.nextCursor}`, {})).json();
  t.same(after, { data: [], meta: { limit: 100, nextCursor: reader.meta.nextCursor, hasMore: false } }, 'more hidden edits move nothing');
  const latest = (await feed(app, '?since=latest', {})).json();
  t.equal(latest.meta.nextCursor, reader.meta.nextCursor, 'latest is the newest change the caller may see');

  const paged = (await feed(app, '?limit=7', {})).json();
  t.equal(paged.data.length, 7);
  t.equal(paged.meta.hasMore, true);
  const rest = (await feed(app, `?since=${paged.meta.nextCursor}`, {})).json();
  t.same(rest.data.map((c: any) => c.type), ['article.unpublished']);
});

t.test('an invalid cursor is a 400', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  for (const title of ['Un', 'Deux']) await article(app, { title, sectionId: section.id });
  const list = (await app.inject('/v1/articles?limit=1')).json().meta.nextCursor;
  const readable = Buffer.from(JSON.stringify(['changes', 1])).toString('base64url');
  for (const since of ['garbage!', list, readable]) {
    isProblem(t, await app.inject(`/v1/changes?since=${since}`), 400, 'INVALID_CURSOR');
  }
  isProblem(t, await app.inject('/v1/changes?limit=501'), 400, 'VALIDATION_FAILED');
});

t.test('the change feed needs content:read when anonymous reads are off', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_ANONYMOUS_READ: 'false' });
  isProblem(t, await app.inject('/v1/changes'), 401, 'UNAUTHORIZED');
});

