import t from 'tap';
import { withConstraints } from '../../src/db/errors.js';

t.test('withConstraints lets errors that are not constraint failures through unchanged', async (t) => {
  const error = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
  await t.rejects(withConstraints('A tag', async () => { throw error; }), error);
  t.equal(await withConstraints('A tag', async () => 42), 42);
  // A thrown value that is no error at all (a driver's or a bug's) goes through too, rather than a TypeError.
  let thrown: unknown = 'nothing';
  await withConstraints('A tag', () => Promise.reject(undefined)).catch((e: unknown) => { thrown = e; });
  t.equal(thrown, undefined);
});

t.test('withConstraints names the broken constraint, from SQLite codes and PostgreSQL SQLSTATEs alike', async (t) => {
  const failing = (code: string, message = '') => () => Promise.reject(Object.assign(new Error(message), { code }));
  for (const code of ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']) {
    await t.rejects(withConstraints('A tag with slug "x"', failing(code)), { code: 'CONFLICT', statusCode: 409, message: 'A tag with slug "x" already exists' }, code);
  }
  const restricted = { code: 'IN_USE', statusCode: 409, message: 'This tag is still referenced by other content' };
  await t.rejects(withConstraints('This tag', failing('SQLITE_CONSTRAINT_TRIGGER', 'FOREIGN KEY constraint failed')), restricted);
  await t.rejects(withConstraints('This tag', failing('23503', 'update or delete on table "tags" violates foreign key constraint')), restricted);
  const gone = { code: 'CONFLICT', message: 'A section refers to content that no longer exists' };
  await t.rejects(withConstraints('A section', failing('SQLITE_CONSTRAINT_FOREIGNKEY')), gone);
  await t.rejects(withConstraints('A section', failing('23503', 'insert or update on table "sections" violates foreign key constraint')), gone);
  const other = Object.assign(new Error('a trigger said no'), { code: 'SQLITE_CONSTRAINT_TRIGGER' });
  await t.rejects(withConstraints('A tag', () => Promise.reject(other)), other, 'another trigger failure is not a foreign key');
});
