import { join } from 'node:path';
import t from 'tap';
import { openSqlite } from '../../../src/db/sqlite.js';
import { createRepositories, transactor } from '../../../src/db/repositories.js';
import type { NewChange } from '../../../src/modules/changes/repository.js';
import { tempDir } from '../../helpers.js';
import { EXTERNAL_CHECK_MS, sampled } from '../../../src/db/database.js';
import { createPurgeClock, purgeTimes, type Purge, type PurgeSources } from '../../../src/modules/changes/purge-clock.js';

// The instants answers are dated by (lib/http.ts), kept in memory on PostgreSQL: read once a key, then moved
// forward by the change feed whenever the database says another process committed, or this one did.

/** A database as the clock sees it: purged_keys, the change feed, the version notifications move, and the reads made. */
function fakeDatabase() {
  const purged = new Map<string, number>();
  const feed: Purge[] = [];
  const calls = { stored: [] as string[][], since: 0, latest: 0 };
  const db: { purged: typeof purged; feed: Purge[]; calls: typeof calls; version: number; purge(at: number, ...keys: string[]): void; sources: PurgeSources } = {
    purged, feed, calls, version: 0,
    /** Records a change as a commit does: its keys' instants, then its place in the feed. */
    purge(at: number, ...keys: string[]) {
      for (const key of keys) purged.set(key, Math.max(purged.get(key) ?? 0, at));
      feed.push({ seq: feed.length + 1, at, keys });
    },
    sources: {
      version: () => db.version,
      stored: async (keys) => {
        calls.stored.push(keys);
        return keys.flatMap((key) => (purged.has(key) ? [{ key, at: purged.get(key)! }] : []));
      },
      since: async (seq, limit) => {
        calls.since++;
        return feed.filter((p) => p.seq > seq).slice(0, limit);
      },
      latest: async () => {
        calls.latest++;
        return feed.length;
      },
    },
  };
  return db;
}

t.test('a key is read once, then answered from memory until the database moves', async (t) => {
  const db = fakeDatabase();
  db.purge(100, 'art_1', 'refs');
  const clock = await createPurgeClock(db.sources);
  t.equal(await clock.lastPurged(['art_1', 'refs']), 100);
  t.equal(await clock.lastPurged(['art_1', 'refs', 'art_2']), 100, 'a key never purged is 0');
  t.same(db.calls.stored, [['art_1', 'refs'], ['art_2']], 'only the keys not held are read');
  for (let i = 0; i < 5; i++) await clock.lastPurged(['art_1', 'art_2']);
  t.equal(db.calls.stored.length, 2, 'held keys are not read again');
  t.equal(db.calls.since, 0, 'nor the feed, while nothing moved');
  t.equal(clock.size(), 3);
  db.version++;
  t.equal(await clock.lastPurged(['art_1']), 100, 'a move with nothing new in the feed');
  t.equal(db.calls.since, 1);
});

t.test('another process\'s purge is followed once the version moves; this process\'s own once it wrote', async (t) => {
  const db = fakeDatabase();
  const clock = await createPurgeClock(db.sources);
  t.equal(await clock.lastPurged(['art_1']), 0);
  db.purge(200, 'art_1', 'articles');
  t.equal(await clock.lastPurged(['art_1']), 0, 'not seen before the database says so (the bound)');
  db.version++;
  t.equal(await clock.lastPurged(['art_1']), 200, 'seen once notified');
  t.equal(await clock.lastPurged(['articles']), 200, 'a key not held is read from purged_keys');
  db.purge(300, 'art_1');
  clock.written();
  t.equal(await clock.lastPurged(['art_1']), 300, 'its own commits are followed without a notification');
  db.purge(250, 'art_1');
  db.version++;
  t.equal(await clock.lastPurged(['art_1']), 300, 'an instant never moves back (a change dated earlier by another clock)');
  t.equal(db.calls.since, 3);
});

t.test('reads arriving while the feed is read wait for it, and it is read once', async (t) => {
  const db = fakeDatabase();
  const clock = await createPurgeClock(db.sources);
  await clock.lastPurged(['a']);
  db.purge(10, 'a');
  db.version++;
  t.same(await Promise.all([clock.lastPurged(['a']), clock.lastPurged(['a']), clock.lastPurged(['a'])]), [10, 10, 10]);
  t.equal(db.calls.since, 1);
});

t.test('a change followed while a key is being read is not lost', async (t) => {
  const db = fakeDatabase();
  const clock = await createPurgeClock(db.sources);
  // purged_keys answers as it was before the change; the feed has it by the time the clock follows.
  let release!: () => void;
  const stored = db.sources.stored;
  db.sources.stored = async (keys) => {
    const before = await stored(keys);
    await new Promise<void>((resolve) => { release = resolve; });
    return before;
  };
  const reading = clock.lastPurged(['b']);
  await new Promise((resolve) => setImmediate(resolve));
  db.sources.stored = stored;
  db.purge(50, 'b', 'c');
  db.version++;
  t.equal(await clock.lastPurged(['c']), 50, 'followed meanwhile');
  release();
  t.equal(await reading, 50, 'the read that started before it answers with it');
  t.equal(await clock.lastPurged(['b']), 50, 'and keeps it');
});

