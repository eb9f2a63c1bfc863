import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { articles, relatedLinks } from '../../db/schema.js';
import type { Audience } from '../../lib/reader.js';
import { VISIBLE } from '../articles/list-query.js';

export type LinkRow = typeof relatedLinks.$inferSelect & {
  targetSlug: string | null; targetTitle: string | null; targetStandfirst: string | null;
  targetSectionPath: string | null; targetCanonicalUrl: string | null; targetUpdatedAt: number | null;
};

const select = (visible: boolean) => `SELECT l.article_id AS articleId, l.position, l.kind,
    l.target_article_id AS targetArticleId, l.url, l.title, l.description, l.label,
    a.slug AS targetSlug, a.title AS targetTitle, coalesce(a.standfirst, a.summary) AS targetStandfirst,
    s.path AS targetSectionPath, a.canonical_url AS targetCanonicalUrl,
    max(a.updated_at, s.updated_at) AS targetUpdatedAt
  FROM related_links l
  LEFT JOIN articles a ON a.id = l.target_article_id
  LEFT JOIN sections s ON s.id = a.section_id
  WHERE l.article_id = @id ${visible ? `AND (l.kind = 'external' OR (${VISIBLE}))` : ''}
  ORDER BY l.position`;

export function createLinksRepository(db: Db) {
  const all = db.$client.prepare(select(false));
  const visible = db.$client.prepare(select(true));
  return {
    /** The links of an article in order; with an audience, internal links to articles it cannot see are left out. */
    forArticle(id: string, audience: Audience | null): LinkRow[] {
      return (audience === null ? all.all({ id }) : visible.all({ id, ...audience })) as LinkRow[];
    },
    /** Replaces the ordered list and bumps the article's version, atomically. */
    replace(articleId: string, links: (typeof relatedLinks.$inferInsert)[], now: number, version: number): boolean {
      return db.transaction((tx) => {
        const bumped = tx.update(articles).set({ version: version + 1, updatedAt: now })
          .where(sql`${articles.id} = ${articleId} AND ${articles.version} = ${version}`).run().changes === 1;
        if (!bumped) return false;
        tx.delete(relatedLinks).where(eq(relatedLinks.articleId, articleId)).run();
        if (links.length) tx.insert(relatedLinks).values(links).run();
        return true;
      });
    },
  };
}

export type LinksRepository = ReturnType<typeof createLinksRepository>;
