import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import t from 'tap';
import { openSqlite } from '../../src/db/sqlite.js';
import { startCheckpoints } from '../../src/db/sqlite-checkpoints.js';
import { tempDir } from '../helpers.js';

// SQLite's own checkpoints run inside a COMMIT, on the event loop with better-sqlite3: a worker thread's
// connection does them instead, after writes.

function walDatabase(name: string) {
  const path = join(tempDir(name), 'k.db');
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec('CREATE TABLE t (x TEXT)');
  return { path, db };
}

const until = async (done: () => boolean) => {
  for (let i = 0; i < 500 && !done(); i++) await sleep(10);
};

t.test('a write is followed by a checkpoint in the worker: the log copied into the database file, off the event loop', async (t) => {
  const { path, db } = walDatabase('checkpoints');
  t.teardown(() => db.close());
  let off = 0;
  let fellBack = 0;
  const checkpoints = startCheckpoints(path, { delayMs: 5, off: () => { off++; db.pragma('wal_autocheckpoint = 0'); }, fallback: () => { fellBack++; } });
  t.teardown(() => checkpoints.close());
  t.equal(off, 1, 'SQLite\'s own checkpoints are turned off');
  t.equal(db.pragma('wal_autocheckpoint', { simple: true }), 0);
  const version = db.pragma('data_version', { simple: true });
  const before = statSync(path).size;
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  db.transaction(() => { for (let i = 0; i < 500; i++) insert.run('x'.repeat(2000)); })();
  t.equal(statSync(path).size, before, 'committed to the log only');
  checkpoints.wrote();
  checkpoints.wrote();
  await until(() => checkpoints.stats.runs > 0);
  t.equal(checkpoints.stats.runs, 1, 'one checkpoint for writes close together');
  t.ok(statSync(path).size > before + 500 * 2000, 'the rows are in the database file');
  t.match(checkpoints.stats.last, { busy: 0 });
  t.equal(checkpoints.stats.last!.checkpointed, checkpoints.stats.last!.log, 'the whole log');
  t.equal(db.pragma('data_version', { simple: true }), version, 'not seen as another process\'s commit');
  t.equal((db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n, 500);
  t.equal(fellBack, 0, 'the worker kept on');
});

t.test('a checkpoint that fails is said, and the worker stays for the next', async (t) => {
  const path = join(tempDir('checkpoints-garbage'), 'k.db');
  writeFileSync(path, 'not a database, but a file of text long enough to have a header: '.repeat(20));
  let fellBack = 0;
  const checkpoints = startCheckpoints(path, { delayMs: 1, off: () => undefined, fallback: () => { fellBack++; } });
  checkpoints.wrote();
  await until(() => checkpoints.stats.runs === 1);
  t.match(checkpoints.stats.failure, /not a database/);
  checkpoints.wrote();
  await until(() => checkpoints.stats.runs === 2);
  t.equal(checkpoints.stats.runs, 2, 'asked again after the next write');
  t.equal(fellBack, 0);
  await checkpoints.close();
});

t.test('a worker that ends gives the checkpoints back to SQLite; closing waits for the one under way', async (t) => {
  const { path, db } = walDatabase('checkpoints-fail');
  t.teardown(() => db.close());
  let fellBack = 0;
  const checkpoints = startCheckpoints(path, { delayMs: 1, off: () => db.pragma('wal_autocheckpoint = 0'), fallback: () => { fellBack++; db.pragma('wal_autocheckpoint = 1000'); } });
  checkpoints.wrote();
  const closing = checkpoints.close();
  await closing;
  t.equal(fellBack, 1, 'closed: SQLite checkpoints again');
  t.equal(db.pragma('wal_autocheckpoint', { simple: true }), 1000);
  checkpoints.wrote();
  t.equal(checkpoints.stats.runs, 0, 'nothing asked of a closed worker');

  // A database the worker cannot open: its error ends it.
  const broken = startCheckpoints(join(tempDir('checkpoints-missing'), 'no', 'k.db'), { delayMs: 300, off: () => undefined, fallback: () => { fellBack++; } });
  broken.wrote();
  await until(() => fellBack === 2);
  t.equal(fellBack, 2);
  t.match(broken.stats.failure, /unable to open|directory does not exist|exited/);
  // The checkpoint asked for before the worker ended is not sent to it.
  await sleep(350);
  await broken.close();
  t.equal(broken.stats.runs, 0);
});

t.test('SQLite: a database file checkpoints in the worker after its writes', async (t) => {
  const file = join(tempDir('checkpoints-db'), 'k.db');
  const db = openSqlite(file);
  await db.migrate();
  t.teardown(() => db.close());
  t.equal(db.client.pragma('wal_autocheckpoint', { simple: true }), 1000, 'SQLite\'s own until the first write');
  await db.transaction((sql) => sql.run("INSERT INTO tags (id, slug, name, type, created_at, updated_at) VALUES ('tag_1', 'un', 'Un', 'topic', 0, 0)"));
  t.equal(db.client.pragma('wal_autocheckpoint', { simple: true }), 0, 'the worker\'s after it');
});
