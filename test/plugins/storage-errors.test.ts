import { join } from 'node:path';
import Database from 'better-sqlite3';
import t from 'tap';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { NotDurableError, openSqlite } from '../../src/db/sqlite.js';
import { storageFailure } from '../../src/lib/storage-errors.js';
import { ADMIN_KEY, admin, article, isProblem, makeApp, newsroom, TEST_ENV, tempDir } from '../helpers.js';

t.test('another process holding the write lock: writes are a 503 DATABASE_BUSY with Retry-After, reads go on', async (t) => {
  const file = join(tempDir('busy'), 'k.db');
  // SQLite's lock, whatever the database the suite runs on (PostgreSQL's faults have their own tests).
  const db = openSqlite(file);
  await db.migrate();
  const app = await buildApp({ config: loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none' }), db, ownsDatabase: true });
  t.teardown(() => app.close());
  // The production wait is a second; the outcome after it is the same, so the test does not wait.
  db.client.pragma('busy_timeout = 0');
  const other = new Database(file);
  t.teardown(() => other.close());
  other.exec('BEGIN IMMEDIATE');

  const res = await app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 'Sport' } });
  const body = isProblem(t, res, 503, 'DATABASE_BUSY');
  t.equal(res.headers['retry-after'], '1');
  t.equal(body.title, 'Service Unavailable');
  t.equal((await app.inject('/v1/sections')).statusCode, 200, 'reads keep working');

  other.exec('ROLLBACK');
  t.equal((await app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 'Sport' } })).statusCode, 201);
});

t.test('a full disk: a write is a 507 INSUFFICIENT_STORAGE, nothing half-written, writes resume with space', async (t) => {
  const db = openSqlite(':memory:');
  await db.migrate();
  const app = await buildApp({ config: loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none', ...TEST_ENV }), db, ownsDatabase: true });
  t.teardown(() => app.close());
  const { section, author, tag } = await newsroom(app);
  const first = await article(app, { title: 'Premier', sectionId: section.id, authorIds: [author.id], tagIds: [tag.id] });
  const pages = db.client.pragma('page_count', { simple: true }) as number;
  // SQLite answers SQLITE_FULL when the file may not grow, as on a full file system.
  db.client.pragma(`max_page_count = ${pages}`);
  const payload = { title: 'Trop long', body: 'Du texte. '.repeat(15_000), sectionId: section.id, authorIds: [author.id], tagIds: [tag.id], status: 'published' };
  const res = await app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload });
  const body = isProblem(t, res, 507, 'INSUFFICIENT_STORAGE');
  t.equal(body.title, 'Insufficient Storage');
  t.notOk(res.headers['retry-after']);
  const count = (sql: string) => (db.client.prepare(sql).get() as { n: number }).n;
  t.equal(count('select count(*) n from articles'), 1, 'no partial article');
  t.equal(count('select count(*) n from article_authors'), 1);
  t.equal(count('select count(*) n from article_search'), 1);
  t.equal((await app.inject(`/v1/articles/${first.slug}`)).statusCode, 200, 'reads keep working');

  db.client.pragma('max_page_count = 1073741823');
  t.equal((await app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload })).statusCode, 201, 'writes resume');
});

t.test('a disk I/O error is a 503 DATABASE_UNAVAILABLE with Retry-After, its message masked', async (t) => {
  const { app } = await makeApp(t);
  app.get('/v1/failing-storage', async () => {
    throw new Database.SqliteError('disk I/O error at /var/lib/kiosque', 'SQLITE_IOERR_WRITE');
  });
  const res = await app.inject('/v1/failing-storage');
  const body = isProblem(t, res, 503, 'DATABASE_UNAVAILABLE');
  t.equal(res.headers['retry-after'], '5');
  t.notMatch(body.detail, /var\/lib/);
});

t.test('a write whose log cannot be flushed to the disk: a 503 saying it may be kept or lost', async (t) => {
  const file = join(tempDir('not-durable'), 'k.db');
  let failing = false;
  const db = openSqlite(file, { flush: async () => { if (failing) throw new NotDurableError('the write-ahead log could not be flushed: EIO'); } });
  await db.migrate();
  const app = await buildApp({ config: loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none', ...TEST_ENV }), db, ownsDatabase: true });
  t.teardown(() => app.close());
  failing = true;
  const res = await app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 'Sport' } });
  const body = isProblem(t, res, 503, 'DATABASE_UNAVAILABLE');
  t.match(body.detail, /committed but could not be flushed.*Read it back/);
  t.notMatch(body.detail, /EIO/);
  t.equal(res.headers['retry-after'], '5');
});

t.test('which SQLite codes are storage failures', async (t) => {
  t.equal(storageFailure('SQLITE_BUSY_SNAPSHOT')?.code, 'DATABASE_BUSY');
  t.equal(storageFailure('SQLITE_LOCKED_SHAREDCACHE')?.code, 'DATABASE_BUSY');
  t.equal(storageFailure('SQLITE_FULL')?.status, 507);
  t.equal(storageFailure('SQLITE_READONLY_DBMOVED')?.code, 'DATABASE_UNAVAILABLE');
  t.equal(storageFailure('SQLITE_CANTOPEN')?.code, 'DATABASE_UNAVAILABLE');
  t.equal(storageFailure('SQLITE_CONSTRAINT_CHECK'), null, 'a constraint is a bug or a domain error, not storage');
  t.equal(storageFailure('SQLITE_CORRUPT'), null);
  t.equal(storageFailure('FST_ERR_VALIDATION'), null);
  t.equal(storageFailure(undefined), null);
});

t.test('which PostgreSQL failures are storage failures: SQLSTATEs, the pool, lost connections', async (t) => {
  for (const code of ['40001', '40P01', '55P03', '57014', '53300', 'POOL_EXHAUSTED']) t.equal(storageFailure(code)?.code, 'DATABASE_BUSY', code);
  t.equal(storageFailure('53100')?.code, 'INSUFFICIENT_STORAGE', 'disk full');
  for (const code of ['08006', '08001', '57P01', '57P03', '25006', 'CONNECTION_LOST', 'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT']) {
    t.equal(storageFailure(code)?.code, 'DATABASE_UNAVAILABLE', code);
  }
  for (const code of ['23505', '23503', '42P01', '22P02', 'ERR_SOMETHING']) t.equal(storageFailure(code), null, `${code} is not storage`);
});

t.test('the OpenAPI document names these answers: 503 on every /v1 route, 507 on writes', async (t) => {
  const { app } = await makeApp(t);
  const doc = (await app.inject('/openapi.json')).json();
  t.ok(doc.paths['/v1/articles'].get.responses['503']);
  t.notOk(doc.paths['/v1/articles'].get.responses['507']);
  t.ok(doc.paths['/v1/articles'].post.responses['503']);
  t.ok(doc.paths['/v1/articles'].post.responses['507']);
  t.ok(doc.paths['/v1/articles/{idOrSlug}'].delete.responses['507']);
  t.notOk(doc.paths['/healthz'].get.responses['503'], 'outside /v1 routes document their own');
});
