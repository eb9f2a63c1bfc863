import { tellStarted } from '../../content/render-worker.js';
import { prepareBody, type BodyOutcome, type BodyTask } from './convert/prepare.js';

// The pool's task of bodies.ts (preparerPool): a post's body converted, rendered and stemmed on a worker thread.

export default function prepare({ job, lang, stem, started }: BodyTask & { started: Int32Array }): BodyOutcome {
  tellStarted(started);
  return prepareBody(job, lang, stem);
}
