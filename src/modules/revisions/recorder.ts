import type { RevisionRow } from '../../db/schema.js';
import { changedFields, setFields, toVersion } from './content.js';
import type { RevisionsRepository } from './repository.js';

/** Who writes: the API key's id and name. */
export interface Writer { id: string; name: string }

export type RecorderDeps = {
  /** The revisions repository of the write's own transaction (the outbox's). */
  revisions: Pick<RevisionsRepository, 'current' | 'insert' | 'prune'>;
  /** How many past versions of each article to keep (KIOSQUE_REVISIONS_KEEP): Infinity for all, 0 for none. */
  keep: number;
};

/**
 * Keeps the history of every article write: it reads the article before and
 * after the write and appends one row, with the version the write replaced,
 * in the write's own transaction (the outbox's, which the recorder is built
 * for). A write that fails leaves no row, and a row that cannot be written
 * fails the write: the transaction rolls back whole. With `keep` 0 the
 * write runs alone, as if history did not exist.
 */
export function createRevisionRecorder(deps: RecorderDeps) {
  const { revisions, keep } = deps;

  async function record(row: Omit<RevisionRow, 'changes' | 'previous' | 'articleId'>, after: ReturnType<typeof toVersion>,
    before: ReturnType<typeof toVersion> | null): Promise<void> {
    await revisions.insert({
      ...row, articleId: after.id,
      changes: JSON.stringify(before ? changedFields(before, after) : setFields(after)),
      previous: before && JSON.stringify(before),
    });
    if (keep !== Infinity) await revisions.prune(after.id, row.version - keep);
  }

  return {
    /** A write creating an article; `write` resolves with its id. */
    async created(by: Writer, write: () => Promise<string>): Promise<string> {
      if (keep === 0) return write();
      const id = await write();
      const after = toVersion((await revisions.current(id))!);
      await record({ version: after.version, writtenAt: Date.parse(after.updatedAt), keyId: by.id, keyName: by.name,
        event: 'created', restoredFrom: null }, after, null);
      return id;
    },
    /**
     * A write changing the article `ref` names (id or current slug); `restoredFrom`
     * when it brings an earlier version back. A write that finds no article throws
     * before anything is recorded.
     */
    async changed<T>(by: Writer, ref: string, write: () => Promise<T>, restoredFrom: number | null = null): Promise<T> {
      if (keep === 0) return write();
      const stored = await revisions.current(ref);
      const result = await write();
      const before = toVersion(stored!);
      const after = toVersion((await revisions.current(before.id))!);
      await record({ version: after.version, writtenAt: Date.parse(after.updatedAt), keyId: by.id, keyName: by.name,
        event: restoredFrom === null ? 'updated' : 'restored', restoredFrom }, after, before);
      return result;
    },
  };
}

export type RevisionRecorder = ReturnType<typeof createRevisionRecorder>;
