import Sqlite from 'better-sqlite3';
import type { Executor } from '../../db/executor.js';
import { chunked } from '../../db/rows.js';
import type { importKinds } from '../../db/schema.js';
import type { Attachment } from './wordpress/content.js';

export type ImportKind = (typeof importKinds)[number];
export interface ImportEntry { key: string; entityId: string; digests: Record<string, string> }

const TABLES: Record<ImportKind, string> = { article: 'articles', section: 'sections', author: 'authors', tag: 'tags' };

export function createImportsRepository(sql: Executor) {
  const d = sql.dialect;
  return {
    /** What earlier imports from `source` made of these keys. */
    async entries(source: string, kind: ImportKind, keys: string[]): Promise<Map<string, ImportEntry>> {
      const rows = await sql.all<{ key: string; entityId: string; digests: string }>(`SELECT key, entity_id AS "entityId", digests FROM import_entries
        WHERE source = @source AND kind = @kind AND key IN (SELECT value FROM ${d.jsonList('@keys', 'j')})`, { source, kind, keys: JSON.stringify(keys) });
      return new Map(rows.map((r) => [r.key, { key: r.key, entityId: r.entityId, digests: JSON.parse(r.digests) }]));
    },
    /** Records what entries' keys were made into: a few statements for a batch's (keys distinct; chunked()'s runs). */
    async saveEntries(source: string, kind: ImportKind, entries: ImportEntry[], now: number): Promise<void> {
      for (const run of chunked(entries, 3)) {
        const params: Record<string, unknown> = { source, kind, now };
        const rows = run.map((e, i) => {
          Object.assign(params, { [`key${i}`]: e.key, [`entity${i}`]: e.entityId, [`digests${i}`]: JSON.stringify(e.digests) });
          return `(@source, @kind, @key${i}, @entity${i}, @digests${i}, @now)`;
        });
        await sql.run(`INSERT INTO import_entries (source, kind, key, entity_id, digests, imported_at) VALUES ${rows.join(', ')}
          ON CONFLICT (source, kind, key) DO UPDATE SET entity_id = excluded.entity_id, digests = excluded.digests, imported_at = excluded.imported_at`, params);
      }
    },
    /** Whether the entity an entry names still exists (it may have been deleted since the last import). */
    async exists(kind: ImportKind, id: string): Promise<boolean> {
      return await sql.get(`SELECT 1 AS found FROM ${TABLES[kind]} WHERE id = @id`, { id }) !== undefined;
    },
    /** Which of these entities still exist, in one statement (a batch's). */
    async existing(kind: ImportKind, ids: string[]): Promise<Set<string>> {
      const rows = await sql.all<{ id: string }>(`SELECT id FROM ${TABLES[kind]} WHERE id IN (SELECT value FROM ${d.jsonList('@ids', 'j')})`,
        { ids: JSON.stringify(ids) });
      return new Set(rows.map((r) => r.id));
    },
    /** Records old paths of articles, a batch's in a few statements (chunked()'s runs); of a path given twice, the last wins. */
    async addPaths(paths: { path: string; articleId: string }[], now: number): Promise<void> {
      for (const run of chunked([...new Map(paths.map((p) => [p.path, p.articleId]))], 2)) {
        const params: Record<string, unknown> = { now };
        const rows = run.map(([path, articleId], i) => {
          Object.assign(params, { [`path${i}`]: path, [`article${i}`]: articleId });
          return `(@path${i}, @article${i}, @now)`;
        });
        // The latest import of a path wins: a newer export may give it to another post.
        await sql.run(`INSERT INTO legacy_paths (path, article_id, created_at) VALUES ${rows.join(', ')}
          ON CONFLICT (path) DO UPDATE SET article_id = excluded.article_id`, params);
      }
    },
    /** Records slugs that resolve to the article; resolves with those another article already had. */
    async addFormerSlugs(articleId: string, slugs: string[], now: number): Promise<string[]> {
      const taken: string[] = [];
      for (const slug of slugs) {
        // A former slug never shadows another article's current slug, nor takes one that already resolves elsewhere.
        const added = await sql.run(`INSERT INTO article_slugs (slug, article_id, created_at)
          SELECT @slug, @articleId, CAST(@now AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM articles WHERE slug = @slug)
          ON CONFLICT (slug) DO NOTHING`, { slug, articleId, now });
        if (added > 0) continue;
        const owner = await sql.get<{ id: string }>(`SELECT id FROM articles WHERE slug = @slug
          UNION ALL SELECT article_id FROM article_slugs WHERE slug = @slug`, { slug });
        if (owner?.id !== articleId) taken.push(slug);
      }
      return taken;
    },
    /** The article an old path (normalised with legacyPath) belonged to. */
    async articleForPath(path: string): Promise<string | undefined> {
      return (await sql.get<{ id: string }>('SELECT article_id AS id FROM legacy_paths WHERE path = @path', { path }))?.id;
    },
    /**
     * Runs `work` in a savepoint of the caller's transaction: when it fails, what it wrote is undone and
     * the transaction goes on (the same statements on both dialects).
     */
    async savepoint<T>(work: () => Promise<T>): Promise<T> {
      await sql.run('SAVEPOINT import_post');
      try {
        const result = await work();
        await sql.run('RELEASE SAVEPOINT import_post');
        return result;
      } catch (error) {
        await sql.run('ROLLBACK TO SAVEPOINT import_post');
        await sql.run('RELEASE SAVEPOINT import_post');
        throw error;
      }
    },
  };
}

/**
 * The attachments of a WordPress export (featured images, galleries), kept
 * in a scratch SQLite database of their own while the import runs (an
 * anonymous file, deleted when it closes), whatever database the import
 * writes to: an export may hold hundreds of thousands, and memory must not
 * grow with it.
 */
export function createMediaStore() {
  const scratch = new Sqlite('');
  scratch.exec(`CREATE TABLE import_media (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL,
    position INTEGER NOT NULL, attachment TEXT NOT NULL)`);
  scratch.exec('CREATE INDEX import_media_parent ON import_media (parent, position, id)');
  const put = scratch.prepare(`INSERT INTO import_media (id, parent, position, attachment) VALUES (?, ?, ?, ?)
    ON CONFLICT (id) DO UPDATE SET parent = excluded.parent, position = excluded.position, attachment = excluded.attachment`);
  const byId = scratch.prepare('SELECT attachment FROM import_media WHERE id = ?').pluck();
  const ofParent = scratch.prepare('SELECT attachment FROM import_media WHERE parent = ? ORDER BY position, id').pluck();
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
    close(): void {
      scratch.close();
    },
  };
}

export type ImportsRepository = ReturnType<typeof createImportsRepository>;
export type MediaStore = ReturnType<typeof createMediaStore>;
