import { Conflict, InUse } from '../lib/errors.js';

/**
 * Runs a write and turns SQLite constraint failures into domain errors: a
 * duplicate unique key is a 409 naming `what`, a restricted delete an IN_USE.
 */
export function withConstraints<T>(what: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      throw new Conflict(`${what} already exists`);
    }
    // ON DELETE RESTRICT is enforced as a trigger: deleting a row that is still
    // referenced fails with SQLITE_CONSTRAINT_TRIGGER, not _FOREIGNKEY.
    if (code === 'SQLITE_CONSTRAINT_TRIGGER' && message === 'FOREIGN KEY constraint failed') {
      throw new InUse(`${what} is still referenced by other content`);
    }
    // Writing a reference to a row another writer deleted since it was checked.
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
      throw new Conflict(`${what} refers to content that no longer exists`);
    }
    throw error;
  }
}
