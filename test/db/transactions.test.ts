import t from 'tap';
import { openSqlite } from '../../src/db/sqlite.js';
import { freshDatabase, query } from '../database.js';

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
