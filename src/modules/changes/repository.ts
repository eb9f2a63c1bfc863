import type { DialectName, Executor, Params } from '../../db/executor.js';
import { chunked, insertManySql } from '../../db/rows.js';
import { changes as changesTable } from '../../db/schema/sqlite.js';
import type { ChangeRow } from '../../db/schema.js';
import { publicAudience } from '../../lib/reader.js';
import { entitledSections, visible } from '../articles/sql.js';
import { lockAppends, notifyChanges, tryTurn } from './postgres.js';

/** What a write of an article changes, read before and after it (see outbox.ts). */
export interface ArticleState {
  id: string; slug: string; version: number; sectionId: string; sectionPath: string; title: string; lang: string;
  status: string; pubStatus: string; publishAt: number | null; embargoUntil: number | null; updatedAt: number;
  authorIds: string[]; tagIds: string[];
}
export interface SectionState { id: string; slug: string; path: string; name: string; version: number; parentId: string | null }
/** An author or a tag; `type` is a tag's (null for an author). */
export interface EntityState { id: string; slug: string; name: string; type: string | null; version: number }

export type NewChange = Omit<ChangeRow, 'seq'>;

/** The watermark of the schedule watcher: the instant up to which schedules come due are recorded. */
export const SCHEDULE_WATERMARK = 'schedule';
/** Counts the commands that wrote content outside the API (seed, search reindex): running servers' caches start over. */
export const OUTSIDE_WRITES = 'outside-writes';

/** Who reads the feed: readers only learn of public changes; entitlements name the sections allowed. */
export interface ChangeFilter { publicOnly: boolean; sectionIds: string[] | null }

/**
 * What a writer does before drawing a sequence, so that sequence order is
 * commit order: nothing on SQLite (one writer at a time), a lock on
 * PostgreSQL (see postgres.ts).
 */
const beforeAppend: Record<DialectName, (sql: Executor) => Promise<unknown>> = {
  sqlite: async () => undefined,
  postgres: lockAppends,
};

/**
 * What a writer does once it recorded a change, or wrote outside the API: nothing on SQLite (other
 * processes see data_version move), a notification on PostgreSQL (see postgres.ts).
 */
const afterAppend: Record<DialectName, (sql: Executor, seq: number) => Promise<unknown>> = {
  sqlite: async () => undefined,
  postgres: notifyChanges,
};

/**
 * Whether a transaction may do a background turn (see postgres.ts): on SQLite, write transactions
 * already run one at a time across processes (BEGIN IMMEDIATE), and the next reads the watermark the last moved.
 */
const takeTurn: Record<DialectName, (sql: Executor, name: string) => Promise<boolean>> = {
  sqlite: async () => true,
  postgres: tryTurn,
};

