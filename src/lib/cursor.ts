import { hash } from 'node:crypto';
import createError from '@fastify/error';

export const InvalidCursor = createError('INVALID_CURSOR', 'The cursor is not one this API issued, or it belongs to another sort', 400);
export const CursorOfAnotherList = createError(
  'INVALID_CURSOR', 'The cursor was made for a list with other filters: send it with the filters of the page it came from (its Link header has them)', 400,
);

export type CursorKey = (string | number)[];

/** What a list was asked for besides its sort and size: a cursor is only good for the same list. */
export type ListFilters = Record<string, string | readonly string[] | undefined>;

/** A short digest of a list's filters; absent ones and the order of repeated values do not count. */
function listDigest(filters: ListFilters): string {
  const given = Object.entries(filters).filter(([, value]) => value !== undefined)
    .map(([name, value]) => [name, Array.isArray(value) ? [...value].sort() : value] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return hash('sha1', JSON.stringify(given), 'base64url').slice(0, 12);
}

/**
 * Opaque keyset cursors: the sort name, the last row's sort key and, for a
 * filtered list, the digest of its filters, so that a cursor never continues
 * another list (a cursor sent without the filters it was made with is a 400,
 * not a page of everything).
 */
export function encodeCursor(sort: string, key: CursorKey, filters?: ListFilters): string {
  const list = filters === undefined ? [] : [listDigest(filters)];
  return Buffer.from(JSON.stringify([sort, ...key, ...list])).toString('base64url');
}

export function decodeCursor(cursor: string, sort: string, arity: number, filters?: ListFilters): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor();
  }
  const length = arity + 1 + (filters === undefined ? 0 : 1);
  const ok = Array.isArray(parsed) && parsed.length === length && parsed[0] === sort
    && parsed.slice(1).every((v) => typeof v === 'string' || Number.isSafeInteger(v));
  if (!ok) throw new InvalidCursor();
  const [, ...key] = parsed as CursorKey;
  if (filters !== undefined && key.pop() !== listDigest(filters)) throw new CursorOfAnotherList();
  return key;
}

/** Cuts a `limit + 1` fetch into a page and the cursor of the page after it. */
export function keysetPage<R, T>(
  rows: R[], limit: number, sort: string, keyOf: (row: R) => CursorKey, map: (row: R, index: number) => T, filters?: ListFilters,
): { data: T[]; nextCursor: string | null } {
  const kept = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(sort, keyOf(kept[kept.length - 1]), filters) : null;
  return { data: kept.map(map), nextCursor };
}
