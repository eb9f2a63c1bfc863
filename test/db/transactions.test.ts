import { rmSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { createLogFlusher, NotDurableError, openSqlite } from '../../src/db/sqlite.js';
import { freshDatabase, query } from '../database.js';
import { tempDir } from '../helpers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const names = async (db: Parameters<typeof query>[0]) => (await query<{ name: string }>(db, 'SELECT name FROM tags ORDER BY name')).map((r) => r.name);
const insert = (name: string) => `INSERT INTO tags (id, slug, name, type, created_at, updated_at) VALUES ('tag_${name}', '${name}', '${name}', 'topic', 0, 0)`;

t.test('an asynchronous transaction commits when its work resolves, and no one sees its writes before', async (t) => {
  const { db, dispose } = await freshDatabase();
  t.teardown(dispose);
  let seenMeanwhile: string[] | undefined;
  const written = db.transaction(async (sql) => {
    await sql.run(insert('un'));
    // Real I/O inside the transaction: other requests run meanwhile. (better-sqlite3's own
    // transactions would have committed here, at the first await.)
    await sleep(50);
    await sql.run(insert('deux'));
    return 'done';
  });
  await sleep(10);
  const reading = names(db).then((found) => { seenMeanwhile = found; });
  t.equal(await written, 'done');
  await reading;
  t.same(seenMeanwhile, db.dialect.name === 'sqlite' ? ['deux', 'un'] : [], 'a read meanwhile sees all of it or none of it');
  t.same(await names(db), ['deux', 'un']);
});

t.test('a transaction whose work rejects rolls back whole; one opened inside another joins it', async (t) => {
  const { db, dispose } = await freshDatabase();
  t.teardown(dispose);
  const failure = new Error('refused');
  await t.rejects(db.transaction(async (sql) => {
    await sql.run(insert('un'));
    await db.transaction(async (inner) => inner.run(insert('deux')));
    throw failure;
  }), failure);
  t.same(await names(db), [], 'nothing of it, nor of the transaction it opened inside');
  await db.transaction(async (sql) => {
    await sql.run(insert('trois'));
    t.same(await names(db), ['trois'], 'inside it, its own writes are seen, even through the database');
  });
});

t.test('SQLite runs one transaction at a time, in order', async (t) => {
  const db = openSqlite(':memory:');
  await db.migrate();
  t.teardown(() => db.close());
  const order: string[] = [];
  const slow = db.transaction(async (sql) => {
    order.push('first begins');
    await sleep(30);
    await sql.run(insert('un'));
    order.push('first ends');
  });
  const quick = db.transaction(async (sql) => {
    order.push('second begins');
    await sql.run(insert('deux'));
  });
  await Promise.all([slow, quick]);
  t.same(order, ['first begins', 'first ends', 'second begins']);
});

t.test('SQLite keeps at most a thousand statements prepared, and runs the others all the same', async (t) => {
  const db = openSqlite(':memory:');
  t.teardown(() => db.close());
  let right = 0;
  for (let i = 0; i < 1005; i++) if ((await db.sql.get<{ n: number }>(`SELECT ${i} AS n`))!.n === i) right++;
  t.equal(right, 1005);
  t.same(await db.sql.get('SELECT 1004 AS n'), { n: 1004 });
});

t.test('SQLite: a write resolves once its log is flushed, off the main thread; the next write commits meanwhile', async (t) => {
  const flushes: (() => void)[] = [];
  const db = openSqlite(join(tempDir('flush'), 'k.db'), { flush: () => new Promise<void>((resolve) => flushes.push(resolve)) });
  await db.migrate();
  t.teardown(() => db.close());
  t.equal(db.client.pragma('synchronous', { simple: true }), 1, 'NORMAL: COMMIT itself does not wait for the disk');
  let done = 0;
  const first = db.transaction((sql) => sql.run(insert('un'))).then(() => { done += 1; });
  const second = db.transaction((sql) => sql.run(insert('deux'))).then(() => { done += 1; });
  while (flushes.length < 2) await sleep(1);
  t.same(await names(db), ['deux', 'un'], 'both committed, the first one\'s flush still running');
  t.equal(done, 0, 'neither acknowledged before its flush');
  flushes[0]();
  await first;
  t.equal(done, 1);
  flushes[1]();
  await second;

  const alone = db.sql.run(insert('trois')).then(() => { done += 1; });
  while (flushes.length < 3) await sleep(1);
  t.equal(done, 2, 'a statement outside a transaction, committed on its own, waits for its flush too');
  flushes[2]();
  await alone;
  t.equal(await db.sql.run(`DELETE FROM tags WHERE name = 'quatre'`), 0);
  t.equal(flushes.length, 3, 'nothing to flush when nothing changed');
});

t.test('SQLite: the log is flushed for real, and a log that cannot be is a NotDurableError', async (t) => {
  const file = join(tempDir('wal'), 'k.db');
  const db = openSqlite(file);
  await db.migrate();
  t.teardown(() => db.close());
  await db.transaction((sql) => sql.run(insert('un')));
  await db.transaction((sql) => sql.run(insert('deux')));
  t.same(await names(db), ['deux', 'un']);
  // A log that is not there (removed under a connection) cannot be flushed.
  const other = openSqlite(join(tempDir('wal-gone'), 'k.db'));
  await other.migrate();
  t.teardown(() => other.close());
  rmSync(`${other.client.name}-wal`);
  const refused = other.transaction((sql) => sql.run(insert('trois')));
  await t.rejects(refused, { code: 'SQLITE_IOERR_FSYNC', message: /could not be flushed: ENOENT/ });
  t.ok(await refused.catch((error: unknown) => error instanceof NotDurableError));
  t.same(await names(other), ['trois'], 'committed all the same: the answer says it may be kept');
});

t.test('SQLite: the log is opened once for all its flushes, again after one fails, and closed after those under way', async (t) => {
  const opened: string[] = [];
  const calls: string[] = [];
  let hold: Promise<void> | null = null;
  const log = createLogFlusher('/data/k.db-wal', async (path) => {
    opened.push(path);
    return {
      datasync: async () => {
        calls.push('sync');
        await hold;
      },
      close: async () => { calls.push('close'); },
    };
  });
  for (let i = 0; i < 3; i++) await log.flush();
  t.same(opened, ['/data/k.db-wal'], 'opened once for three flushes');

  // Closing waits for the flush under way.
  calls.length = 0;
  let release!: () => void;
  hold = new Promise((resolve) => { release = resolve; });
  const slow = log.flush();
  const closing = log.close();
  await new Promise((resolve) => setImmediate(resolve));
  t.same(calls, ['sync'], 'not closed while a flush is under way');
  release();
  await slow;
  await closing;
  t.same(calls, ['sync', 'close']);

  // A flush that fails forgets the file (and closes it): the next one opens it anew, by its name.
  let opens = 0;
  const broken = createLogFlusher('/data/k.db-wal', async () => {
    opens++;
    if (opens === 1) return { datasync: async () => { throw new Error('EIO: i/o error, fdatasync'); }, close: async () => { calls.push('closed broken'); } };
    return { datasync: async () => undefined, close: async () => undefined };
  });
  await t.rejects(broken.flush(), { code: 'SQLITE_IOERR_FSYNC', message: /could not be flushed: EIO/ });
  await broken.flush();
  t.equal(opens, 2, 'opened again after the failed flush');
  t.ok(calls.includes('closed broken'), 'the file that failed is closed');
  const unopenable = createLogFlusher('/nowhere/k.db-wal', async () => { throw new Error('ENOENT: no such file'); });
  await t.rejects(unopenable.flush(), { code: 'SQLITE_IOERR_FSYNC', message: /ENOENT/ });
  await unopenable.close();
});
