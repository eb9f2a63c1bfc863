import type { Db } from '../../db/connection.js';
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

// Plain statements, one table each, so that they read the same on PostgreSQL.
const ARTICLE = `SELECT id, version, slug, title, standfirst, body, lang, status, pub_status AS pubStatus, section_id AS sectionId,
    publish_at AS publishAt, embargo_until AS embargoUntil, first_published_at AS firstPublishedAt, hero_image AS heroImage,
    canonical_url AS canonicalUrl, seo_title AS seoTitle, seo_description AS seoDescription,
    created_at AS createdAt, updated_at AS updatedAt
  FROM articles WHERE id = @ref OR slug = @ref`;
const META = `article_id AS articleId, version, written_at AS writtenAt, key_id AS keyId, key_name AS keyName, event,
  restored_from AS restoredFrom, changes, previous IS NOT NULL AS kept`;

export function createRevisionsRepository(db: Db) {
  const client = db.$client;
  const article = client.prepare(ARTICLE);
  const authors = client.prepare('SELECT author_id FROM article_authors WHERE article_id = ? ORDER BY position').pluck();
  const tags = client.prepare('SELECT tag_id FROM article_tags WHERE article_id = ? ORDER BY position').pluck();
  const links = client.prepare(`SELECT kind, target_article_id AS targetArticleId, url, title, description, label
    FROM related_links WHERE article_id = ? ORDER BY position`);
  const insert = client.prepare(`INSERT INTO article_revisions
      (article_id, version, written_at, key_id, key_name, event, restored_from, changes, previous)
    VALUES (@articleId, @version, @writtenAt, @keyId, @keyName, @event, @restoredFrom, @changes, @previous)`);
  const prune = client.prepare('DELETE FROM article_revisions WHERE article_id = ? AND version <= ?');
  const page = client.prepare(`SELECT ${META} FROM article_revisions
    WHERE article_id = ? AND version <= ? ORDER BY version DESC LIMIT ?`);
  const meta = client.prepare(`SELECT ${META} FROM article_revisions WHERE article_id = ? AND version = ?`);
  const previous = client.prepare('SELECT previous FROM article_revisions WHERE article_id = ? AND version = ?').pluck();
  const asMeta = (row: (Omit<RevisionMeta, 'kept'> & { kept: number }) | undefined): RevisionMeta | undefined => row && { ...row, kept: row.kept === 1 };

  return {
    /** Runs `work` in a transaction (a savepoint inside the outbox's): a revision is written with its write or not at all. */
    transaction<T>(work: () => T): T {
      return client.transaction(work)();
    },
    /** Whether a transaction is still open: SQLite ends the whole one on a full disk or an I/O error. */
    inTransaction(): boolean {
      return client.inTransaction;
    },
    /** The article as stored now, by id or current slug. */
    current(ref: string): StoredVersion | undefined {
      const row = article.get({ ref }) as Omit<StoredVersion, 'authorIds' | 'tagIds' | 'links'> | undefined;
      return row && {
        ...row, authorIds: authors.all(row.id) as string[], tagIds: tags.all(row.id) as string[], links: links.all(row.id) as StoredLink[],
      };
    },
    insert(row: RevisionRow): void {
      insert.run(row);
    },
    /** Forgets the records of an article's writes up to `version`, and with them the versions they replaced. */
    prune(articleId: string, version: number): void {
      prune.run(articleId, version);
    },
    /** The records of the writes that made `version` and the versions below it, newest first. */
    page(articleId: string, version: number, limit: number): RevisionMeta[] {
      return (page.all(articleId, version, limit) as Parameters<typeof asMeta>[0][]).map((r) => asMeta(r)!);
    },
    /** The record of the write that made this version, if kept. */
    meta(articleId: string, version: number): RevisionMeta | undefined {
      return asMeta(meta.get(articleId, version) as Parameters<typeof asMeta>[0]);
    },
    /** The version the write that made `version` replaced, as stored (JSON), if kept. */
    replaced(articleId: string, version: number): string | null | undefined {
      return previous.get(articleId, version) as string | null | undefined;
    },
  };
}

export type RevisionsRepository = ReturnType<typeof createRevisionsRepository>;
