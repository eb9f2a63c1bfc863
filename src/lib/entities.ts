import { NotFound, PreconditionFailed } from './errors.js';
import { checkIfMatch, iso } from './http.js';

interface Versioned {
  id: string;
  version: number;
  createdAt: number;
  updatedAt: number;
}

/** Finds a row or throws a 404 naming `what`. */
export function found<T>(row: T | undefined, what: string): T {
  if (row === undefined) throw new NotFound(what);
  return row;
}

/**
 * The shared shape of an optimistic update: check If-Match against the row,
 * apply the patch, bump version and updatedAt, and let the repository refuse
 * the write (412) if another writer got there first.
 */
export async function patchRow<R extends Versioned>(
  row: R, patch: Partial<R>, now: number, ifMatch: string | undefined, write: (next: R) => Promise<boolean>,
): Promise<R> {
  checkIfMatch(ifMatch, row.version);
  const next: R = { ...row, ...patch, updatedAt: now, version: row.version + 1 };
  if (!await write(next)) throw new PreconditionFailed();
  return next;
}

export function timestampsOf(row: Versioned) {
  return { createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt), version: row.version };
}
