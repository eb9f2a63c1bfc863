import t from 'tap';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/connection.js';
import { openMigrated, redactUrl, StartupError } from '../../src/server.js';

// Nothing listens on port 1: a connection is refused at once, whether a PostgreSQL runs here or not.
const UNREACHABLE = 'postgres://kiosque:s3cret@127.0.0.1:1/kiosque';

t.test('DATABASE_URL chooses the dialect: postgres:// and postgresql:// are PostgreSQL, the rest SQLite files', async (t) => {
  for (const url of [UNREACHABLE, 'postgresql://kiosque@127.0.0.1:1/kiosque']) {
    const db = openDatabase(url, { pool: 1 });
    t.equal(db.dialect.name, 'postgres', url);
    await t.rejects(db.ping(), { code: 'ECONNREFUSED' }, 'a pool connects when first used');
    await db.close();
    await db.close();
    t.pass('closed twice: the second does nothing');
  }
  for (const url of ['file::memory:', ':memory:']) {
    const db = openDatabase(url);
    t.equal(db.dialect.name, 'sqlite', url);
    await db.ping();
    await db.close();
  }
});

t.test('an unreachable database at start is a StartupError naming it without its password', async (t) => {
  const failed = await openMigrated(loadConfig({ DATABASE_URL: UNREACHABLE, KIOSQUE_SEED: 'none' })).catch((error: Error) => error);
  t.ok(failed instanceof StartupError);
  t.equal((failed as Error).message, 'cannot use the database postgres://kiosque:***@127.0.0.1:1/kiosque: connect ECONNREFUSED 127.0.0.1:1');
  t.equal(redactUrl('postgres://k@h/d'), 'postgres://k@h/d', 'no password, nothing to hide');
  t.equal(redactUrl('file:data/kiosque.db'), 'file:data/kiosque.db');
});

t.test('a SQLite file that cannot be opened is a StartupError too', async (t) => {
  await t.rejects(openMigrated(loadConfig({ DATABASE_URL: 'file:/', KIOSQUE_SEED: 'none' })),
    { message: 'cannot use the database file:/: unable to open database file' });
});
