// What history costs on disk: edits each of N articles once through the API
// (a sentence added to its body), then measures the rows written to
// article_revisions with SQLite's dbstat (pages, B-tree and overflow included)
// beside what the same articles take in `articles`. A database given with
// --db is copied first (SQLite's online backup): the copy is edited, the
// database is left as it was. Without --db: a fresh demo newsroom.
// Usage: npx tsx bench/revisions-storage.ts [--db /tmp/kiosque-100k.db] [--articles 1000]
import { mkdtempSync, rmSync } from 'node:fs';
import Sqlite from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openSqlite } from '../src/db/sqlite.js';
import { seedDemo } from '../src/db/seed/index.js';

const { values } = parseArgs({ options: { db: { type: 'string' }, articles: { type: 'string', default: '1000' } } });
const dir = mkdtempSync(join(tmpdir(), 'kiosque-revisions-'));
const file = join(dir, 'bench.db');
if (values.db) {
  const source = new Sqlite(values.db, { readonly: true });
  await source.backup(file);
  source.close();
}
const db = openSqlite(file);
await db.migrate();
const adminKey = randomBytes(24).toString('base64url');
const config = loadConfig({ KIOSQUE_SEED: 'none', KIOSQUE_ADMIN_KEY: adminKey, KIOSQUE_RATE_LIMIT_KEY: '0', KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: '0', LOG_LEVEL: 'silent' });
if (!values.db) await seedDemo({ db, now: Date.now, config });
const app = await buildApp({ config, db, cacheBytes: 0 });
const headers = { authorization: `Bearer ${adminKey}` };
const sql = db.client;

const ids = sql.prepare('SELECT id FROM articles ORDER BY id LIMIT ?').pluck().all(Number(values.articles)) as string[];
const tables = (names: string[]) => sql.prepare(`SELECT count(*) AS pages, coalesce(sum(pgsize), 0) AS bytes FROM dbstat
  WHERE name IN (${names.map(() => '?').join(', ')})`).get(...names) as { pages: number; bytes: number };
const REVISIONS = ['article_revisions', 'sqlite_autoindex_article_revisions_1'];
const before = tables(REVISIONS);

try {
  for (const id of ids) {
    const res = await app.inject({ url: `/v1/articles/${id}?format=markdown`, headers });
    if (res.statusCode !== 200) throw new Error(`GET ${id} → ${res.statusCode} ${res.body}`);
    const body = `${(res.json() as { body: { markdown: string } }).body.markdown}\n\nMise à jour : une phrase ajoutée.`;
    const patch = await app.inject({ method: 'PATCH', url: `/v1/articles/${id}`, headers, payload: { body } });
    if (patch.statusCode !== 200) throw new Error(`PATCH ${id} → ${patch.statusCode} ${patch.body}`);
  }
  const after = tables(REVISIONS);
  const kept = sql.prepare(`SELECT count(*) AS rows, sum(length(CAST(previous AS BLOB))) AS json,
      sum(length(CAST(json_extract(previous, '$.body') AS BLOB))) AS body
    FROM article_revisions WHERE previous IS NOT NULL AND article_id IN (SELECT value FROM json_each(?))`)
    .get(JSON.stringify(ids)) as { rows: number; json: number; body: number };
  const article = sql.prepare(`SELECT sum(length(CAST(body AS BLOB)) + length(CAST(body_html AS BLOB)) + length(CAST(body_text AS BLOB))
      + length(CAST(body_blocks AS BLOB))) AS stored FROM articles WHERE id IN (SELECT value FROM json_each(?))`)
    .get(JSON.stringify(ids)) as { stored: number };
  const per = (n: number) => Math.round(n / kept.rows);
  console.log([
    `${values.db ?? 'demo newsroom'}: ${kept.rows} articles edited once`,
    `  on disk: ${per(after.bytes - before.bytes)} bytes a revision (pages of article_revisions and its key, ${after.pages - before.pages} pages)`,
    `  kept JSON: ${per(kept.json)} bytes a revision, of which the Markdown body ${per(kept.body)}`,
    `  the article itself: ${per(article.stored)} bytes of body, HTML, text and blocks (before the search index)`,
  ].join('\n'));
} finally {
  await app.close();
  await db.close();
  rmSync(dir, { recursive: true, force: true });
}
