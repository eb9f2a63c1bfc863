import { lexicalToMarkdown } from '../ghost/lexical.js';
import { htmlToMarkdown, type Converted } from './html.js';

/**
 * A post's body as it crosses to a worker thread: its format, its text, and
 * the address its relative links resolve against. What needs the reader's
 * state (WordPress's galleries look their images up in the export) is done
 * before, on the reading thread.
 */
export interface BodyJob { format: 'html' | 'lexical'; source: string; baseUrl?: string }

/** A body job's Markdown, with what could not be carried over. */
export function convertBody(job: BodyJob): Converted {
  return job.format === 'lexical' ? lexicalToMarkdown(job.source, job.baseUrl) : htmlToMarkdown(job.source, job.baseUrl);
}
