import t from 'tap';
import { BODY_LIMITS, BodyLimitError } from '../../../src/content/limits.js';
import { renderForStorage } from '../../../src/content/render.js';
import { kernelThreadId } from '../../../src/content/render-worker.js';
import { startSignal } from '../../../src/content/renderer.js';
import { createAnalyzer, analyzer, clean, indexedText, learnIndexed } from '../../../src/modules/search/text.js';
import { preparerPool, preparerWith } from '../../../src/modules/imports/bodies.js';
import prepareInWorker from '../../../src/modules/imports/body-worker.js';
import { convertBody } from '../../../src/modules/imports/convert/job.js';
import { prepareBody } from '../../../src/modules/imports/convert/prepare.js';
import { inThreadRenderer } from '../../helpers.js';

// A post's body, converted, rendered and stemmed: on the calling thread (tests, and what a worker
// runs) and on the pool's threads (the CLI), with the same outcomes either way.

const HTML = { format: 'html' as const, source: '<h2>Élections</h2><p>Les électeurs <em>votaient</em> <script>x()</script></p>', baseUrl: 'https://ancien.example' };
const LEXICAL = { format: 'lexical' as const, source: JSON.stringify({ root: { children: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bonjour' }] }] } }) };
const nested = (n: number) => ({ format: 'html' as const, source: `${'<div>'.repeat(n)}a${'</div>'.repeat(n)}` });
const budget = { timeMs: 1500, memoryMb: 128, threads: 1 };

t.test('a body converted, rendered and stemmed on the calling thread', async (t) => {
  const outcome = prepareBody(HTML, 'fr-FR', true);
  const { markdown } = convertBody(HTML);
  t.same(outcome, {
    ok: true, markdown, notes: [['element dropped with its content', 1, ['<script>']]], body: renderForStorage(markdown),
    indexed: indexedText(renderForStorage(markdown).text, 'fr'),
  });
  t.not((outcome as { indexed: string }).indexed, (outcome as { body: { text: string } }).body.text, 'stemmed');
  t.match(prepareBody(LEXICAL, 'fr', false), { ok: true, markdown: 'Bonjour\n', indexed: null }, 'a Lexical body; not stemmed for PostgreSQL');
  t.match(prepareBody(nested(600), 'fr', false), { ok: false, notes: [], error: /nested more than 500 levels/ }, 'one the converters refuse');
  t.match(prepareBody({ format: 'html', source: '<h2>a</h2>'.repeat(1001) }, 'fr', false), { ok: false, error: /headings/ },
    'the serializer refuses a tree the renderer would: not converted');
  t.match(prepareBody({ format: 'html', source: `<p>${'x'.repeat(BODY_LIMITS.outputCharacters + 1)}</p>` }, 'fr', false),
    { ok: false, exceeded: { limit: 'outputCharacters' } }, 'a rendering over the output cap');
});

t.test('the worker\'s task says when it starts, and a parser out of stack is the depth limit', async (t) => {
  const started = startSignal();
  t.match(prepareInWorker({ job: HTML, lang: 'fr', stem: false, started }), { ok: true });
  t.equal(Atomics.load(started, 0), kernelThreadId(), 'with the id of the thread that runs it');
  const { prepareBody: deep } = await t.mockImport<typeof import('../../../src/modules/imports/convert/prepare.js')>(
    '../../../src/modules/imports/convert/prepare.js', { '../../../src/content/render.js': { renderForStorage: () => { throw new RangeError('Maximum call stack size exceeded'); }, renderTreeForStorage: () => { throw new RangeError('Maximum call stack size exceeded'); } } });
  t.match(deep(HTML, 'fr', false), { ok: false, exceeded: { limit: 'depth', maximum: BODY_LIMITS.depth } });
  const { prepareBody: broken } = await t.mockImport<typeof import('../../../src/modules/imports/convert/prepare.js')>(
    '../../../src/modules/imports/convert/prepare.js', { '../../../src/content/render.js': { renderForStorage: () => { throw new Error('a bug'); }, renderTreeForStorage: () => { throw new Error('a bug'); } } });
  t.throws(() => broken(HTML, 'fr', false), /a bug/, 'anything else is no body\'s fault');
});

t.test('with a renderer: converted here, rendered there, a body over a limit is an outcome, the renderer\'s own failure is not', async (t) => {
  const outcome = await preparerWith(inThreadRenderer).prepare(HTML, 'fr');
  t.same(outcome, { ...prepareBody(HTML, 'fr', false) });
  t.match(await preparerWith(inThreadRenderer).prepare(nested(600), 'fr'), { ok: false, error: /nested/ });
  const over = { renderMarkdown: () => Promise.reject(new BodyLimitError({ limit: 'renderTime', maximum: 500 })) };
  t.match(await preparerWith(over).prepare(HTML, 'fr'), { ok: false, exceeded: { limit: 'renderTime' }, notes: [['element dropped with its content', 1, ['<script>']]] });
  const gone = { renderMarkdown: () => Promise.reject(new Error('the render pool is gone')) };
  await t.rejects(preparerWith(gone).prepare(HTML, 'fr'), /the render pool is gone/);
});

t.test('on the pool\'s threads: what the calling thread makes; over the time budget, an outcome', async (t) => {
  const pool = preparerPool(budget, true);
  t.same(await pool.prepare(HTML, 'fr'), prepareBody(HTML, 'fr', true));
  t.match(await preparerPool({ ...budget, timeMs: 100 }, false).prepare({ format: 'html', source: `<p>${'<em>a</em> '.repeat(400_000)}</p>` }, 'fr'),
    { ok: false, notes: [], exceeded: { limit: 'renderTime', maximum: 100 } });
  const { preparerPool: broken } = await t.mockImport<typeof import('../../../src/modules/imports/bodies.js')>('../../../src/modules/imports/bodies.js', {
    '../../../src/content/renderer.js': { ...await import('../../../src/content/renderer.js'), runBudgeted: () => Promise.reject(new Error('no bundle')) },
  });
  await t.rejects(broken(budget, false).prepare(HTML, 'fr'), /no bundle/);
});

t.test('a text stemmed on another thread is kept by the index\'s analyzer, in its language only', async (t) => {
  // Long texts: a short one is not kept (stemming it costs less).
  const long = (text: string) => `${text} `.repeat(100);
  const mine = createAnalyzer(100, 2);
  mine.learn(long('les électeurs'), 'fr', 'given');
  t.equal(mine.indexed(long('les électeurs'), 'fr'), 'given');
  mine.learn(long('les électeurs'), 'en', 'given');
  t.equal(mine.indexed(long('les électeurs'), ''), long('les electeurs'), 'another language\'s is not taken');
  for (const text of ['un', 'deux', 'trois']) mine.learn(long(text), '', `${text}!`);
  t.equal(mine.indexed(long('un'), ''), long('un'), 'the oldest is forgotten past the bound');
  t.equal(mine.indexed(long('trois'), ''), 'trois!');
  learnIndexed(long('Texte\u0002 à indexer'), 'fr-FR', 'appris');
  t.equal(analyzer.indexed(clean(long('Texte\u0002 à indexer')), 'fr'), 'appris', 'learnIndexed keys the text as the index cleans it');
});
