import { Conflict, InUse } from '../lib/errors.js';

function sqliteCode(error: unknown): string | undefined {
  return (error as { code?: unknown })?.code as string | undefined;
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