export function createChangesRepository(sql: Executor) {
  const d = sql.dialect;
  const article = `SELECT a.id, a.slug, a.version, a.section_id AS "sectionId", s.path AS "sectionPath", a.title, a.lang,
      a.status, a.pub_status AS "pubStatus", a.publish_at AS "publishAt", a.embargo_until AS "embargoUntil", a.updated_at AS "updatedAt",
      (SELECT ${d.jsonAgg('author_id')} FROM article_authors WHERE article_id = a.id) AS "authorIds",
      (SELECT ${d.jsonAgg('tag_id')} FROM article_tags WHERE article_id = a.id) AS "tagIds"
    FROM articles a JOIN sections s ON s.id = a.section_id`;
  const toState = (row: ArticleState & { authorIds: unknown; tagIds: unknown }): ArticleState =>
    ({ ...row, authorIds: d.json(row.authorIds), tagIds: d.json(row.tagIds) });
  const entities = {
    author: 'SELECT id, slug, name, NULL AS type, version FROM authors WHERE id = @ref OR slug = @ref',
    tag: 'SELECT id, slug, name, type, version FROM tags WHERE id = @ref OR slug = @ref',
  };
  // What a caller sees: public changes only (readers), and an entitled partner its sections' only.
  const seen = `(@publicOnly = 0 OR "public") AND (CAST(@sections AS TEXT) IS NULL OR section_id IS NULL
      OR section_id IN (${entitledSections(d)}) OR previous_section_id IN (${entitledSections(d)}))`;
  const seenBy = (filter: ChangeFilter) => ({ publicOnly: filter.publicOnly ? 1 : 0, sections: filter.sectionIds && JSON.stringify(filter.sectionIds) });
  const page = `SELECT seq, type, entity_type AS "entityType", entity_id AS "entityId", slug, version,
      section_id AS "sectionId", previous_section_id AS "previousSectionId", "public", occurred_at AS "occurredAt",
      surrogate_keys AS "surrogateKeys"
    FROM changes WHERE seq > @after AND seq <= @latest AND ${seen}
    ORDER BY seq LIMIT @limit`;
  const ids = async (text: string, params: Record<string, unknown>) => (await sql.all<{ id: string }>(text, params)).map((r) => r.id);
  const cursor = async (name: string) => (await sql.get<{ value: number }>('SELECT value FROM outbox_cursors WHERE name = @name', { name }))?.value;
  const latest = async () => (await sql.get<{ seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM changes'))!.seq;

  return {
    async article(ref: string): Promise<ArticleState | undefined> {
      const row = await sql.get<ArticleState & { authorIds: unknown; tagIds: unknown }>(`${article} WHERE a.id = @ref OR a.slug = @ref`, { ref });
      return row && toState(row);
    },
    /** The states of articles by id, in one statement (an import's batch), keyed by id. */
    async articles(ids: string[]): Promise<Map<string, ArticleState>> {
      const rows = await sql.all<ArticleState & { authorIds: unknown; tagIds: unknown }>(
        `${article} WHERE a.id IN (SELECT value FROM ${d.jsonList('@ids', 'j')})`, { ids: JSON.stringify(ids) });
      return new Map(rows.map((r) => [r.id, toState(r)]));
    },
    section(ref: string): Promise<SectionState | undefined> {
      return sql.get('SELECT id, slug, path, name, version, parent_id AS "parentId" FROM sections WHERE id = @ref OR path = @ref', { ref });
    },
    entity(kind: 'author' | 'tag', ref: string): Promise<EntityState | undefined> {
      return sql.get(entities[kind], { ref });
    },
    /** The article that once had this slug, if any: its answers under the slug go to whoever takes it. */
    async formerOwner(slug: string): Promise<string | undefined> {
      return (await sql.get<{ id: string }>('SELECT article_id AS id FROM article_slugs WHERE slug = @slug', { slug }))?.id;
    },
    /** formerOwner() of each of these slugs that has one, in one statement. */
    async formerOwners(slugs: string[]): Promise<Map<string, string>> {
      const rows = await sql.all<{ slug: string; id: string }>(`SELECT slug, article_id AS id FROM article_slugs
        WHERE slug IN (SELECT value FROM ${d.jsonList('@slugs', 'j')})`, { slugs: JSON.stringify(slugs) });
      return new Map(rows.map((r) => [r.slug, r.id]));
    },
    /** The ids of the section at `path` and of its ancestors: every path that is a prefix of it at a '/'. */
    lineage(path: string): Promise<string[]> {
      return ids(`SELECT id FROM sections WHERE path = @path OR substr(CAST(@path AS TEXT), 1, length(path) + 1) = path || '/'`, { path });
    },
    /** The ids of the section at `path` and of all its descendants. */
    subtree(path: string): Promise<string[]> {
      return ids(`SELECT id FROM sections WHERE path = @path OR substr(path, 1, length(@path) + 1) = CAST(@path AS TEXT) || '/'`, { path });
    },
    /** Records a change (in the caller's transaction), and the instant it purges its keys at; resolves with its sequence. */
    async append(change: NewChange): Promise<number> {
      await beforeAppend[d.name](sql);
      const keys = JSON.stringify(change.surrogateKeys);
      await sql.run(`INSERT INTO purged_keys (key, at) SELECT DISTINCT k.value, CAST(@at AS BIGINT) FROM ${d.jsonList('@keys', 'k')} WHERE true
        ON CONFLICT (key) DO UPDATE SET at = ${d.greatest('purged_keys.at', 'excluded.at')}`, { keys, at: change.occurredAt });
      const row = await sql.get<{ seq: number }>(`INSERT INTO changes (type, entity_type, entity_id, slug, version, section_id,
          previous_section_id, "public", occurred_at, surrogate_keys)
        VALUES (@type, @entityType, @entityId, @slug, @version, @sectionId, @previousSectionId, @public, @occurredAt, @surrogateKeys)
        RETURNING seq`, { ...change, surrogateKeys: keys });
      await afterAppend[d.name](sql, row!.seq);
      return row!.seq;
    },
    /**
     * Records changes as append() records each, in order (an import's batch): the purged keys in one
     * statement, the changes in one (a run of them past the parameters' bound).
     */
    async appendMany(changes: NewChange[]): Promise<void> {
      if (changes.length === 0) return;
      await beforeAppend[d.name](sql);
      const purged = new Map<string, number>();
      for (const c of changes) for (const key of c.surrogateKeys) purged.set(key, Math.max(purged.get(key) ?? 0, c.occurredAt));
      for (const run of chunked([...purged], 2)) {
        const params: Params = {};
        const values = run.map(([key, at], i) => {
          Object.assign(params, { [`key${i}`]: key, [`at${i}`]: at });
          return `(@key${i}, CAST(@at${i} AS BIGINT))`;
        });
        await sql.run(`INSERT INTO purged_keys (key, at) VALUES ${values.join(', ')}
          ON CONFLICT (key) DO UPDATE SET at = ${d.greatest('purged_keys.at', 'excluded.at')}`, params);
      }
      let last = 0;
      for (const insert of insertManySql(changesTable, changes)) {
        const rows = await sql.all<{ seq: number }>(`${insert.sql} RETURNING seq`, insert.params);
        last = Math.max(last, ...rows.map((r) => Number(r.seq)));
      }
      await afterAppend[d.name](sql, last);
    },
    /** The instants at which those of `keys` ever purged were last purged. */
    purgedAt(keys: string[]): Promise<{ key: string; at: number }[]> {
      return sql.all(`SELECT key, at FROM purged_keys WHERE key IN (SELECT value FROM ${d.jsonList('@keys', 'k')})`, { keys: JSON.stringify(keys) });
    },
    /**
     * Changes after `after` in commit order that pass `filter`, up to the newest
     * sequence, read first: a change committed meanwhile is left for the next page.
     */
    async list(after: number, limit: number, filter: ChangeFilter): Promise<{ rows: ChangeRow[]; latest: number }> {
      const newest = await latest();
      const params = { after, latest: newest, limit, ...seenBy(filter) };
      const rows = (await sql.all<ChangeRow>(page, params)).map((r) => ({ ...r, public: d.flag(r.public), surrogateKeys: JSON.parse(r.surrogateKeys as unknown as string) as string[] }));
      return { rows, latest: newest };
    },
    /** The sequence of the newest change that passes `filter`, 0 when there is none. */
    async latestSeen(filter: ChangeFilter): Promise<number> {
      return (await sql.get<{ seq: number }>(`SELECT seq FROM changes WHERE ${seen} ORDER BY seq DESC LIMIT 1`, seenBy(filter)))?.seq ?? 0;
    },
    /** The surrogate keys of the changes after `after`, in order, `limit` at most, with their sequences and instants. */
    async keysSince(after: number, limit: number): Promise<{ seq: number; at: number; keys: string[] }[]> {
      const rows = await sql.all<{ seq: number; at: number; keys: string }>(`SELECT seq, occurred_at AS at, surrogate_keys AS keys
        FROM changes WHERE seq > @after ORDER BY seq LIMIT @limit`, { after, limit });
      return rows.map((r) => ({ seq: r.seq, at: r.at, keys: JSON.parse(r.keys) as string[] }));
    },
    /** The sequence of the newest change, 0 when there is none. */
    latest,
    cursor,
    /** Whether this transaction does the background turn `name` (false: another instance is doing it). */
    takeTurn: (name: string) => takeTurn[d.name](sql, name),
    async setCursor(name: string, value: number): Promise<void> {
      await sql.run(`INSERT INTO outbox_cursors (name, value) VALUES (@name, @value)
        ON CONFLICT (name) DO UPDATE SET value = excluded.value`, { name, value });
    },
    /** Articles readers can see now that became visible in (after, now] with no write since (a write recorded it). */
    becameVisible(after: number, now: number): Promise<string[]> {
      return ids(`SELECT a.id FROM articles a
        WHERE ((a.publish_at > @after AND a.publish_at <= @now) OR (a.embargo_until > @after AND a.embargo_until <= @now))
          AND ${d.greatest('a.publish_at', 'coalesce(a.embargo_until, 0)')} > ${d.greatest('CAST(@after AS BIGINT)', 'a.updated_at')}
          AND ${visible(d)}
        ORDER BY ${d.greatest('a.publish_at', 'coalesce(a.embargo_until, 0)')}, a.id`, { after, ...publicAudience(now) });
    },
    /** Says that content was written with no change recorded (a CLI command), for running servers' response caches. */
    async wroteOutside(): Promise<void> {
      await sql.run(`INSERT INTO outbox_cursors (name, value) VALUES (@name, 1)
        ON CONFLICT (name) DO UPDATE SET value = outbox_cursors.value + 1`, { name: OUTSIDE_WRITES });
      await afterAppend[d.name](sql, 0);
    },
    /** How many times content was written outside the API. */
    async outsideWrites(): Promise<number> {
      return (await cursor(OUTSIDE_WRITES)) ?? 0;
    },
  };
}

export type ChangesRepository = ReturnType<typeof createChangesRepository>;
