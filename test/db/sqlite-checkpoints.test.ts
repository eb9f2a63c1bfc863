import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
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
  t.equal(checkpoints.beforeWrite(), null, 'a failed checkpoint is not waited for');
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
  t.equal(checkpoints.beforeWrite(), null, 'nor waited for');
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

const walSize = (path: string) => statSync(`${path}-wal`).size;

/**
 * Frames in the log now: `mxFrame` of the wal-index header, at byte 16 of the `-shm` file, in the machine's
 * byte order (SQLite's file format, "The WAL-Index Format").
 */
function logFrames(path: string): number {
  const header = readFileSync(`${path}-shm`).subarray(0, 20);
  return endianness() === 'LE' ? header.readUInt32LE(16) : header.readUInt32BE(16);
}

t.test('under steady writes the log is copied whole now and then, and starts over: it stays short', async (t) => {
  const { path, db } = walDatabase('checkpoints-steady');
  t.teardown(() => db.close());
  // No write goes on without the checkpoint it waits for here (that is another test's case, below).
  const checkpoints = startCheckpoints(path, { delayMs: 0, maxFrames: 40, maxWaitMs: 60_000, off: () => db.pragma('wal_autocheckpoint = 0'), fallback: () => undefined });
  t.teardown(() => checkpoints.close());
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  const write = db.transaction(() => { for (let i = 0; i < 4; i++) insert.run('x'.repeat(2000)); });
  const page = 4096 + 24; // a frame: a page and its header
  write();
  checkpoints.wrote();
  await until(() => checkpoints.stats.runs === 1); // the worker is up
  // The log's length just after each write that waited for a whole checkpoint; the frames all writes added.
  const afterWaits: number[] = [];
  let [last, written] = [logFrames(path), 0];
  // Each write a turn of the event loop after the last: the worker's checkpoints run while the next ones commit,
  // so that the log never starts over by itself. How long it grows between two starts depends on how often the
  // worker gets a core (other processes may hold both): what is checked is that each wait starts it over.
  for (let i = 0; i < 300; i++) {
    const wait = checkpoints.beforeWrite();
    if (wait) await wait;
    write();
    const frames = logFrames(path);
    // A log that started over holds this write's frames alone.
    [written, last] = [written + (frames > last ? frames - last : frames), frames];
    if (wait) afterWaits.push(frames);
    checkpoints.wrote();
    await new Promise(setImmediate);
  }
  t.ok(afterWaits.length > 0, `writes waited for a whole checkpoint ${afterWaits.length} times`);
  // 4 rows of 2,000 bytes: 2 pages, with a page or two of the table's b-tree.
  t.ok(afterWaits.every((frames) => frames <= 5), `each write after a wait started the log over: ${afterWaits.join(', ')} frames`);
  // Never started over, the log would hold every frame written.
  t.ok(walSize(path) < written * page, `the log stayed shorter than the ${written} frames written: ${Math.floor(walSize(path) / page)}`);
  t.equal((db.prepare('SELECT count(*) AS n FROM t').get() as { n: number }).n, 1204, 'every row written');
});

