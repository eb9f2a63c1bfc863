import type { Db } from '../../db/connection.js';
import type { importKinds } from '../../db/schema.js';
import type { Attachment } from './wordpress/content.js';

export type ImportKind = (typeof importKinds)[number];
export interface ImportEntry { key: string; entityId: string; digests: Record<string, string> }

const TABLES: Record<ImportKind, string> = { article: 'articles', section: 'sections', author: 'authors', tag: 'tags' };

export function createImportsRepository(db: Db) {
  const client = db.$client;
  const entries = client.prepare(`SELECT key, entity_id AS entityId, digests FROM import_entries
    WHERE source = @source AND kind = @kind AND key IN (SELECT value FROM json_each(@keys))`);
  const saveEntry = client.prepare(`INSERT INTO import_entries (source, kind, key, entity_id, digests, imported_at)
    VALUES (@source, @kind, @key, @entityId, @digests, @now)
    ON CONFLICT (source, kind, key) DO UPDATE SET entity_id = excluded.entity_id, digests = excluded.digests, imported_at = excluded.imported_at`);
  const exists = Object.fromEntries(Object.entries(TABLES).map(([kind, table]) =>
    [kind, client.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).pluck()])) as Record<ImportKind, ReturnType<typeof client.prepare>>;
  // The latest import of a path wins: a newer export may give it to another post.
  const addPath = client.prepare(`INSERT INTO legacy_paths (path, article_id, created_at) VALUES (@path, @articleId, @now)
    ON CONFLICT (path) DO UPDATE SET article_id = excluded.article_id`);
  // A former slug never shadows another article's current slug, nor takes one that already resolves elsewhere.
  const addSlug = client.prepare(`INSERT INTO article_slugs (slug, article_id, created_at)
    SELECT @slug, @articleId, @now WHERE NOT EXISTS (SELECT 1 FROM articles WHERE slug = @slug)
    ON CONFLICT (slug) DO NOTHING`);
  const byPath = client.prepare('SELECT article_id FROM legacy_paths WHERE path = ?').pluck();
  const slugOwner = client.prepare('SELECT id FROM articles WHERE slug = @slug UNION ALL SELECT article_id FROM article_slugs WHERE slug = @slug').pluck();

  return {
    /** What earlier imports from `source` made of these keys. */
    entries(source: string, kind: ImportKind, keys: string[]): Map<string, ImportEntry> {
      const rows = entries.all({ source, kind, keys: JSON.stringify(keys) }) as { key: string; entityId: string; digests: string }[];
      return new Map(rows.map((r) => [r.key, { key: r.key, entityId: r.entityId, digests: JSON.parse(r.digests) }]));
    },
    saveEntry(source: string, kind: ImportKind, entry: ImportEntry, now: number): void {
      saveEntry.run({ source, kind, key: entry.key, entityId: entry.entityId, digests: JSON.stringify(entry.digests), now });
    },
    /** Whether the entity an entry names still exists (it may have been deleted since the last import). */
    exists(kind: ImportKind, id: string): boolean {
      return exists[kind].get(id) !== undefined;
    },
    addPaths(articleId: string, paths: string[], now: number): void {
      for (const path of paths) addPath.run({ path, articleId, now });
    },
    /** Records slugs that resolve to the article; returns those another article already had. */
    addFormerSlugs(articleId: string, slugs: string[], now: number): string[] {
      return slugs.filter((slug) => addSlug.run({ slug, articleId, now }).changes === 0 && slugOwner.get({ slug }) !== articleId);
    },
    /** The article an old path (normalised with legacyPath) belonged to. */
    articleForPath(path: string): string | undefined {
      return byPath.get(path) as string | undefined;
    },
  };
}

/**
 * The attachments of a WordPress export (featured images, galleries), kept
 * in a temporary table while the import runs: an export may hold hundreds of
 * thousands, and memory must not grow with it. Gone when the connection closes.
 */
export function createMediaStore(db: Db) {
  const client = db.$client;
  client.exec(`CREATE TEMP TABLE IF NOT EXISTS import_media (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL,
    position INTEGER NOT NULL, attachment TEXT NOT NULL)`);
  client.exec('CREATE INDEX IF NOT EXISTS temp.import_media_parent ON import_media (parent, position, id)');
  client.exec('DELETE FROM temp.import_media');
  const put = client.prepare(`INSERT INTO temp.import_media (id, parent, position, attachment) VALUES (?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET parent = excluded.parent, position = excluded.position, attachment = excluded.attachment`);
  const byId = client.prepare('SELECT attachment FROM temp.import_media WHERE id = ?').pluck();
  const ofParent = client.prepare('SELECT attachment FROM temp.import_media WHERE parent = ? ORDER BY position, id').pluck();
  return {
    put(attachment: Attachment, parent: number, position: number): void {
      put.run(attachment.id, parent, position, JSON.stringify(attachment));
    },
    byId(id: number): Attachment | undefined {
      const json = byId.get(id) as string | undefined;
      return json === undefined ? undefined : JSON.parse(json);
    },
    ofParent(postId: number): Attachment[] {
      return (ofParent.all(postId) as string[]).map((json) => JSON.parse(json));
    },
  };
}

export type ImportsRepository = ReturnType<typeof createImportsRepository>;
export type MediaStore = ReturnType<typeof createMediaStore>;
