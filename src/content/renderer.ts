import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Piscina } from 'piscina';
import { BodyLimitError } from './limits.js';
import type { StoredBody } from './render.js';
import type { RenderOutcome, RenderTask } from './render-worker.js';

/** What a render may take, and how many run at once. */
export interface RenderBudget {
  /**
   * Processor time of one render, from its start in a worker (the wait in the
   * queue is not counted): on a busy machine a render's wall time grows, its
   * CPU time does not, so an ordinary long article is not refused for the
   * load. Its wall time may be WALL_FACTOR times this at most. Where the
   * kernel does not tell a thread's CPU time (outside Linux), wall time.
   */
  timeMs: number;
  /** Heap of a worker (V8's old generation): a render that needs more is stopped. */
  memoryMb: number;
  /** Heap of a worker's young generation (V8's default otherwise): smaller, a pool busy for long holds less memory. */
  youngMb?: number;
  /** Worker threads, started on demand. */
  threads: number;
  /** An idle worker exits after this long, and its memory with it. */
  idleTimeoutMs?: number;
}

export interface Renderer {
  /**
   * Renders a body off the event loop, in the stored form. Throws BodyLimitError
   * for a body over a cap of BODY_LIMITS, over the time budget (the worker
   * running it is stopped) or over the memory budget. Calls may overlap: they
   * spread over the pool's threads and queue beyond them. `stemIn`: a language a
   * worker that stems (RenderWorker) stems the rendered text in; others ignore it.
   */
  renderMarkdown(source: string, stemIn?: string): Promise<StoredBody>;
}

/**
 * A worker of renders other than render-worker.ts (a module whose default export is a renderTask), and what
 * this thread does with the text it stems (`learn`: the text, the task's `stemIn`, the stemmed text).
 */
export interface RenderWorker {
  source: string;
  learn: (text: string, lang: string, indexed: string) => void;
}

/** A worker's source: the module `name` beside the one at `url` (TypeScript under tsx and tap, JavaScript once compiled). */
export const besideModule = (url: string, name: string) => fileURLToPath(new URL(`./${name}${extname(fileURLToPath(url))}`, url));

const WORKER_SOURCE = besideModule(import.meta.url, 'render-worker');

const bundles = new Map<string, Promise<string>>();

/**
 * The worker as one JavaScript file, built by esbuild (in its own process)
 * on the first render of a process, in about half a second. Loading the
 * parser's 600 modules through a TypeScript loader took a worker seconds to
 * start, and 90 MB with the loader's own thread; the bundle starts in about
 * 150 ms and 25 MB, which matters after a worker is stopped mid-render. It
 * lives in a private temporary directory, removed when the process exits.
 */
export function workerBundle(source = WORKER_SOURCE): Promise<string> {
  let bundle = bundles.get(source);
  if (bundle) return bundle;
  bundle = (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosque-render-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const outfile = join(dir, `${basename(source, extname(source))}.mjs`);
    // Imported here: a process that never renders (most starts) never loads it.
    const { build } = await import('esbuild');
    await build({ entryPoints: [source], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'silent' });
    return outfile;
  })().catch((error: unknown) => {
    bundles.delete(source);
    throw error;
  });
  bundles.set(source, bundle);
  return bundle;
}

/**
 * Pools are shared by every renderer of the process with the same memory and
 * thread settings (tests build many apps); idle workers exit by themselves (Piscina unrefs them, so they
 * never keep the process alive).
 */
const pools = new Map<string, Promise<Piscina>>();
/** Pools dropped after a worker failed outside any task: what waited in them is sent to a new one. */
const dropped = new WeakSet<Piscina>();

async function startPool(key: string, budget: RenderBudget, source: string): Promise<Piscina> {
  const filename = await workerBundle(source);
  // Imported on the first render, like esbuild: a start that renders nothing loads neither.
  const { Piscina: Pool } = await import('piscina');
  const pool = new Pool({
    // One thread stays: with none, renders queued behind one that was stopped (its worker with it) waited for
    // ever, Piscina starting no new worker for them. Idle threads beyond it exit.
    filename, minThreads: 1, maxThreads: budget.threads, idleTimeout: budget.idleTimeoutMs ?? 30_000,
    resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb, maxYoungGenerationSizeMb: budget.youngMb },
    // Plain JavaScript: none of the parent's loaders (tsx, tap's) is needed, nor their start-up.
    execArgv: [],
  });
  // A worker that fails outside any task (its heap too small to load the renderer) would leave the
  // queue waiting for ever: the pool is dropped, which fails what waits in it, and the next render
  // tries a new one.
  pool.on('error', () => {
    pools.delete(key);
    dropped.add(pool);
    void pool.destroy();
  });
  return pool;
}

