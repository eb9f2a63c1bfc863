import type { Root } from 'mdast';
import { BODY_LIMITS, BodyLimitError, type LimitExceeded } from '../../../content/limits.js';
import { renderForStorage, renderTreeForStorage, type StoredBody } from '../../../content/render.js';
import { indexedText } from '../../search/text.js';
import type { NoteList } from '../notes.js';
import { convertBody, type BodyJob } from './job.js';
import { asParsed } from './parsed.js';

// A post's body, from its source to what the article row stores: converted into
// Markdown, rendered, and (for SQLite's index) stemmed, on the calling thread.
// Nothing here reaches for the reader's state or the database: it is a worker's task.

/** A body ready to write, one that could not be converted, or one over a limit of the API. */
export type BodyOutcome =
  | { ok: true; markdown: string; notes: NoteList; body: StoredBody; indexed: string | null }
  | { ok: false; notes: NoteList; error: string }
  | { ok: false; notes: NoteList; exceeded: LimitExceeded };

type Converted = { ok: true; markdown: string; tree: Root; notes: NoteList } | { ok: false; notes: NoteList; error: string };

/** The Markdown of a job and the tree it was written from, or why they could not be made (a body too deeply nested for the converters). */
export function convertStep(job: BodyJob): Converted {
  try {
    const { markdown, tree, notes } = convertBody(job);
    return { ok: true, markdown, tree, notes: notes.toList() };
  } catch (error) {
    return { ok: false, notes: [], error: (error as Error).message };
  }
}

/**
 * The whole preparation on the calling thread (a worker's task): what it
 * renders is checked against the body limits as the API's renderer checks it.
 */
export function prepareBody(job: BodyJob, lang: string, stem: boolean): BodyOutcome {
  const converted = convertStep(job);
  if (!converted.ok) return converted;
  const { tree, ...result } = converted;
  let body: StoredBody;
  try {
    // The converter's tree when it is what parsing its Markdown gives (parsed.ts): the same rendering, without the parse.
    const parsed = asParsed(tree);
    body = parsed ? renderTreeForStorage(parsed) : renderForStorage(converted.markdown);
  } catch (error) {
    if (error instanceof BodyLimitError) return { ok: false, notes: result.notes, exceeded: error.exceeded };
    // Nesting the tree check could not see (inside the parser) runs out of stack the same way.
    if (error instanceof RangeError) return { ok: false, notes: result.notes, exceeded: { limit: 'depth', maximum: BODY_LIMITS.depth } };
    throw error;
  }
  return { ...result, body, indexed: stem ? indexedText(body.text, lang) : null };
}

export interface BodyTask { job: BodyJob; lang: string; stem: boolean }
