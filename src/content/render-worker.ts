import { readlinkSync } from 'node:fs';
import { BODY_LIMITS, BodyLimitError, type LimitExceeded } from './limits.js';
import { renderForStorage, type StoredBody } from './render.js';

export interface RenderTask {
  source: string;
  /** A language to stem the rendered text in as well, for a worker that stems (renderTask's `stem`); others ignore it. */
  stemIn?: string;
  /** Told when the render starts (and which kernel thread runs it), so that its budget leaves out the wait in the queue: see tellStarted. */
  started: Int32Array;
}

/** This thread's id for the kernel, where Linux tells it (/proc/thread-self): the pool reads the thread's CPU time by it. */
export function kernelThreadId(): number | null {
  try {
    return Number(readlinkSync('/proc/thread-self').split('/').pop());
  } catch {
    return null;
  }
}

const thread = kernelThreadId();

/**
 * Tells the thread that sent a task that it started here: `started` (shared memory, 0 until then) gets
 * this thread's kernel id, or -1 where it is unknown. Shared memory rather than a port of the task's own:
 * a port is a handle, which closes on the worker's event loop, and a worker of the pool waits for its next
 * task on Atomics, with its event loop stopped: every task's port stayed alive, 1.7 KB a task.
 */
export function tellStarted(started: Int32Array): void {
  Atomics.store(started, 0, thread ?? -1);
  Atomics.notify(started, 0);
}

/** `indexed`: the body's text stemmed in the task's `stemIn`, by a worker that stems. */
export type RenderOutcome = { ok: true; body: StoredBody; indexed?: string } | { ok: false; exceeded: LimitExceeded };

/**
 * The pool's task with this renderer (see renderer.ts): a body over a limit is an answer, not a failure of the worker.
 * With `stem`, the rendered text is also stemmed in the task's `stemIn`, when it has one.
 */
export function renderTask(renderBody: (source: string) => StoredBody, stem?: (text: string, lang: string) => string) {
  return function render({ source, stemIn, started }: RenderTask): RenderOutcome {
    tellStarted(started);
    try {
      const body = renderBody(source);
      return stem && stemIn !== undefined ? { ok: true, body, indexed: stem(body.text, stemIn) } : { ok: true, body };
    } catch (error) {
      if (error instanceof BodyLimitError) return { ok: false, exceeded: error.exceeded };
      // Nesting the tree check could not see (inside the parser) runs out of stack the same way.
      if (error instanceof RangeError) return { ok: false, exceeded: { limit: 'depth', maximum: BODY_LIMITS.depth } };
      throw error;
    }
  };
}

export default renderTask(renderForStorage);
