import t from 'tap';
import { renderForStorage } from '../../../src/content/render.js';
import { createRenderer, startSignal } from '../../../src/content/renderer.js';
import stemming from '../../../src/modules/search/render-worker.js';
import { stemmingRenders } from '../../../src/modules/search/index-sqlite.js';
import { analyzer, clean, createAnalyzer } from '../../../src/modules/search/text.js';
import { admin, makeApp, newsroom } from '../../helpers.js';

// SQLite's index stems in JavaScript: its app renders bodies on a worker that stems their text as well,
// and the index's write of that text (on the event loop) finds it stemmed.

const budget = { timeMs: 5000, memoryMb: 128, threads: 1 };
let made = 0;
/** A body of `n` words no test stemmed before (each new word is a miss of the analyzer's memo where it is stemmed). */
const unseen = (n: number) => Array.from({ length: n }, () => `zorbaflexions${(made++).toString(36)}`).join(' ');

/** How many words this thread stemmed while `work` ran. */
async function stemmedDuring(work: () => Promise<unknown>): Promise<number> {
  const before = analyzer.misses();
  await work();
  return analyzer.misses() - before;
}

t.test('the worker stems the rendered text in the language it is given, and this thread learns it', async (t) => {
  const body = await createRenderer(budget, stemmingRenders).renderMarkdown(unseen(300), 'fr-FR');
  let indexed = '';
  t.equal(await stemmedDuring(async () => { indexed = analyzer.indexed(clean(body.text), 'fr'); }), 0, 'found stemmed: no word stemmed here');
  t.equal(indexed, createAnalyzer().indexed(clean(body.text), 'fr'), 'what stemming here gives');
  t.same(stemming({ source: 'Les **élections**', stemIn: 'fr', started: startSignal() }), { ok: true, body: renderForStorage('Les **élections**'), indexed: 'le elect' },
    'the worker\'s task, on this thread');

  const plain = await createRenderer(budget).renderMarkdown(unseen(300), 'fr');
  t.equal(await stemmedDuring(async () => analyzer.indexed(clean(plain.text), 'fr')), 300, 'the plain worker stems nothing');
  const unsaid = await createRenderer(budget, stemmingRenders).renderMarkdown(unseen(300));
  t.equal(await stemmedDuring(async () => analyzer.indexed(clean(unsaid.text), 'fr')), 300, 'nor does this one without a language');
});

t.test('an edit of a body on SQLite stems none of its words on the event loop; a wrong guess of the language only costs the worker', async (t) => {
  const { app } = await makeApp(t, {}, { on: 'sqlite', renderer: 'pool' });
  const { section } = await newsroom(app);
  const created = await app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload: { title: 'Direct', sectionId: section.id, status: 'published', body: 'a' } });
  const id = created.json().id;
  const edit = (payload: object) => app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers: admin, payload });
  const body = unseen(300);
  t.ok(await stemmedDuring(async () => t.equal((await edit({ body })).statusCode, 200)) < 30, 'the new body\'s 300 words were stemmed on the worker');
  const found = await app.inject(`/v1/search?q=${body.split(' ')[150]}`);
  t.same(found.json().data.map((h: { article: { id: string } }) => h.article.id), [id], 'and indexed as stemmed here');

  // The PATCH guesses the newsroom's language (KIOSQUE_LANGUAGE, fr); this article is in English.
  t.equal((await edit({ lang: 'en', body: 'a' })).statusCode, 200);
  const english = `${unseen(300)} the councils voted`;
  t.ok(await stemmedDuring(async () => t.equal((await edit({ body: english })).statusCode, 200)) >= 300, 'stemmed here, in English');
  const voting = await app.inject('/v1/search?q=voting&lang=en');
  t.same(voting.json().data.map((h: { article: { id: string } }) => h.article.id), [id], 'as English words are stemmed (voted, voting)');
});
