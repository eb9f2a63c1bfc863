import type { Executor, Params } from '../../db/executor.js';
import type { Audience } from '../../lib/reader.js';
import { KEYS } from '../../lib/keys.js';
import { articleColumns, visible } from '../articles/sql.js';
import type { ArticleWithSection } from '../articles/repository.js';
import type { Scored } from '../search/repository.js';

// Automatic matches: articles sharing tags (each tag weighted by its rarity,
// ln(1 + N / articles carrying it)) plus the newest of the same section, all
// decayed by age with a 30-day half-life. Candidates come from indexes only:
// the newest PER_TAG of each tag (older ones would decay away anyway).
const PER_TAG = 300;
/** The decays' half-life: 30 days. */
const DECAY_MS = 2_592_000_000;

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
    SELECT a.id, a.publish_at AS "publishAt",
      (coalesce(t."tagScore", 0) + CASE WHEN a.section_id = @sectionId THEN 1.0 ELSE 0 END)
        * pow(0.5, ${d.greatest('0', 'CAST(@decayAt AS BIGINT) - a.publish_at')} / 86400000.0 / 30) AS score
    FROM candidates c JOIN articles a ON a.id = c.id LEFT JOIN tagged t ON t.id = c.id
    WHERE a.id <> @id AND ${visible(d)}
    ORDER BY score DESC, a.id DESC LIMIT @limit`;
  // Stored candidates, scored as at @decayAt: the tags and section part decays with the candidate's age, the
  // words part does not (relative to the article's own, both decay alike). Each part counts, as when computed
  // at read time (service automaticMatches), only for the @limit best visible candidates by that part.
  const stored = `SELECT id, (CASE WHEN t > 0 AND tr <= @limit THEN t ELSE 0 END) + (CASE WHEN x > 0 AND xr <= @limit THEN x ELSE 0 END) AS score
    FROM (SELECT id, t, x, row_number() OVER (ORDER BY t DESC, id DESC) AS tr, row_number() OVER (ORDER BY x DESC, id DESC) AS xr
      FROM (SELECT a.id, c.tag_score * pow(0.5, ${d.greatest('0', 'CAST(@decayAt AS BIGINT) - a.publish_at')} / ${DECAY_MS}.0) AS t, c.text_score AS x
        FROM related_candidates c JOIN articles a ON a.id = c.candidate_id WHERE c.article_id = @id AND ${visible(d)}) scored) ranked
    WHERE (t > 0 AND tr <= @limit) OR (x > 0 AND xr <= @limit)
    ORDER BY score DESC, id DESC LIMIT @limit`;
  const byIds = `SELECT ${articleColumns}
    FROM ${d.jsonList('@ids', 'j')} JOIN articles a ON a.id = j.value JOIN sections s ON s.id = a.section_id
    WHERE ${visible(d)} ORDER BY j.key`;
  return {
    /** Scored automatic matches for an article, best first, decayed as at `decayAt`. */
    async candidates(article: { id: string; sectionId: string }, audience: Audience, limit: number, decayAt: number): Promise<Scored[]> {
      return sql.all(candidates, { id: article.id, sectionId: article.sectionId, ...audience, limit, decayAt });
    },
    /**
     * The stored candidates of an article, best first, as `candidates` and the text matches would score
     * them together; undefined when none are stored (or too few to be sure of the `limit` best).
     */
    async stored(id: string, audience: Audience, limit: number, decayAt: number): Promise<{ id: string; score: number }[] | undefined> {
      // The set's row, with each candidate if any (one row of nulls if none).
      const rows = await sql.all<{ truncated: unknown; id: string | null; score: number }>(`SELECT s.truncated, r.id, r.score
        FROM related_sets s LEFT JOIN (${stored}) r ON true WHERE s.article_id = @id ORDER BY r.score DESC, r.id DESC`, { id, ...audience, limit, decayAt });
      if (rows.length === 0) return undefined;
      const found = rows[0].id === null ? [] : rows.map((r) => ({ id: r.id!, score: r.score }));
      return found.length < limit && Number(rows[0].truncated) ? undefined : found;
    },
    /** What an article's candidates are computed from, besides its text: its section, publication, state and tags. */
    async article(id: string): Promise<{ id: string; sectionId: string; publishAt: number | null; state: string; tagIds: string[] } | undefined> {
      const row = await sql.get<{ id: string; sectionId: string; publishAt: number | null; status: string; pubStatus: string }>(`SELECT id,
        section_id AS "sectionId", publish_at AS "publishAt", status, pub_status AS "pubStatus" FROM articles WHERE id = @id`, { id });
      if (!row) return undefined;
      const tags = await sql.all<{ id: string }>('SELECT tag_id AS id FROM article_tags WHERE article_id = @id ORDER BY tag_id', { id });
      return { id, sectionId: row.sectionId, publishAt: row.publishAt, state: `${row.status} ${row.pubStatus}`, tagIds: tags.map((t) => t.id) };
    },
    /** The digests of what the stored candidates of these articles were computed from (see store), by article; null where unknown. */
    async inputsOf(ids: string[]): Promise<Map<string, string | null>> {
      const rows = await sql.all<{ id: string; inputs: string | null }>(`SELECT s.article_id AS id, s.inputs
        FROM ${d.jsonList('@ids', 'j')} JOIN related_sets s ON s.article_id = j.value`, { ids: JSON.stringify(ids) });
      return new Map(rows.map((r) => [r.id, r.inputs]));
    },
    /** Articles whose candidates `id` may enter or leave: the newest sharing a tag with it, and those that have it now. */
    async neighbours(id: string, limit: number): Promise<string[]> {
      const rows = await sql.all<{ id: string }>(`SELECT id FROM (SELECT y.article_id AS id FROM article_tags x
          JOIN article_tags y ON y.tag_id = x.tag_id WHERE x.article_id = @id AND y.article_id <> @id ORDER BY y.article_id DESC LIMIT @limit) t
        UNION SELECT id FROM (SELECT article_id AS id FROM related_candidates WHERE candidate_id = @id LIMIT @limit) c`, { id, limit });
      return rows.map((r) => r.id);
    },
    /**
     * Article changes recorded after `after`, oldest first, and the last sequence read. `moved`: the change
     * may have moved the article among others' candidates (created, deleted, published or taken back, its
     * tags, section or title changed: what purges the `articles` key, see changes/outbox.ts).
     */
    async changesSince(after: number, limit: number): Promise<{ written: { id: string; moved: boolean }[]; last: number }> {
      const rows = await sql.all<{ seq: number; entity: string; type: string; id: string; keys: string }>(`SELECT seq, entity_type AS entity,
          type, entity_id AS id, surrogate_keys AS keys FROM changes WHERE seq > @after ORDER BY seq LIMIT @limit`, { after, limit });
      return {
        written: rows.filter((r) => r.entity === 'article').map((r) => ({
          id: r.id, moved: r.type !== 'article.updated' && r.type !== 'links.updated' || (JSON.parse(r.keys) as string[]).includes(KEYS.articles),
        })),
        last: rows.length ? Number(rows.at(-1)!.seq) : after,
      };
    },
    /**
     * Replaces an article's stored candidates (in the caller's transaction); the words part is made
     * relative to the article's own decay, so that it holds at any instant. `truncated`: a part was cut short;
     * `inputs`: a digest of what they were computed from.
     */
    async store(id: string, selfPublishAt: number, candidates: Candidate[], truncated: boolean, now: number, inputs: string | null): Promise<void> {
      await sql.run('DELETE FROM related_candidates WHERE article_id = @id', { id });
      if (candidates.length > 0) {
        // One statement: the candidates as a VALUES list (column1…3 in both dialects), gone ones left out by
        // the join, which reads the articles' id index only (their publication came with the candidates: read
        // from the row, it sits after the bodies, in overflow pages on SQLite).
        const params: Params = { id };
        const rows = candidates.map((c, i) => {
          Object.assign(params, { [`c${i}`]: c.id, [`t${i}`]: c.tag, [`x${i}`]: c.text * 2 ** ((c.publishAt - selfPublishAt) / DECAY_MS) });
          return `(@c${i}, CAST(@t${i} AS DOUBLE PRECISION), CAST(@x${i} AS DOUBLE PRECISION))`;
        });
        await sql.run(`INSERT INTO related_candidates (article_id, candidate_id, tag_score, text_score)
          SELECT @id, a.id, v.column2, v.column3 FROM (VALUES ${rows.join(', ')}) v JOIN articles a ON a.id = v.column1`, params);
      }
      await sql.run(`INSERT INTO related_sets (article_id, computed_at, truncated, inputs) SELECT @id, CAST(@now AS BIGINT), CAST(@truncated AS BIGINT), @inputs
        WHERE EXISTS (SELECT 1 FROM articles WHERE id = @id)
        ON CONFLICT (article_id) DO UPDATE SET computed_at = excluded.computed_at, truncated = excluded.truncated, inputs = excluded.inputs`,
      { id, now, truncated: truncated ? 1 : 0, inputs });
    },
    /** Forgets an article's stored candidates: its related articles are computed when read. */
    async forget(id: string): Promise<void> {
      await sql.run('DELETE FROM related_sets WHERE article_id = @id', { id });
      await sql.run('DELETE FROM related_candidates WHERE article_id = @id', { id });
    },
    /** Published articles, newest first, after `before` if given: what a rebuild goes through. */
    async published(before: { publishAt: number; id: string } | null, limit: number): Promise<{ publishAt: number; id: string }[]> {
      return sql.all(`SELECT publish_at AS "publishAt", id FROM articles
        WHERE publish_at IS NOT NULL AND (CAST(@id AS TEXT) IS NULL OR (publish_at, id) < (@publishAt, @id))
        ORDER BY publish_at DESC, id DESC LIMIT @limit`, { publishAt: before?.publishAt ?? null, id: before?.id ?? null, limit });
    },
    /** The ones among `ids` this audience sees, in that order. */
    async visibleByIds(ids: string[], audience: Audience): Promise<ArticleWithSection[]> {
      return sql.all(byIds, { ids: JSON.stringify(ids), ...audience });
    },
  };
}

export type RelatedRepository = ReturnType<typeof createRelatedRepository>;

/** A candidate to store: its tags and section part, its words part (both undecayed), and its publication. */
export interface Candidate { id: string; tag: number; text: number; publishAt: number }
