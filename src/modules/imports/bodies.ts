import { BodyLimitError } from '../../content/limits.js';
import { besideModule, runBudgeted, type RenderBudget, type Renderer } from '../../content/renderer.js';
import type { BodyJob } from './convert/job.js';
import { convertStep, type BodyOutcome, type BodyTask } from './convert/prepare.js';

// Preparing a body (convert/prepare.ts) is most of an import's work: the CLI runs it
// on worker threads, a batch at a time, while the reading thread parses and writes.

/** Prepares the bodies of an import's posts; `lang` is the article's (the language its text is stemmed in). */
export interface BodyPreparer { prepare(job: BodyJob, lang: string): Promise<BodyOutcome> }

/** Converts on the calling thread and renders with `renderer` (tests, and anything that has a renderer already). */
export function preparerWith(renderer: Renderer): BodyPreparer {
  return {
    async prepare(job) {
      const converted = convertStep(job);
      if (!converted.ok) return converted;
      const { tree: _, ...result } = converted;
      try {
        return { ...result, body: await renderer.renderMarkdown(converted.markdown), indexed: null };
      } catch (error) {
        if (error instanceof BodyLimitError) return { ok: false, notes: result.notes, exceeded: error.exceeded };
        throw error;
      }
    },
  };
}

/** The worker's source: body-worker.ts beside this module. */
const WORKER_SOURCE = besideModule(import.meta.url, 'body-worker');

/**
 * Prepares bodies on worker threads, each within the render budget (the
 * conversion too: an export's HTML can hurt it as Markdown hurts the
 * renderer). `stem`: the index stems in JavaScript (SQLite), so the workers do.
 */
export function preparerPool(budget: RenderBudget, stem: boolean): BodyPreparer {
  return {
    async prepare(job, lang) {
      try {
        return await runBudgeted<BodyTask, BodyOutcome>(budget, WORKER_SOURCE, { job, lang, stem });
      } catch (error) {
        if (error instanceof BodyLimitError) return { ok: false, notes: [], exceeded: error.exceeded };
        throw error;
      }
    },
  };
}
