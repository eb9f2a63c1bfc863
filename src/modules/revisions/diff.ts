import { diffWordsWithSpace } from 'diff';
import { changedFields } from './content.js';
import type { ArticleVersion, RevisionDiff } from './schemas.js';

/**
 * How long a body diff may take. Myers' algorithm is quick on edits and slow
 * on rewrites (two unrelated 200 KB bodies take seconds): past this the
 * answer is the coarse one rather than an event loop held for everyone.
 */
export const BODY_DIFF_MS = 100;

/** The body as words in, out and kept; whitespace runs and line breaks are tokens, so paragraph splits show. */
export function bodyDiff(before: string, after: string, timeout = BODY_DIFF_MS): NonNullable<RevisionDiff['body']> {
  const parts = diffWordsWithSpace(before, after, { timeout });
  if (parts === undefined) {
    return { granularity: 'whole', parts: [{ op: 'delete', text: before }, { op: 'insert', text: after }] };
  }
  return {
    granularity: 'words',
    parts: parts.map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value })),
  };
}

/** The fields that differ between two versions, their values, and the body word by word. */
export function diffVersions(a: ArticleVersion, b: ArticleVersion): Pick<RevisionDiff, 'fields' | 'changes' | 'body'> {
  const fields = changedFields(a, b);
  return {
    fields,
    changes: fields.filter((f) => f !== 'body').map((field) => ({ field, from: a[field], to: b[field] })),
    body: fields.includes('body') ? bodyDiff(a.body, b.body) : null,
  };
}
