import { Conflict, InUse } from '../lib/errors.js';

/**
 * The SQLite result code behind an error. Drizzle wraps driver errors in a
 * DrizzleQueryError whose `cause` is better-sqlite3's SqliteError, so the
 * chain of causes is searched, not just the error itself.
 */
function sqliteCode(error: unknown): string | undefined {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('SQLITE_')) return code;
  }
  return undefined;
}

/**
 * Runs a write and turns SQLite constraint failures into domain errors: a
 * duplicate unique key is a 409 naming `what`, a restricted delete an IN_USE.
 */
export function withConstraints<T>(what: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const code = sqliteCode(error);
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      throw new Conflict(`${what} already exists`);
    }
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new InUse(`${what} is still referenced by other content`);
    }
    throw error;
  }
}
