import type { Executor } from '../../db/executor.js';
import type { RelatedLinkRow } from '../../db/schema.js';
import { insertSql, toParams } from '../../db/rows.js';
import { relatedLinks } from '../../db/schema/sqlite.js';
import type { Audience } from '../../lib/reader.js';
import { visible } from '../articles/sql.js';

export type LinkRow = Required<RelatedLinkRow> & {
  targetSlug: string | null; targetTitle: string | null; targetStandfirst: string | null;
  targetSectionPath: string | null; targetCanonicalUrl: string | null; targetUpdatedAt: number | null;
};

export function createLinksRepository(sql: Executor) {
  const d = sql.dialect;
  const select = (onlyVisible: boolean) => `SELECT l.article_id AS "articleId", l.position, l.kind,
      l.target_article_id AS "targetArticleId", l.url, l.title, l.description, l.label,
      a.slug AS "targetSlug", a.title AS "targetTitle", coalesce(a.standfirst, a.summary) AS "targetStandfirst",
      s.path AS "targetSectionPath", a.canonical_url AS "targetCanonicalUrl",
      ${d.greatest('a.updated_at', 's.updated_at')} AS "targetUpdatedAt"
    FROM related_links l
    LEFT JOIN articles a ON a.id = l.target_article_id
    LEFT JOIN sections s ON s.id = a.section_id
    WHERE l.article_id = @id ${onlyVisible ? `AND (l.kind = 'external' OR (${visible(d)}))` : ''}
    ORDER BY l.position`;
  const all = select(false);
  const someVisible = select(true);
  return {
    /** The links of an article in order; with an audience, internal links to articles it cannot see are left out. */
    async forArticle(id: string, audience: Audience | null): Promise<LinkRow[]> {
      return audience === null ? sql.all(all, { id }) : sql.all(someVisible, { id, ...audience });
    },
    /** Replaces the ordered list and bumps the article's version (against `version`); false when it moved on. */
    async replace(articleId: string, links: RelatedLinkRow[], now: number, version: number): Promise<boolean> {
      const bumped = await sql.run('UPDATE articles SET version = @next, updated_at = @now WHERE id = @articleId AND version = @version',
        { articleId, next: version + 1, now, version });
      if (bumped !== 1) return false;
      await sql.run('DELETE FROM related_links WHERE article_id = @articleId', { articleId });
      for (const link of links) await sql.run(insertSql(relatedLinks, link), toParams(relatedLinks, link));
      return true;
    },
  };
}

export type LinksRepository = ReturnType<typeof createLinksRepository>;
