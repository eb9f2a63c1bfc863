import { Conflict, InUse } from '../lib/errors.js';

type Violation = 'unique' | 'restrict' | 'foreign';

/** What constraint a driver error broke, from SQLite's extended codes or PostgreSQL's SQLSTATE. */
function violation(error: unknown): Violation | null {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505') return 'unique';
  // SQLite enforces ON DELETE RESTRICT as a trigger: deleting a row still referenced fails with
  // SQLITE_CONSTRAINT_TRIGGER; PostgreSQL says which side broke the foreign key.
  if (code === 'SQLITE_CONSTRAINT_TRIGGER' && message === 'FOREIGN KEY constraint failed') return 'restrict';
  if (code === '23503') return String(message).startsWith('update or delete') ? 'restrict' : 'foreign';
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'foreign';
  return null;
}

/**
 * Runs a write and turns constraint failures into domain errors: a
 * duplicate unique key is a 409 naming `what`, a restricted delete an IN_USE,
 * a reference to a row another writer deleted since it was checked a 409.
 */
export async function withConstraints<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const broken = violation(error);
    if (broken === 'unique') throw new Conflict(`${what} already exists`);
    if (broken === 'restrict') throw new InUse(`${what} is still referenced by other content`);
    if (broken === 'foreign') throw new Conflict(`${what} refers to content that no longer exists`);
    throw error;
  }
}
