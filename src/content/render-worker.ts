import { readlinkSync } from 'node:fs';
import type { MessagePort } from 'node:worker_threads';
import { BODY_LIMITS, BodyLimitError, type LimitExceeded } from './limits.js';
import { renderForStorage, type StoredBody } from './render.js';

export interface RenderTask {
  source: string;
  /** Told when the render starts (and which kernel thread runs it), so that its budget leaves out the wait in the queue. */
  started: MessagePort;
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

export type RenderOutcome = { ok: true; body: StoredBody } | { ok: false; exceeded: LimitExceeded };

/** The pool's task with this renderer (see renderer.ts): a body over a limit is an answer, not a failure of the worker. */
export function renderTask(renderBody: (source: string) => StoredBody) {
  return function render({ source, started }: RenderTask): RenderOutcome {
    started.postMessage(thread);
    started.close();
    try {
      return { ok: true, body: renderBody(source) };
    } catch (error) {
      if (error instanceof BodyLimitError) return { ok: false, exceeded: error.exceeded };
      // Nesting the tree check could not see (inside the parser) runs out of stack the same way.
      if (error instanceof RangeError) return { ok: false, exceeded: { limit: 'depth', maximum: BODY_LIMITS.depth } };
      throw error;
    }
  };
}

export default renderTask(renderForStorage);
