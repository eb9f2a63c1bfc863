import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { createCursors, InvalidCursor } from '../../src/lib/cursor.js';
import { buildApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/connection.js';
import { freshDatabase } from '../database.js';
import { ADMIN_KEY, TEST_ENV, admin, article, create, inThreadRenderer, tempDir } from '../helpers.js';

const cursors = createCursors(randomBytes(32));

function refusal(t: Test, attempt: () => unknown, detail: RegExp) {
  try {
    attempt();
  } catch (error) {
    t.type(error, InvalidCursor);
    t.match(error, { statusCode: 400, code: 'INVALID_CURSOR', message: detail });
    return;
  }
  t.fail('the cursor was accepted');
}

t.test('a cursor opens to the key it was made with, in the list it was made for', async (t) => {
  const cursor = cursors.encode('articles|title', ['Élections : ce qui change', 'art_01']);
  t.same(cursors.decode(cursor, 'articles|title', 2), ['Élections : ce qui change', 'art_01']);
  t.equal(cursors.encode('articles|title', ['Élections : ce qui change', 'art_01']), cursor, 'the same page, the same cursor');
  t.match(cursor, /^[A-Za-z0-9_-]+$/, 'URL-safe as it is');
});

t.test('a cursor shows nothing of its key, not even its length within 64 bytes', async (t) => {
  const secret = 'Le titre que ce partenaire ne doit pas lire';
  const cursor = cursors.encode('articles|title', [secret, 'art_01']);
  const bytes = Buffer.from(cursor, 'base64url');
  t.notOk(bytes.toString('latin1').includes('titre'), 'not in the clear');
  t.notOk(cursor.includes(Buffer.from('titre').toString('base64url').slice(0, 6)));
  const short = cursors.encode('articles|title', ['A', 'art_01']);
  t.equal(cursors.encode('articles|title', ['Une vingtaine de lettres', 'art_01']).length, short.length, 'titles of 1 and 24 letters look alike');
  t.ok(cursor.length > short.length, 'the length moves in steps of 64 bytes only');
  t.equal(bytes.length % 16, 0, 'an IV and whole steps of contents');
  const updated = cursors.encode('articles|updated', [1_780_000_000_000, 'art_01']);
  t.notMatch(Buffer.from(updated, 'base64url').toString('latin1'), /1780/, 'nor a date');
});

t.test('a cursor altered, truncated or sealed with another secret is refused', async (t) => {
  const cursor = cursors.encode('sections', ['actualites']);
  const bytes = Buffer.from(cursor, 'base64url');
  for (const i of [0, 15, 16, bytes.length - 1]) {
    const flipped = Buffer.from(bytes);
    flipped[i] ^= 1;
    refusal(t, () => cursors.decode(flipped.toString('base64url'), 'sections', 1), /not one this API issued/);
  }
  refusal(t, () => cursors.decode(cursor.slice(0, 20), 'sections', 1), /not one this API issued/);
  refusal(t, () => cursors.decode(`${cursor}!`, 'sections', 1), /not one this API issued/);
  refusal(t, () => cursors.decode('', 'sections', 1), /not one this API issued/);
  refusal(t, () => createCursors(randomBytes(32)).decode(cursor, 'sections', 1), /before the server secret changed/);
  // The readable cursors of earlier versions: base64 JSON of the sort and key.
  refusal(t, () => cursors.decode(Buffer.from('["path","actualites"]').toString('base64url'), 'sections', 1), /not one this API issued/);
});

t.test('a cursor of another list, or of other filters, is refused with a reason', async (t) => {
  const cursor = cursors.encode('articles|{"section":"actualites"}', [1, 'art_01']);
  refusal(t, () => cursors.decode(cursor, 'articles|{}', 2), /another list, or to other filters/);
  refusal(t, () => cursors.decode(cursor, 'articles|{"section":"actualites"}', 3), /not one this API issued/);
});

t.test('the secret is made once and shared by every process over the database, across restarts', async (t) => {
  // One database (a file on SQLite), opened by each "process" with its own connections.
  const { url, dispose } = await freshDatabase({ sqlite: join(tempDir('cursors'), 'kiosque.db') });
  t.teardown(dispose);
  const config = loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none', ...TEST_ENV });
  const open = async () => {
    const db = openDatabase(url);
    await db.migrate();
    const app = await buildApp({ config, db, ownsDatabase: true, renderer: inThreadRenderer });
    return { app, db };
  };
  const first = await open();
  t.teardown(() => first.app.close());
  const section = await create(first.app, '/v1/sections', { name: 'Actualités' });
  for (const title of ['Un', 'Deux', 'Trois']) await article(first.app, { title, sectionId: section.id });
  const page = (await first.app.inject({ url: '/v1/articles?limit=1&sort=title', headers: admin })).json();
  const second = await open();
  t.teardown(() => second.app.close());
  const next = await second.app.inject({ url: `/v1/articles?limit=1&sort=title&cursor=${page.meta.nextCursor}`, headers: admin });
  t.equal(next.statusCode, 200, 'another process opens it');
  t.match(next.json().data, [{ title: 'Trois' }], 'Deux, then Trois');
  const restarted = await open();
  t.teardown(() => restarted.app.close());
  const again = await restarted.app.inject({ url: `/v1/articles?limit=1&sort=title&cursor=${page.meta.nextCursor}`, headers: admin });
  t.equal(again.statusCode, 200, 'and so does the server after a restart');
  t.same(await restarted.db.sql.get('SELECT CAST(count(*) AS INTEGER) AS n FROM server_secrets'), { n: 1 }, 'one secret');
});
