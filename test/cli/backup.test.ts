import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { run } from '../../src/cli/index.js';
import { integrityCheck } from '../../src/db/backup.js';
import { tempDir } from '../helpers.js';

function place() {
  const dir = tempDir('backup');
  return { dir, env: { DATABASE_URL: `file:${join(dir, 'k.db')}`, KIOSQUE_SEED: 'none' } };
}

function capture() {
  const lines: string[] = [];
  return { lines, out: (line: string) => lines.push(line) };
}

const articles = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('select id, slug, body_html, version from articles order by id').all();
  } finally {
    db.close();
  }
};

t.test('backup copies the live database into a new file that passes integrity_check', async (t) => {
  const { dir, env } = place();
  t.equal(await run(['seed'], env, capture().out), 0);
  // Another connection holding the database open, as the server would, with un-checkpointed WAL pages.
  const live = new Database(join(dir, 'k.db'));
  t.teardown(() => live.close());
  live.exec("update articles set title = title || ' (maj)' where rowid = 1");
  const file = join(dir, 'backup.db');
  const c = capture();
  t.equal(await run(['backup', file], env, c.out), 0);
  t.match(c.lines[0], /^backed up \d+ pages to /);
  t.equal(integrityCheck(file), 'ok');
  t.same(articles(file), articles(join(dir, 'k.db')));
  t.equal(articles(file).length, 40);

  const again = capture();
  t.equal(await run(['backup', file], env, again.out), 1, 'never overwrites a file');
  t.match(again.lines[0], /already exists/);
  t.equal(await run(['backup', join(dir, 'missing', 'b.db')], env, capture().out), 1, 'a directory that does not exist');
  t.equal(await run(['backup'], env, capture().out), 2, 'needs a file');
});

t.test('restore checks the backup, then replaces the database with it', async (t) => {
  const source = place();
  t.equal(await run(['seed'], source.env, capture().out), 0);
  const file = join(source.dir, 'backup.db');
  t.equal(await run(['backup', file], source.env, capture().out), 0);

  const target = place();
  const c = capture();
  t.equal(await run(['restore', file], target.env, c.out), 0);
  t.match(c.lines[0], /^restored \d+ pages from /);
  t.equal(integrityCheck(join(target.dir, 'k.db')), 'ok');
  t.same(articles(join(target.dir, 'k.db')), articles(join(source.dir, 'k.db')));

  const refused = capture();
  t.equal(await run(['restore', file], target.env, refused.out), 1, 'a database with content needs --force');
  t.match(refused.lines[0], /--force/);
  t.equal(await run(['restore', '--force', file], target.env, capture().out), 0);
  t.equal(await run(['restore', '--force'], target.env, capture().out), 2, 'needs a file');
});

t.test('restore refuses a file that is missing, not a database, or corrupt', async (t) => {
  const { dir, env } = place();
  const missing = capture();
  t.equal(await run(['restore', join(dir, 'nope.db')], env, missing.out), 1);
  t.match(missing.lines[0], /cannot read/);
  const garbage = join(dir, 'garbage.db');
  writeFileSync(garbage, 'not a database at all, only text'.repeat(200));
  t.equal(await run(['restore', garbage], env, capture().out), 1);

  // An index whose root page is another index's: rows "missing from index".
  const corrupt = join(dir, 'corrupt.db');
  const db = new Database(corrupt);
  db.exec('create table t(a); create index i on t(a); create table u(a); create index iu on u(a); insert into t values (1), (2); insert into u values (7);');
  const { rootpage } = db.prepare("select rootpage from sqlite_master where name = 'iu'").get() as { rootpage: number };
  db.unsafeMode(true);
  db.pragma('writable_schema = ON');
  db.prepare("update sqlite_master set rootpage = ? where name = 'i'").run(rootpage);
  db.close();
  const c = capture();
  t.equal(await run(['restore', corrupt], env, c.out), 1);
  t.match(c.lines[0], /fails its integrity check; nothing was restored/);
});

t.test('backup and restore are for SQLite files: on PostgreSQL they say which tools to use', async (t) => {
  const env = { DATABASE_URL: 'postgres://kiosque@127.0.0.1:1/kiosque', KIOSQUE_SEED: 'none' };
  for (const args of [['backup', '/tmp/never.db'], ['restore', '/tmp/never.db']]) {
    const c = capture();
    t.equal(await run(args, env, c.out), 2, args[0]);
    t.same(c.lines, ['backup and restore copy SQLite files; on PostgreSQL use pg_dump and pg_restore']);
  }
});