function poolFor(budget: RenderBudget, source: string): Promise<Piscina> {
  const key = `${source}|${budget.memoryMb}|${budget.youngMb}|${budget.threads}|${budget.idleTimeoutMs}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = startPool(key, budget, source);
    // A pool that could not start (no bundle) is not kept: the next render tries again.
    pool.catch(() => pools.delete(key));
    pools.set(key, pool);
  }
  return pool;
}

/** How much longer than its CPU budget a render may take in wall time, on a machine too busy to run it. */
export const WALL_FACTOR = 4;
/** How often a running render's CPU time is read (the kernel counts it in 10 ms ticks). */
const WATCH_MS = 20;
const CLOCK_TICKS = 100;

/** CPU milliseconds a thread of this process has used (Linux, /proc); NaN where that cannot be read. */
export function threadCpuMs(tid: number | null): number {
  if (tid === null) return NaN;
  try {
    const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** Watches a render from its start on kernel thread `tid`; `stop` once it is over its budget. Returns the unwatch. */
function watch(tid: number, budget: RenderBudget, stop: () => void): () => void {
  const startedAt = performance.now();
  const cpuAtStart = threadCpuMs(tid);
  const timer = setInterval(() => {
    const wall = performance.now() - startedAt;
    // Without the kernel's count, wall time stands for CPU time.
    const cpu = Number.isNaN(cpuAtStart) ? wall : threadCpuMs(tid) - cpuAtStart;
    if (cpu >= budget.timeMs || wall >= budget.timeMs * WALL_FACTOR) stop();
  }, WATCH_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/** What a failed render is to its caller: a body over the time or memory budget, or the pool's own failure. */
function failureOf(error: unknown, budget: RenderBudget, stopped: boolean, began: boolean): unknown {
  if (stopped) return new BodyLimitError({ limit: 'renderTime', maximum: budget.timeMs });
  // The worker tells of the start before any rendering: one that had not told of it ran out loading
  // the renderer, which is no body's fault.
  const outOfMemory = (error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY';
  return outOfMemory && began ? new BodyLimitError({ limit: 'renderMemory', maximum: budget.memoryMb }) : error;
}

/** Where a task's worker tells of its start (tellStarted in render-worker.ts): shared memory, 0 until then. */
export const startSignal = () => new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));

/**
 * Runs `task` on a worker of the pool of `source` (a module whose default export
 * takes the task with a `started` array and calls tellStarted with it, as render-worker.ts does), within the
 * budget: BodyLimitError when it runs over its time or memory. A task that had
 * not started when its pool was dropped (a worker failed outside any task: one
 * stopped over its budget as it ran out of memory, say) is sent to a new pool, once.
 */
export function runBudgeted<T extends object, R>(budget: RenderBudget, source: string, task: T, again = true): Promise<R> {
  const started = startSignal();
  const began = () => Atomics.load(started, 0) !== 0;
  const stop = new AbortController();
  let finished = false;
  let unwatch = (): void => undefined;
  // Woken on this thread's event loop, which may be after the render's result (the array is new, so holds 0:
  // the wait is asynchronous); a task that never started, as it ends. A thread id of -1 (the kernel did not
  // tell it) has no CPU time to read: wall time stands for it.
  void (Atomics.waitAsync(started, 0, 0).value as Promise<string>).then(() => {
    if (!finished) unwatch = watch(Atomics.load(started, 0), budget, () => stop.abort());
  });
  let used: Piscina | undefined;
  return poolFor(budget, source)
    .then((pool) => {
      used = pool;
      return pool.run({ ...task, started }, { signal: stop.signal }) as Promise<R>;
    })
    .catch((error: unknown) => {
      if (again && !began() && used !== undefined && dropped.has(used)) return runBudgeted<T, R>(budget, source, task, false);
      throw failureOf(error, budget, stop.signal.aborted, began());
    })
    .finally(() => {
      finished = true;
      unwatch();
      Atomics.notify(started, 0);
    });
}

/**
 * A renderer with this budget, on render-worker.ts or `worker`; its pool starts with the first render. A `stemIn`
 * that the worker stems the text in is handed to `worker.learn` with what it made.
 */
export function createRenderer(budget: RenderBudget, worker?: RenderWorker): Renderer {
  return {
    async renderMarkdown(source, stemIn) {
      const outcome = await runBudgeted<Omit<RenderTask, 'started'>, RenderOutcome>(budget, worker?.source ?? WORKER_SOURCE, { source, stemIn });
      if (!outcome.ok) throw new BodyLimitError(outcome.exceeded);
      if (outcome.indexed !== undefined) worker!.learn(outcome.body.text, stemIn!, outcome.indexed);
      return outcome.body;
    },
  };
}
