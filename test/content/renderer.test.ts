import { fileURLToPath } from 'node:url';
import t from 'tap';
import { BodyLimitError } from '../../src/content/limits.js';
import { renderForStorage } from '../../src/content/render.js';
import { createRenderer, runBudgeted, startSignal } from '../../src/content/renderer.js';
import render, { kernelThreadId, renderTask } from '../../src/content/render-worker.js';

const budget = { timeMs: 1500, memoryMb: 128, threads: 1 };
const SOURCE = '## Titre\n\nUn **paragraphe** avec [un lien](https://exemple.fr).\n\n| a | b |\n|---|---|\n| 1 | 2 |';

/** The error a render rejects with. */
async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('the render did not fail');
}

t.test('a worker renders what the calling thread would, in the stored form', async (t) => {
  const renderer = createRenderer(budget);
  t.same(await renderer.renderMarkdown(SOURCE), renderForStorage(SOURCE));
  const many = await Promise.all(['# Un', '# Deux', '# Trois'].map((source) => renderer.renderMarkdown(source)));
  t.same(many.map((body) => body.html), ['<h2 id="un">Un</h2>', '<h2 id="deux">Deux</h2>', '<h2 id="trois">Trois</h2>'],
    'renders in parallel come back to their callers');
});

t.test('a body over a cap is refused by the worker, which goes on serving', async (t) => {
  const renderer = createRenderer(budget);
  const error = await failure(renderer.renderMarkdown('# a\n'.repeat(1001)));
  t.type(error, BodyLimitError);
  t.same((error as BodyLimitError).exceeded, { limit: 'headings', maximum: 1000, actual: 1001 });
  t.equal((await renderer.renderMarkdown('# a')).html, '<h2 id="a">a</h2>');
});

t.test('a render over its time is stopped, its worker with it, and the next render gets a new one', async (t) => {
  // Unmatched emphasis delimiters cost the parser the square of their number: seconds for this one.
  const renderer = createRenderer({ ...budget, timeMs: 200 });
  const error = await failure(renderer.renderMarkdown(`${'*'.repeat(20_000)}a${'*'.repeat(20_000)}`));
  t.same((error as BodyLimitError).exceeded, { limit: 'renderTime', maximum: 200 });
  t.equal((await renderer.renderMarkdown('# a')).html, '<h2 id="a">a</h2>');
});

t.test('renders queued behind one that is stopped are rendered, not left waiting', async (t) => {
  const renderer = createRenderer({ ...budget, timeMs: 200 });
  const [slow, ...queued] = await Promise.allSettled([
    renderer.renderMarkdown(`${'*'.repeat(20_000)}a${'*'.repeat(20_000)}`), renderer.renderMarkdown('# b'), renderer.renderMarkdown('# c'),
  ]);
  t.match(slow, { status: 'rejected', reason: { exceeded: { limit: 'renderTime' } } });
  t.same(queued.map((r) => r.status === 'fulfilled' && r.value.html), ['<h2 id="b">b</h2>', '<h2 id="c">c</h2>']);
});

t.test('a render that needs more memory than the budget is stopped', async (t) => {
  // A long list is a large tree: 5,000 items need more than a 16 MB heap, which is enough to start a worker.
  const renderer = createRenderer({ ...budget, memoryMb: 16, timeMs: 60_000 });
  const error = await failure(renderer.renderMarkdown('- a\n'.repeat(5000)));
  t.same((error as BodyLimitError).exceeded, { limit: 'renderMemory', maximum: 16 });
  t.equal((await renderer.renderMarkdown('# a')).html, '<h2 id="a">a</h2>', 'the next render gets a new worker');
});

t.test('a pool whose workers cannot even start fails its renders rather than leaving them waiting', async (t) => {
  const error = await failure(createRenderer({ ...budget, memoryMb: 4 }).renderMarkdown('# a'));
  t.notOk(error instanceof BodyLimitError, 'no body is at fault');
  t.equal((await createRenderer(budget).renderMarkdown('# a')).html, '<h2 id="a">a</h2>', 'other pools are unaffected');
});

t.test('renders waiting in a pool dropped after a worker failed outside any task go to a new pool', async (t) => {
  // The pools this renderer makes, so that one can fail as Piscina reports it: an 'error' with no task of its own.
  const { Piscina } = await import('piscina');
  const made: InstanceType<typeof Piscina>[] = [];
  class Watched extends Piscina {
    constructor(options: ConstructorParameters<typeof Piscina>[0]) {
      super(options);
      made.push(this);
    }
  }
  const { createRenderer: fresh } = await t.mockImport<typeof import('../../src/content/renderer.js')>('../../src/content/renderer.js', {
    piscina: { Piscina: Watched },
  });
  const renderer = fresh({ ...budget, timeMs: 60_000 });
  t.equal((await renderer.renderMarkdown('# a')).html, '<h2 id="a">a</h2>');
  // One thread: the first render runs, the second waits behind it.
  const running = renderer.renderMarkdown('- a\n'.repeat(3000)).then(() => 'rendered', (error: unknown) => error);
  const waiting = renderer.renderMarkdown('# b');
  await new Promise((resolve) => setTimeout(resolve, 50));
  made[0].emit('error', new Error('a worker failed outside any task'));
  t.equal((await waiting).html, '<h2 id="b">b</h2>', 'the waiting render was sent to a new pool');
  t.equal(made.length, 2, 'a new pool');
  // The one running failed with its pool (no body at fault), or, had it not started yet, was sent to the new one.
  t.notOk(await running instanceof BodyLimitError, 'the one running is no body\'s fault');
  t.equal((await renderer.renderMarkdown('# c')).html, '<h2 id="c">c</h2>', 'and the new pool serves the next');
});

