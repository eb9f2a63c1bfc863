import type { RevisionRow } from '../../db/schema.js';
import { changedFields, setFields, toVersion } from './content.js';
import type { RevisionsRepository } from './repository.js';

/** Who writes: the API key's id and name. */
export interface Writer { id: string; name: string }

export type RecorderDeps = {
  revisions: Pick<RevisionsRepository, 'transaction' | 'inTransaction' | 'current' | 'insert' | 'prune'>;
  /** How many past versions of each article to keep (KIOSQUE_REVISIONS_KEEP): Infinity for all, 0 for none. */
  keep: number;
};

/**
 * Keeps the history of every article write: it reads the article before and
 * after the write and appends one row, with the version the write replaced,
 * in a savepoint with the write (inside the outbox's transaction). A write
 * that fails leaves no row; a row that cannot be written fails the write.
 * With `keep` 0 the write runs alone, as if history did not exist.
 */
export function createRevisionRecorder(deps: RecorderDeps) {
  const { revisions, keep } = deps;

  function record(row: Omit<RevisionRow, 'changes' | 'previous' | 'articleId'>, after: ReturnType<typeof toVersion>,
    before: ReturnType<typeof toVersion> | null) {
    revisions.insert({
      ...row, articleId: after.id,
      changes: JSON.stringify(before ? changedFields(before, after) : setFields(after)),
      previous: before && JSON.stringify(before),
    });
    if (keep !== Infinity) revisions.prune(after.id, row.version - keep);
  }

  /**
   * Runs `write`, then `keep` with its result, in one savepoint: a row that
   * cannot be kept undoes the write. A write that throws is refused as it
   * left things (its own statements in savepoints that rolled back), as the
   * outbox expects, and its error goes on after the savepoint is released.
   */
  function alongside<T>(write: () => T, keep: (result: T) => void): T {
    let refused: { error: unknown } | undefined;
    const kept = revisions.transaction(() => {
      let result: T;
      try {
        result = write();
      } catch (error) {
        // Some failures (a full disk, an I/O error) end the whole transaction in SQLite: no savepoint to release.
        if (!revisions.inTransaction()) throw error;
        refused = { error };
        return undefined;
      }
      keep(result);
      return { result };
    });
    if (refused) throw refused.error;
    return kept!.result;
  }

  return {
    /** A write creating an article; `write` returns its id. */
    created(by: Writer, write: () => string): string {
      if (keep === 0) return write();
      return alongside(write, (id) => {
        const after = toVersion(revisions.current(id)!);
        record({ version: after.version, writtenAt: Date.parse(after.updatedAt), keyId: by.id, keyName: by.name,
          event: 'created', restoredFrom: null }, after, null);
      });
    },
    /**
     * A write changing the article `ref` names (id or current slug); `restoredFrom`
     * when it brings an earlier version back. A write that finds no article throws
     * before anything is recorded.
     */
    changed<T>(by: Writer, ref: string, write: () => T, restoredFrom: number | null = null): T {
      if (keep === 0) return write();
      const stored = revisions.current(ref);
      return alongside(write, () => {
        const before = toVersion(stored!);
        const after = toVersion(revisions.current(before.id)!);
        record({ version: after.version, writtenAt: Date.parse(after.updatedAt), keyId: by.id, keyName: by.name,
          event: restoredFrom === null ? 'updated' : 'restored', restoredFrom }, after, before);
      });
    },
  };
}

export type RevisionRecorder = ReturnType<typeof createRevisionRecorder>;
