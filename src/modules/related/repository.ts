import type { Executor } from '../../db/executor.js';
import type { Audience } from '../../lib/reader.js';
import { articleColumns, visible } from '../articles/sql.js';
import type { ArticleWithSection } from '../articles/repository.js';

// Automatic matches: articles sharing tags (each tag weighted by its rarity,
// ln(1 + N / articles carrying it)) plus the newest of the same section, all
// decayed by age with a 30-day half-life. Candidates come from indexes only:
// the newest PER_TAG of each tag (older ones would decay away anyway).
const PER_TAG = 300;

export function createRelatedRepository(sql: Executor) {
  const d = sql.dialect;
  const candidates = `
    WITH mine AS (SELECT tag_id FROM article_tags WHERE article_id = @id),
    weights AS (
      SELECT x.tag_id, ln(1.0 + (SELECT count(*) FROM articles) * 1.0 / count(*)) AS idf
      FROM article_tags x WHERE x.tag_id IN (SELECT tag_id FROM mine) GROUP BY x.tag_id),
    tagged AS (
      -- The ${PER_TAG} newest articles of each shared tag (ids sort by creation time).
      SELECT y.article_id AS id, sum(w.idf) AS "tagScore"
      FROM weights w JOIN article_tags y ON y.tag_id = w.tag_id
       AND y.article_id >= coalesce((SELECT z.article_id FROM article_tags z WHERE z.tag_id = w.tag_id
                                     ORDER BY z.article_id DESC LIMIT 1 OFFSET ${PER_TAG - 1}), '')
      GROUP BY y.article_id),
    sectioned AS (
      SELECT a.id FROM articles a WHERE a.section_id = @sectionId AND ${visible(d)}
      ORDER BY a.publish_at DESC LIMIT 50),
    candidates AS (SELECT id FROM tagged UNION SELECT id FROM sectioned)
    SELECT a.id,
      (coalesce(t."tagScore", 0) + CASE WHEN a.section_id = @sectionId THEN 1.0 ELSE 0 END)
        * pow(0.5, ${d.greatest('0', 'CAST(@decayAt AS BIGINT) - a.publish_at')} / 86400000.0 / 30) AS score
    FROM candidates c JOIN articles a ON a.id = c.id LEFT JOIN tagged t ON t.id = c.id
    WHERE a.id <> @id AND ${visible(d)}
    ORDER BY score DESC, a.id DESC LIMIT @limit`;
  const byIds = `SELECT ${articleColumns}
    FROM ${d.jsonList('@ids', 'j')} JOIN articles a ON a.id = j.value JOIN sections s ON s.id = a.section_id
    WHERE ${visible(d)} ORDER BY j.key`;
  return {
    /** Scored automatic matches for an article, best first, decayed as at `decayAt`. */
    async candidates(article: { id: string; sectionId: string }, audience: Audience, limit: number, decayAt: number): Promise<{ id: string; score: number }[]> {
      return sql.all(candidates, { id: article.id, sectionId: article.sectionId, ...audience, limit, decayAt });
    },
    /** The ones among `ids` this audience sees, in that order. */
    async visibleByIds(ids: string[], audience: Audience): Promise<ArticleWithSection[]> {
      return sql.all(byIds, { ids: JSON.stringify(ids), ...audience });
    },
  };
}

export type RelatedRepository = ReturnType<typeof createRelatedRepository>;