t.test('what is not a limit is an error of the caller', async (t) => {
  const error = await failure(createRenderer(budget).renderMarkdown(42 as unknown as string));
  t.type(error, TypeError);
});

t.test('the worker module tells when it starts, and answers limits as outcomes', async (t) => {
  const started = startSignal();
  t.match(render({ source: '# a', started }), { ok: true, body: { html: '<h2 id="a">a</h2>' } });
  t.equal(Atomics.load(started, 0), kernelThreadId(), 'with the id of the thread that runs it');
  const over = render({ source: '# a\n'.repeat(1001), started: startSignal() });
  t.same(over, { ok: false, exceeded: { limit: 'headings', maximum: 1000, actual: 1001 } });
});

t.test('a worker holds no more after thousands of tasks than after a hundred', async (t) => {
  // Each task used to get a port of its own to tell of its start; a worker of the pool waits on Atomics between
  // tasks, its event loop stopped, so no port was ever closed: 1.7 KB a task, 85 MB a worker over a long import.
  const source = fileURLToPath(new URL('../fixtures/render/heap-task.ts', import.meta.url));
  const run = (measure = false) => runBudgeted<{ measure: boolean }, number>({ ...budget, threads: 1 }, source, { measure });
  for (let i = 0; i < 100; i++) await run();
  const before = await run(true);
  for (let i = 0; i < 3000; i++) await run();
  const grown = (await run(true)) - before;
  t.ok(grown < 2 ** 20, `3,000 tasks later the worker's heap grew ${(grown / 1024).toFixed(0)} KB`);
});

t.test('running out of stack inside the parser is a nesting limit', async (t) => {
  const overflowing = renderTask(() => {
    throw new RangeError('Maximum call stack size exceeded');
  });
  t.same(overflowing({ source: '', started: startSignal() }), { ok: false, exceeded: { limit: 'depth', maximum: 40 } });
  const broken = renderTask(() => {
    throw new TypeError('a bug');
  });
  t.throws(() => broken({ source: '', started: startSignal() }), TypeError, 'anything else is the worker\'s failure');
});

t.test('the worker is bundled once a process; a failed bundle fails the render, and is tried again', async (t) => {
  let calls = 0;
  const esbuild = await import('esbuild');
  const { createRenderer: fresh, workerBundle } = await t.mockImport<typeof import('../../src/content/renderer.js')>('../../src/content/renderer.js', {
    esbuild: {
      ...esbuild,
      build: async (options: Parameters<typeof esbuild.build>[0]) => {
        calls += 1;
        if (calls === 1) throw new Error('esbuild is not installed');
        return esbuild.build(options);
      },
    },
  });
  const renderer = fresh(budget);
  t.match(await failure(renderer.renderMarkdown('# a')), { message: 'esbuild is not installed' });
  t.equal((await renderer.renderMarkdown('# a')).html, '<h2 id="a">a</h2>', 'the next render builds it');
  t.match(await workerBundle(), /kiosque-render-.*render-worker\.mjs$/);
  t.equal(calls, 2, 'built once it worked');
});

t.test('the time budget is the render\'s CPU time, read from the kernel, or wall time where it cannot be', async (t) => {
  const { kernelThreadId } = await import('../../src/content/render-worker.js');
  const { threadCpuMs } = await import('../../src/content/renderer.js');
  const own = kernelThreadId();
  t.type(own, 'number', 'Linux tells a thread its id');
  t.ok(threadCpuMs(own) > 0, 'and its CPU time');
  t.ok(Number.isNaN(threadCpuMs(null)) && Number.isNaN(threadCpuMs(-1)), 'nothing to read: NaN');
  const fs = await import('node:fs');
  const noProc = {
    ...fs,
    readlinkSync: () => { throw new Error('ENOENT'); },
    readFileSync: (path: string, ...rest: unknown[]) => {
      if (String(path).startsWith('/proc/')) throw new Error('ENOENT');
      return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
    },
  };
  const worker = await t.mockImport<typeof import('../../src/content/render-worker.js')>('../../src/content/render-worker.js', { 'node:fs': noProc });
  t.equal(worker.kernelThreadId(), null, 'no /proc: no thread id');
  const started = startSignal();
  worker.tellStarted(started);
  t.equal(Atomics.load(started, 0), -1, 'a task that starts there says so with -1');
  const elsewhere = await t.mockImport<typeof import('../../src/content/renderer.js')>('../../src/content/renderer.js', { 'node:fs': noProc });
  const error = await failure(elsewhere.createRenderer({ ...budget, timeMs: 200 }).renderMarkdown(`${'*'.repeat(20_000)}a${'*'.repeat(20_000)}`));
  t.same((error as BodyLimitError).exceeded, { limit: 'renderTime', maximum: 200 }, 'wall time stands in for it');
});
