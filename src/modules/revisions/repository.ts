import type { Executor } from '../../db/executor.js';
import type { ArticleRow, RevisionRow } from '../../db/schema.js';

/** The stored parts of an article a version is made of (the rendered body is derived, so not kept). */
export type StoredVersion = Pick<ArticleRow, 'id' | 'version' | 'slug' | 'title' | 'standfirst' | 'body' | 'lang' | 'status'
  | 'pubStatus' | 'sectionId' | 'publishAt' | 'embargoUntil' | 'firstPublishedAt' | 'heroImage' | 'canonicalUrl' | 'seoTitle'
  | 'seoDescription' | 'createdAt' | 'updatedAt'> & { authorIds: string[]; tagIds: string[]; links: StoredLink[] };

export interface StoredLink {
  kind: string; targetArticleId: string | null; url: string | null; title: string | null; description: string | null; label: string | null;
}

/** A revision's record without the version it replaced. */
export type RevisionMeta = Omit<RevisionRow, 'previous'> & { kept: boolean };

// Plain statements, one table each, the same on both dialects.
const ARTICLE = `SELECT id, version, slug, title, standfirst, body, lang, status, pub_status AS "pubStatus", section_id AS "sectionId",
    publish_at AS "publishAt", embargo_until AS "embargoUntil", first_published_at AS "firstPublishedAt", hero_image AS "heroImage",
    canonical_url AS "canonicalUrl", seo_title AS "seoTitle", seo_description AS "seoDescription",
    created_at AS "createdAt", updated_at AS "updatedAt"
  FROM articles WHERE id = @ref OR slug = @ref`;
const META = `article_id AS "articleId", version, written_at AS "writtenAt", key_id AS "keyId", key_name AS "keyName", event,
  restored_from AS "restoredFrom", changes, previous IS NOT NULL AS kept`;

export function createRevisionsRepository(sql: Executor) {
  const d = sql.dialect;
  const column = async (text: string, id: string) => (await sql.all<{ id: string }>(text, { id })).map((r) => r.id);
  const asMeta = (row: (Omit<RevisionMeta, 'kept'> & { kept: unknown }) | undefined): RevisionMeta | undefined => row && { ...row, kept: d.flag(row.kept) };

  return {
    /** The article as stored now, by id or current slug. */
    async current(ref: string): Promise<StoredVersion | undefined> {
      const row = await sql.get<Omit<StoredVersion, 'authorIds' | 'tagIds' | 'links'>>(ARTICLE, { ref });
      if (!row) return undefined;
      const [authorIds, tagIds, links] = await Promise.all([
        column('SELECT author_id AS id FROM article_authors WHERE article_id = @id ORDER BY position', row.id),
        column('SELECT tag_id AS id FROM article_tags WHERE article_id = @id ORDER BY position', row.id),
        sql.all<StoredLink>(`SELECT kind, target_article_id AS "targetArticleId", url, title, description, label
          FROM related_links WHERE article_id = @id ORDER BY position`, { id: row.id }),
      ]);
      return { ...row, authorIds, tagIds, links };
    },
    async insert(row: RevisionRow): Promise<void> {
      await sql.run(`INSERT INTO article_revisions
          (article_id, version, written_at, key_id, key_name, event, restored_from, changes, previous)
        VALUES (@articleId, @version, @writtenAt, @keyId, @keyName, @event, @restoredFrom, @changes, @previous)`, { ...row });
    },
    /** Forgets the records of an article's writes up to `version`, and with them the versions they replaced. */
    async prune(articleId: string, version: number): Promise<void> {
      await sql.run('DELETE FROM article_revisions WHERE article_id = @articleId AND version <= @version', { articleId, version });
    },
    /** The records of the writes that made `version` and the versions below it, newest first. */
    async page(articleId: string, version: number, limit: number): Promise<RevisionMeta[]> {
      const rows = await sql.all<Parameters<typeof asMeta>[0]>(`SELECT ${META} FROM article_revisions
        WHERE article_id = @articleId AND version <= @version ORDER BY version DESC LIMIT @limit`, { articleId, version, limit });
      return rows.map((r) => asMeta(r)!);
    },
    /** The record of the write that made this version, if kept. */
    async meta(articleId: string, version: number): Promise<RevisionMeta | undefined> {
      return asMeta(await sql.get(`SELECT ${META} FROM article_revisions WHERE article_id = @articleId AND version = @version`, { articleId, version }));
    },
    /** The version the write that made `version` replaced, as stored (JSON), if kept. */
    async replaced(articleId: string, version: number): Promise<string | null | undefined> {
      const row = await sql.get<{ previous: string | null }>('SELECT previous FROM article_revisions WHERE article_id = @articleId AND version = @version',
        { articleId, version });
      return row?.previous;
    },
  };
}

export type RevisionsRepository = ReturnType<typeof createRevisionsRepository>;
