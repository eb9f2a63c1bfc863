import createError from '@fastify/error';

export const InvalidCursor = createError('INVALID_CURSOR', 'The cursor is not one this API issued, or it belongs to another sort', 400);

export type CursorKey = (string | number)[];

/** Opaque keyset cursors: the sort name and the last row's sort key. */
export function encodeCursor(sort: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([sort, ...key])).toString('base64url');
}

export function decodeCursor(cursor: string, sort: string, arity: number): CursorKey {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursor();
  }
  const ok = Array.isArray(parsed) && parsed.length === arity + 1 && parsed[0] === sort
    && parsed.slice(1).every((v) => typeof v === 'string' || Number.isSafeInteger(v));
  if (!ok) throw new InvalidCursor();
  return (parsed as CursorKey).slice(1);
}

/** Cuts a `limit + 1` fetch into a page and the cursor of the page after it. */
export function keysetPage<R, T>(
  rows: R[], limit: number, sort: string, keyOf: (row: R) => CursorKey, map: (row: R, index: number) => T,
): { data: T[]; nextCursor: string | null } {
  const kept = rows.slice(0, limit);
  const nextCursor = rows.length > limit ? encodeCursor(sort, keyOf(kept[kept.length - 1])) : null;
  return { data: kept.map(map), nextCursor };
}
