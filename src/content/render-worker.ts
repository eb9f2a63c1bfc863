import type { MessagePort } from 'node:worker_threads';
import { BODY_LIMITS, BodyLimitError, type LimitExceeded } from './limits.js';
import { renderForStorage, type StoredBody } from './render.js';

export interface RenderTask {
  source: string;
  /** Told when the render starts, so that the time budget leaves out the wait in the queue. */
  started: MessagePort;
}

export type RenderOutcome = { ok: true; body: StoredBody } | { ok: false; exceeded: LimitExceeded };

/** The pool's task (see renderer.ts): a body over a limit is an answer, not a failure of the worker. */
export default function render({ source, started }: RenderTask): RenderOutcome {
  started.postMessage(null);
  started.close();
  try {
    return { ok: true, body: renderForStorage(source) };
  } catch (error) {
    if (error instanceof BodyLimitError) return { ok: false, exceeded: error.exceeded };
    // Nesting the tree check could not see (inside the parser) runs out of stack the same way.
    if (error instanceof RangeError) return { ok: false, exceeded: { limit: 'depth', maximum: BODY_LIMITS.depth } };
    throw error;
  }
}
