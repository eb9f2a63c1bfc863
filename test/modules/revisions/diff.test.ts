import t from 'tap';
import { bodyDiff } from '../../../src/modules/revisions/diff.js';
import { admin, article, isProblem, makeApp, newsroom } from '../../helpers.js';

t.test('a diff names the fields that changed with both values, and the body word by word', async (t) => {
  const { app } = await makeApp(t);
  const { section, tag } = await newsroom(app);
  const a = await article(app, {
    title: 'Élection présidentielle : le calendrier', sectionId: section.id,
    body: 'Le scrutin aura lieu en avril.\n\n## Les candidats\n\nDouze candidats sont déclarés.',
  });
  const edit = { title: 'Élection présidentielle : le nouveau calendrier', tagIds: [tag.id],
    body: 'Le scrutin aura lieu en mai.\n\n## Les candidats\n\nDouze candidats sont déclarés.\n\nLa campagne commence.' };
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: edit })).statusCode, 200);

  const res = await app.inject({ url: `/v1/articles/${a.id}/revisions/2/diff`, headers: admin });
  t.equal(res.statusCode, 200);
  t.equal(res.headers['cache-control'], 'private, no-store');
  const diff = res.json();
  t.match(diff, { from: { version: 1, event: 'created' }, to: { version: 2, event: 'updated', by: { name: 'KIOSQUE_ADMIN_KEY' } } });
  t.same(diff.fields, ['title', 'body', 'tagIds']);
  t.same(diff.changes, [
    { field: 'title', from: 'Élection présidentielle : le calendrier', to: 'Élection présidentielle : le nouveau calendrier' },
    { field: 'tagIds', from: [], to: [tag.id] },
  ]);
  t.same(diff.body, {
    granularity: 'words',
    parts: [
      { op: 'equal', text: 'Le scrutin aura lieu en ' },
      { op: 'delete', text: 'avril' },
      { op: 'insert', text: 'mai' },
      { op: 'equal', text: '.\n\n## Les candidats\n\nDouze candidats sont déclarés.' },
      { op: 'insert', text: '\n\nLa campagne commence.' },
    ],
  });
  const parts = diff.body.parts as { op: string; text: string }[];
  t.equal(parts.filter((p) => p.op !== 'insert').map((p) => p.text).join(''), 'Le scrutin aura lieu en avril.\n\n## Les candidats\n\nDouze candidats sont déclarés.',
    'the parts not inserted make the old body');
  t.equal(parts.filter((p) => p.op !== 'delete').map((p) => p.text).join(''), edit.body, 'the parts not deleted make the new one');

  const back = (await app.inject({ url: `/v1/articles/${a.id}/revisions/1/diff?from=2`, headers: admin })).json();
  t.same(back.changes.map((c: any) => [c.field, c.to]), [['title', 'Élection présidentielle : le calendrier'], ['tagIds', []]], 'either way round');
  const same = (await app.inject({ url: `/v1/articles/${a.id}/revisions/2/diff?from=2`, headers: admin })).json();
  t.same([same.fields, same.changes, same.body], [[], [], null], 'a version against itself: nothing, and no body diff');
  t.equal((await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { standfirst: 'Chapeau' } })).statusCode, 200);
  t.same((await app.inject({ url: `/v1/articles/${a.slug}/revisions/3/diff`, headers: admin })).json().body, null, 'body unchanged: null');

  isProblem(t, await app.inject({ url: `/v1/articles/${a.id}/revisions/1/diff`, headers: admin }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ url: `/v1/articles/${a.id}/revisions/2/diff?from=9`, headers: admin }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ url: `/v1/articles/${a.id}/revisions/9/diff`, headers: admin }), 404, 'NOT_FOUND');
  isProblem(t, await app.inject({ url: `/v1/articles/${a.id}/revisions/2/diff?from=0`, headers: admin }), 400, 'VALIDATION_FAILED');
});

t.test('two bodies too different to compare in time are diffed whole: one out, the other in', async (t) => {
  const words = (seed: number) => Array.from({ length: 20_000 }, (_, i) => ((i * 7919 + seed) % 100_003).toString(36)).join(' ');
  const before = words(1);
  const after = words(2);
  const started = performance.now();
  const diff = bodyDiff(before, after, 20);
  t.ok(performance.now() - started < 2000, 'given up on in bounded time');
  t.same(diff, { granularity: 'whole', parts: [{ op: 'delete', text: before }, { op: 'insert', text: after }] });
  t.equal(bodyDiff('un deux trois', 'un trois', 20).granularity, 'words', 'small edits are diffed word by word');
});
