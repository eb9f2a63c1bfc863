import type { Repositories, Transactor } from '../../db/repositories.js';
import type { Outbox } from '../changes/outbox.js';
import type { ImportKind } from './repository.js';
import type { BodyPreparer } from './bodies.js';

/** What every step of an import works with. */
export interface ImportContext {
  /** The repositories reads and writes go through: the database's, or those of the batch's transaction. */
  repos: Repositories;
  /** Opens a batch's transaction (a write's outbox record joins it). */
  transaction: Transactor;
  outbox: Outbox;
  /** The site the export comes from: `wordpress:<its address>`, or `ghost`. */
  source: string;
  now: () => number;
  publicUrl: string;
  /** Look and count, write nothing. */
  dryRun: boolean;
  bodies: BodyPreparer;
}

export type Outcome = 'created' | 'updated' | 'unchanged' | 'matched' | 'failed';

/** How many of one kind of thing an import created, updated, left unchanged, matched to what existed, or failed. */
export type Tally = Record<Outcome, number>;
export const emptyTally = (): Tally => ({ created: 0, updated: 0, unchanged: 0, matched: 0, failed: 0 });

/** The ids of what an import made or found for the source's keys (`new:<key>` in a dry run). */
export type Resolved = Record<Exclude<ImportKind, 'article'>, Map<string, string>>;
export const emptyResolved = (): Resolved => ({ section: new Map(), author: new Map(), tag: new Map() });

/** The fields of `next` whose digest differs from `before`'s. */
export function changedFields(before: Record<string, string>, next: Record<string, string>): string[] {
  return Object.keys(next).filter((field) => before[field] !== next[field]);
}

/** A string cut to `max` characters at a word boundary, with an ellipsis. */
export function cut(value: string, max: number): string {
  if (value.length <= max) return value;
  const head = value.slice(0, max - 1);
  const space = head.lastIndexOf(' ');
  return `${space > max / 2 ? head.slice(0, space) : head}…`;
}
