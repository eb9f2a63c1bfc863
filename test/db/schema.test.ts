import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import * as schema from '../../src/db/schema/sqlite.js';
import { openSqlite } from '../../src/db/sqlite.js';
import { tempDir } from '../helpers.js';

t.test('the schema declares the keys the contract relies on', async (t) => {
  const config = (table: Parameters<typeof getTableConfig>[0]) => getTableConfig(table);
  const uniques = (table: Parameters<typeof getTableConfig>[0]) =>
    config(table).indexes.filter((i) => i.config.unique).map((i) => i.config.name);
  t.same(uniques(schema.sections), ['sections_path_unique']);
  t.same(uniques(schema.articles), ['articles_slug_unique']);
  t.same(uniques(schema.authors), ['authors_slug_unique']);
  t.same(uniques(schema.tags), ['tags_slug_unique']);
  t.same(uniques(schema.apiKeys), ['api_keys_hash_unique']);
  t.same(uniques(schema.articleSearch), ['article_search_article_unique']);
  const targets = (table: Parameters<typeof getTableConfig>[0]) =>
    config(table).foreignKeys.map((fk) => getTableConfig(fk.reference().foreignTable).name).sort();
  t.same(targets(schema.sections), ['sections']);
  t.same(targets(schema.articles), ['sections']);
  t.same(targets(schema.articleAuthors), ['articles', 'authors']);
  t.same(targets(schema.articleTags), ['articles', 'tags']);
  t.same(targets(schema.relatedLinks), ['articles', 'articles']);
  t.same(targets(schema.articleSlugs), ['articles']);
  t.same(targets(schema.legacyPaths), ['articles'], 'old paths go with their article');
  t.same(targets(schema.articleSearch), ['articles']);
  t.same(targets(schema.articleViews), ['articles']);
  t.same(targets(schema.sectionPins), ['articles', 'sections']);
  t.same(targets(schema.webhookDeliveries), ['webhooks'], 'deliveries go with their webhook');
  t.same(targets(schema.apiKeyUsage), ['api_keys'], 'usage goes with its key');
  t.same(targets(schema.articleRevisions), ['articles'], 'revisions go with their article');
  t.same(config(schema.articleAuthors).primaryKeys[0].columns.map((c) => c.name), ['article_id', 'author_id']);
  t.same(config(schema.articleTags).primaryKeys[0].columns.map((c) => c.name), ['article_id', 'tag_id']);
  t.same(config(schema.relatedLinks).primaryKeys[0].columns.map((c) => c.name), ['article_id', 'position']);
  t.same(config(schema.articleViews).primaryKeys[0].columns.map((c) => c.name), ['article_id', 'hour']);
  t.same(config(schema.sectionPins).primaryKeys[0].columns.map((c) => c.name), ['section_id', 'position']);
  t.same(config(schema.articleRevisions).primaryKeys[0].columns.map((c) => c.name), ['article_id', 'version']);
});

t.test('connections: pragmas set explicitly, WAL checkpointed on close, closing twice is harmless', async (t) => {
  const file = join(tempDir('db'), 'nested', 'k.db');
  const db = openSqlite(file);
  await db.migrate();
  t.equal(db.client.pragma('journal_mode', { simple: true }), 'wal');
  t.equal(db.client.pragma('synchronous', { simple: true }), 1, 'NORMAL: each write flushes the log itself, off the main thread (test/db/transactions.test.ts)');
  t.equal(db.client.pragma('foreign_keys', { simple: true }), 1);
  t.equal(db.client.pragma('busy_timeout', { simple: true }), 1000, 'bounded: a lock held elsewhere stalls this process at most a second');
  db.client.exec("insert into authors (id, slug, name, created_at, updated_at) values ('aut_x', 'x', 'X', 0, 0)");
  await db.close();
  t.equal(db.client.open, false);
  t.ok(!existsSync(`${file}-wal`) || statSync(`${file}-wal`).size === 0, 'WAL truncated');
  await db.close();
  const memory = openSqlite(':memory:');
  await memory.close();
  t.equal(memory.client.open, false);
});
