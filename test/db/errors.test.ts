import t from 'tap';
import { withConstraints } from '../../src/db/errors.js';

t.test('withConstraints lets errors that are not constraint failures through unchanged', async (t) => {
  const error = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
  t.throws(() => withConstraints('A tag', () => { throw error; }), error);
  t.equal(withConstraints('A tag', () => 42), 42);
});
