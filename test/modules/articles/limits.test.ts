import t, { type Test } from 'tap';
import type { App } from '../../../src/app.js';
import { tooComplex } from '../../../src/modules/articles/limits.js';
import { admin, article, isProblem, makeApp, newsroom } from '../../helpers.js';

async function post(app: App, payload: object) {
  return app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload });
}

/** Asserts a 422 naming `limit`, with the body pointed at. */
function refused(t: Test, res: Awaited<ReturnType<App['inject']>>, limit: string, maximum: number) {
  const problem = isProblem(t, res, 422, 'BODY_TOO_COMPLEX');
  t.same(problem.limit, { name: limit, maximum });
  t.match(problem.errors, [{ pointer: '/body', in: 'body', message: problem.detail }]);
  return problem;
}

t.test('a body over a cap is a 422 naming the cap, and nothing is written', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const cases: [string, string, number, RegExp][] = [
    [`${'>'.repeat(60)} a`, 'depth', 40, /deeper than 40 levels/],
    ['# a\n'.repeat(1001), 'headings', 1000, /more than 1,000 headings/],
    [`|${'a|'.repeat(200)}\n|${'-|'.repeat(200)}\n${'|a\n'.repeat(100)}`, 'tableCells', 20_000, /20,200 cells .*at most 20,000/],
    [`[x]: https://exemple.fr/${'a'.repeat(1000)}\n\n${'[x] '.repeat(2100)}`, 'outputCharacters', 2_000_000, /at least 2,000,\d{3} characters/],
  ];
  for (const [body, limit, maximum, detail] of cases) {
    const problem = refused(t, await post(app, { title: `Trop ${limit}`, sectionId: section.id, body }), limit, maximum);
    t.match(problem.detail, detail);
  }
  const list = await app.inject({ url: '/v1/articles', headers: admin });
  t.same(list.json().data, [], 'no article was created');
  const changes = await app.inject({ url: '/v1/changes', headers: admin });
  t.notMatch(changes.body, /article\./, 'and no change was recorded');
});

t.test('a PATCH whose body is over a cap changes nothing', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Intact', sectionId: section.id });
  const res = await app.inject({
    method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { title: 'Changé', body: '# a\n'.repeat(1001) },
  });
  refused(t, res, 'headings', 1000);
  const after = (await app.inject({ url: `/v1/articles/${a.id}`, headers: admin })).json();
  t.match(after, { title: 'Intact', version: 1 });
});

t.test('a body the renderer cannot finish within its time is a 422 too', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_RENDER_TIME_MS: '100', KIOSQUE_RENDER_THREADS: '1' }, { renderer: 'pool' });
  const { section } = await newsroom(app);
  // Unmatched emphasis delimiters: the parser spends the square of their number.
  const body = `${'*'.repeat(20_000)}a${'*'.repeat(20_000)}`;
  const problem = refused(t, await post(app, { title: 'Lent', sectionId: section.id, body }), 'renderTime', 100);
  t.match(problem.detail, /more than 100 ms of processor time to render/);
  const ok = await post(app, { title: 'Rapide', sectionId: section.id, body: '## Court\n\nTexte.' });
  t.equal(ok.statusCode, 201, 'the next body gets a fresh worker');
  t.match(ok.json(), { toc: [{ id: 'court' }], body: { html: '<h2 id="court">Court</h2>\n<p>Texte.</p>' } });
});

t.test('each limit is explained in words', async (t) => {
  t.match(tooComplex({ limit: 'renderMemory', maximum: 128 }).message, 'needed more than 128 MB of memory to render');
  t.match(tooComplex({ limit: 'renderTime', maximum: 1500 }).message, 'took more than 1,500 ms of processor time to render');
  t.match(tooComplex({ limit: 'tableCells', maximum: 10_000, actual: 4_000_000 }).message, 'have 4,000,000 cells (rows count at their header\'s width); at most 10,000');
  t.match(tooComplex({ limit: 'outputCharacters', maximum: 999, actual: 1_000 }).message, 'at least 1,000 characters; at most 999 are');
  t.match(tooComplex({ limit: 'depth', maximum: 40, actual: 41 }), { statusCode: 422, code: 'BODY_TOO_COMPLEX', limit: { name: 'depth', maximum: 40 } });
});

t.test('a renderer that fails for its own reasons is a server error, not a refused body, and writes nothing', async (t) => {
  const broken = { renderMarkdown: () => Promise.reject(new Error('the render pool is gone')) };
  const { app } = await makeApp(t, {}, { renderer: broken });
  const { section } = await newsroom(app);
  isProblem(t, await post(app, { title: 'Rendu impossible', sectionId: section.id, body: 'Texte.' }), 500, 'INTERNAL_ERROR');
  t.same((await app.inject({ url: '/v1/articles', headers: admin })).json().data, [], 'no article was created');
});
