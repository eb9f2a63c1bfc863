import type { MessagePort } from 'node:worker_threads';
import { kernelThreadId } from '../../content/render-worker.js';
import { prepareBody, type BodyOutcome, type BodyTask } from './convert/prepare.js';

// The pool's task of bodies.ts (preparerPool): a post's body converted, rendered and stemmed on a worker thread.

const thread = kernelThreadId();

export default function prepare({ job, lang, stem, started }: BodyTask & { started: MessagePort }): BodyOutcome {
  started.postMessage(thread);
  started.close();
  return prepareBody(job, lang, stem);
}