t.test('past `followed` changes, or `maxKeys` keys, the keys held are forgotten and read again', async (t) => {
  const db = fakeDatabase();
  const clock = await createPurgeClock(db.sources, { followed: 3, maxKeys: 4 });
  t.equal(await clock.lastPurged(['a', 'b', 'c']), 0);
  for (let i = 1; i <= 4; i++) db.purge(i, 'a');
  db.version++;
  t.equal(await clock.lastPurged(['a']), 4, 'too many to follow: read again');
  t.same(db.calls.stored.at(-1), ['a']);
  t.equal(clock.size(), 1, 'the others were forgotten');
  await clock.lastPurged(['b', 'c', 'd']);
  t.equal(clock.size(), 4);
  await clock.lastPurged(['e']);
  t.equal(clock.size(), 1, 'past maxKeys, what was held goes');
  db.purge(9, 'e');
  db.version++;
  t.equal(await clock.lastPurged(['e']), 9, 'and the feed is followed from where it was');
});

t.test('a key read while the feed was too long to follow answers, but is not kept', async (t) => {
  const db = fakeDatabase();
  const clock = await createPurgeClock(db.sources, { followed: 1 });
  let release!: () => void;
  const stored = db.sources.stored;
  db.sources.stored = async (keys) => {
    await new Promise<void>((resolve) => { release = resolve; });
    return stored(keys);
  };
  const reading = clock.lastPurged(['k']);
  await new Promise((resolve) => setImmediate(resolve));
  db.purge(1, 'x');
  db.purge(2, 'y');
  db.version++;
  db.sources.stored = stored;
  const other = clock.lastPurged(['x']);
  release();
  t.equal(await other, 1);
  t.equal(await reading, 0);
  t.equal(clock.size(), 1, 'only the key read after');
});

t.test('a failed read of the feed fails the answer, and is tried again by the next', async (t) => {
  const db = fakeDatabase();
  const clock = await createPurgeClock(db.sources);
  await clock.lastPurged(['a']);
  db.purge(7, 'a');
  db.version++;
  const since = db.sources.since;
  db.sources.since = async () => { throw new Error('connection lost'); };
  await t.rejects(clock.lastPurged(['a']), /connection lost/);
  db.sources.since = since;
  t.equal(await clock.lastPurged(['a']), 7);
});

t.test('on SQLite, the clock sees another process\'s purge at its next read, and its own after its commit', async (t) => {
  const file = join(tempDir('purge-clock'), 'k.db');
  const db = openSqlite(file);
  await db.migrate();
  const other = openSqlite(file);
  t.teardown(async () => {
    await other.close();
    await db.close();
  });
  const change = (at: number, keys: string[]): NewChange => ({
    type: 'tag.updated', entityType: 'tag', entityId: 't', slug: 't', version: 1, sectionId: null, previousSectionId: null,
    public: true, occurredAt: at, surrogateKeys: keys,
  });
  const transaction = transactor(db);
  // Looking at data_version on every read (the default looks at most every EXTERNAL_CHECK_MS: below).
  const clock = await purgeTimes({ db, changes: createRepositories(db.sql).changes }, 0);
  t.equal(await clock.lastPurged(['tags', 'art_1']), 0);
  await transactor(other)((repos) => repos.changes.append(change(100, ['tags'])));
  t.equal(await clock.lastPurged(['tags', 'art_1']), 100, 'another connection\'s commit moves data_version');
  await transaction((repos) => repos.changes.append(change(200, ['art_1'])));
  t.equal(await clock.lastPurged(['art_1']), 0, 'its own commit does not move data_version…');
  clock.written();
  t.equal(await clock.lastPurged(['art_1']), 200, '…and is followed once the transaction says so');
});

t.test('the database\'s version is looked at most every EXTERNAL_CHECK_MS (SQLite\'s data_version costs a read lock)', async (t) => {
  let reads = 0;
  // A version that moves at every look: each look then follows the feed.
  const db = { externalVersion: () => ++reads };
  const changes = { purgedAt: async () => [], keysSince: async () => [], latest: async () => 0 };
  const sampling = await purgeTimes({ db, changes }, 60_000);
  for (let i = 0; i < 20; i++) await sampling.lastPurged(['art_1']);
  t.equal(reads, 1, 'looked once, at start, within the interval');
  reads = 0;
  const looking = await purgeTimes({ db, changes }, 0);
  for (let i = 0; i < 20; i++) await looking.lastPurged(['art_1']);
  t.equal(reads, 21, 'without an interval, at every read');
  t.equal(EXTERNAL_CHECK_MS, 25, 'the default: the response cache\'s');
});

t.test('sampled: a value read again at most every interval, the last one in between', async (t) => {
  let now = 1000;
  let value = 0;
  const read = sampled(() => ++value, 25, () => now);
  t.equal(read(), 1, 'read at once');
  now = 1024;
  t.equal(read(), 1, 'within the interval: what it last gave');
  now = 1025;
  t.equal(read(), 2, 'then read again');
  t.equal(read(), 2);
});