t.test('a reader that holds its snapshot keeps the log from being copied whole: each write waits again until it lets go', async (t) => {
  const { path, db } = walDatabase('checkpoints-reader');
  t.teardown(() => db.close());
  const reader = new Database(path);
  t.teardown(() => reader.close());
  const checkpoints = startCheckpoints(path, { delayMs: 0, maxFrames: 10, off: () => db.pragma('wal_autocheckpoint = 0'), fallback: () => undefined });
  t.teardown(() => checkpoints.close());
  t.equal(checkpoints.beforeWrite(), null, 'a short log: nothing to wait for');
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  insert.run('before the reader');
  reader.exec('BEGIN');
  reader.prepare('SELECT count(*) FROM t').get();
  db.transaction(() => { for (let i = 0; i < 20; i++) insert.run('x'.repeat(2000)); })();
  checkpoints.wrote();
  await until(() => checkpoints.stats.runs === 1);
  t.ok(checkpoints.stats.last!.log > 10, 'the log is past the bound');
  t.ok(checkpoints.stats.last!.checkpointed < checkpoints.stats.last!.log, 'not all copied: the reader still needs it');
  // A checkpoint due after a write is replaced by the one the next write waits for.
  checkpoints.wrote();
  // Asked twice before either is done: the second waits for the first and for one more.
  const first = checkpoints.beforeWrite();
  const second = checkpoints.beforeWrite();
  t.not(first, null);
  t.not(second, null);
  await Promise.all([first, second]);
  await sleep(20);
  t.equal(checkpoints.stats.runs, 3, 'a checkpoint for each, and none other');
  t.not(checkpoints.beforeWrite(), null, 'still not all copied: the next write waits again');
  await until(() => checkpoints.stats.runs === 4);
  reader.exec('COMMIT');
  await checkpoints.beforeWrite();
  t.equal(checkpoints.stats.last!.checkpointed, checkpoints.stats.last!.log, 'let go: copied whole');
  t.equal(checkpoints.beforeWrite(), null, 'the next write starts the log over without waiting');
  insert.run('after');
  checkpoints.wrote();
  await until(() => checkpoints.stats.runs === 6);
  t.ok(checkpoints.stats.last!.log < 10, `started over: ${checkpoints.stats.last!.log} frames`);
});

t.test('a checkpoint slower than the bound does not hold the write: it goes on, and the log starts over later', async (t) => {
  const { path, db } = walDatabase('checkpoints-slow');
  t.teardown(() => db.close());
  const checkpoints = startCheckpoints(path, { delayMs: 0, maxFrames: 10, maxWaitMs: 1, off: () => db.pragma('wal_autocheckpoint = 0'), fallback: () => undefined });
  t.teardown(() => checkpoints.close());
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  const write = db.transaction((n: number) => { for (let i = 0; i < n; i++) insert.run('x'.repeat(4000)); });
  write(1);
  checkpoints.wrote();
  await until(() => checkpoints.stats.runs === 1);
  write(20);
  checkpoints.wrote();
  await until(() => checkpoints.stats.runs === 2);
  t.ok(checkpoints.stats.last!.log > 10, 'past the bound');
  // Then some 4,000 frames (16 MB) that no checkpoint has copied yet: copying and syncing them takes far longer than a millisecond.
  write(4000);
  await checkpoints.beforeWrite();
  t.equal(checkpoints.stats.runs, 2, 'the write went on before the checkpoint was done');
  await until(() => checkpoints.stats.runs === 3);
  t.equal(checkpoints.stats.runs, 3, 'which still ran');
  t.equal(checkpoints.beforeWrite(), null, 'copied whole: the next write starts the log over');
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

t.test('SQLite: a transaction after the log has grown too long waits for it to be copied, and starts it over', async (t) => {
  const file = join(tempDir('checkpoints-steady-db'), 'k.db');
  const db = openSqlite(file, { maxLogFrames: 20 });
  await db.migrate();
  t.teardown(() => db.close());
  const insert = (from: number, to: number) => db.transaction(async (sql) => {
    for (let i = from; i < to; i++) {
      await sql.run("INSERT INTO tags (id, slug, name, type, created_at, updated_at) VALUES (@id, @slug, @name, 'topic', 0, 0)", { id: `tag_${i}`, slug: `t${i}`, name: 'n'.repeat(3000) });
    }
  });
  t.equal(db.checkpoints(), null, 'no checkpoint before the first write');
  await insert(0, 40);
  await until(() => db.checkpoints()!.runs === 1);
  const { log } = db.checkpoints()!.last!;
  t.ok(log > 20, `a log of ${log} frames, past the bound`);
  await insert(40, 41);
  t.equal(db.checkpoints()!.runs, 2, 'the next transaction waited for a checkpoint of it all');
  await until(() => db.checkpoints()!.runs === 3);
  t.ok(db.checkpoints()!.last!.log < 20, `then started it over: ${db.checkpoints()!.last!.log} frames`);
  await insert(41, 42);
  t.equal(db.checkpoints()!.runs, 3, 'a short log: the next one did not wait');
});
