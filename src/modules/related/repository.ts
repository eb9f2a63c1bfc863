import type { Db } from '../../db/connection.js';
import type { Audience } from '../../lib/reader.js';
import { articleColumns, VISIBLE } from '../articles/list-query.js';
import type { ArticleWithSection } from '../articles/repository.js';

// Automatic matches: articles sharing tags (each tag weighted by its rarity,
// ln(1 + N / articles carrying it)) plus the newest of the same section, all
// decayed by age with a 30-day half-life. Candidates come from indexes only:
// the newest PER_TAG of each tag (older ones would decay away anyway).
const PER_TAG = 300;
const CANDIDATES = `
WITH mine AS (SELECT tag_id FROM article_tags WHERE article_id = @id),
weights AS (
  SELECT x.tag_id, ln(1.0 + (SELECT count(*) FROM articles) * 1.0 / count(*)) AS idf
  FROM article_tags x WHERE x.tag_id IN (SELECT tag_id FROM mine) GROUP BY x.tag_id),
tagged AS (
  -- The ${PER_TAG} newest articles of each shared tag (ids sort by creation time).
  SELECT y.article_id AS id, sum(w.idf) AS tagScore
  FROM weights w JOIN article_tags y ON y.tag_id = w.tag_id
   AND y.article_id >= coalesce((SELECT z.article_id FROM article_tags z WHERE z.tag_id = w.tag_id
                                 ORDER BY z.article_id DESC LIMIT 1 OFFSET ${PER_TAG - 1}), '')
  GROUP BY y.article_id),
sectioned AS (
  SELECT a.id FROM articles a WHERE a.section_id = @sectionId AND ${VISIBLE}
  ORDER BY a.publish_at DESC LIMIT 50),
candidates AS (SELECT id FROM tagged UNION SELECT id FROM sectioned)
SELECT a.id,
  (coalesce(t.tagScore, 0) + CASE WHEN a.section_id = @sectionId THEN 1.0 ELSE 0 END)
    * pow(0.5, max(0, @decayAt - a.publish_at) / 86400000.0 / 30) AS score
FROM candidates c JOIN articles a ON a.id = c.id LEFT JOIN tagged t ON t.id = c.id
WHERE a.id <> @id AND ${VISIBLE}
ORDER BY score DESC, a.id DESC LIMIT @limit`;

export function createRelatedRepository(db: Db) {
  const candidates = db.$client.prepare(CANDIDATES);
  const byIds = db.$client.prepare(`SELECT ${articleColumns}
    FROM json_each(@ids) j JOIN articles a ON a.id = j.value JOIN sections s ON s.id = a.section_id
    WHERE ${VISIBLE} ORDER BY j.key`);
  return {
    /** Scored automatic matches for an article, best first, decayed as at `decayAt`. */
    candidates(article: { id: string; sectionId: string }, audience: Audience, limit: number, decayAt: number): { id: string; score: number }[] {
      return candidates.all({ id: article.id, sectionId: article.sectionId, ...audience, limit, decayAt }) as { id: string; score: number }[];
    },
    /** The ones among `ids` this audience sees, in that order. */
    visibleByIds(ids: string[], audience: Audience): ArticleWithSection[] {
      return byIds.all({ ids: JSON.stringify(ids), ...audience }) as ArticleWithSection[];
    },
  };
}

export type RelatedRepository = ReturnType<typeof createRelatedRepository>;
