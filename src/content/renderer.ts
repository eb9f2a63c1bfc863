import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { BodyLimitError } from './limits.js';
import type { StoredBody } from './render.js';
import type { RenderOutcome, RenderTask } from './render-worker.js';

/** What a render may take, and how many run at once. */
export interface RenderBudget {
  /** Wall time of one render from its start in a worker (the wait in the queue is not counted). */
  timeoutMs: number;
  /** Heap of a worker (V8's old generation): a render that needs more is stopped. */
  memoryMb: number;
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
   * spread over the pool's threads and queue beyond them.
   */
  renderMarkdown(source: string): Promise<StoredBody>;
}

const here = import.meta.url;
/** The worker is a module like this one: TypeScript under tsx and tap, JavaScript once compiled. */
export const WORKER_FILE = new URL(`./render-worker${extname(fileURLToPath(here))}`, here).href;

/**
 * A worker inherits the process's flags, but not a TypeScript loader
 * registered in-process (bin/kiosque.js): then it gets tsx by flag.
 */
export function workerFlags(file: string, execArgv: string[]): string[] | undefined {
  if (!file.endsWith('.ts') || execArgv.some((flag) => /tsx|typescript/.test(flag))) return undefined;
  return [...execArgv, '--import', 'tsx'];
}

/**
 * Pools are shared by every renderer of the process with the same memory and
 * thread settings (tests build many apps; the importer renders beside the
 * server): a worker costs a second or more to start, and idle ones exit by
 * themselves (Piscina unrefs them, so they never keep the process alive).
 */
const pools = new Map<string, Piscina<RenderTask, RenderOutcome>>();

function poolFor(budget: RenderBudget): Piscina<RenderTask, RenderOutcome> {
  const key = `${budget.memoryMb}|${budget.threads}|${budget.idleTimeoutMs}`;
  let pool = pools.get(key);
  if (!pool) {
    const made = new Piscina<RenderTask, RenderOutcome>({
      filename: WORKER_FILE, minThreads: 0, maxThreads: budget.threads, idleTimeout: budget.idleTimeoutMs ?? 30_000,
      resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb }, execArgv: workerFlags(WORKER_FILE, process.execArgv),
    });
    // A worker that fails outside any task (its heap too small to load the renderer) would leave the
    // queue waiting for ever: the pool is dropped, which fails what waits in it, and the next render
    // tries a new one.
    made.on('error', () => {
      pools.delete(key);
      void made.destroy();
    });
    pools.set(key, made);
    pool = made;
  }
  return pool;
}

/** A renderer with this budget; its pool starts with the first render. */
export function createRenderer(budget: RenderBudget): Renderer {
  return {
    async renderMarkdown(source) {
      const started = new MessageChannel();
      const stop = new AbortController();
      let timer: NodeJS.Timeout | undefined;
      started.port1.once('message', () => {
        timer = setTimeout(() => stop.abort(), budget.timeoutMs);
      });
      try {
        const outcome = await poolFor(budget).run(
          { source, started: started.port2 }, { transferList: [started.port2], signal: stop.signal },
        );
        if (!outcome.ok) throw new BodyLimitError(outcome.exceeded);
        return outcome.body;
      } catch (error) {
        if (stop.signal.aborted) throw new BodyLimitError({ limit: 'renderTime', maximum: budget.timeoutMs });
        if ((error as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
          throw new BodyLimitError({ limit: 'renderMemory', maximum: budget.memoryMb });
        }
        throw error;
      } finally {
        clearTimeout(timer);
        started.port1.close();
      }
    },
  };
}
