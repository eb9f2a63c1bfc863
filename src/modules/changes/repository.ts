import type { Db } from '../../db/connection.js';
import type { ChangeRow } from '../../db/schema.js';
import { publicAudience } from '../../lib/reader.js';
import { VISIBLE } from '../articles/list-query.js';

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

const json = (value: string) => JSON.parse(value) as string[];

export function createChangesRepository(db: Db) {
  const client = db.$client;
  const article = client.prepare(`SELECT a.id, a.slug, a.version, a.section_id AS sectionId, s.path AS sectionPath, a.title, a.lang,
      a.status, a.pub_status AS pubStatus, a.publish_at AS publishAt, a.embargo_until AS embargoUntil, a.updated_at AS updatedAt,
      (SELECT json_group_array(author_id) FROM article_authors WHERE article_id = a.id) AS authorIds,
      (SELECT json_group_array(tag_id) FROM article_tags WHERE article_id = a.id) AS tagIds
    FROM articles a JOIN sections s ON s.id = a.section_id WHERE a.id = @ref OR a.slug = @ref`);
  const section = client.prepare('SELECT id, slug, path, name, version, parent_id AS parentId FROM sections WHERE id = @ref OR path = @ref');
  const entity = {
    author: client.prepare('SELECT id, slug, name, NULL AS type, version FROM authors WHERE id = @ref OR slug = @ref'),
    tag: client.prepare('SELECT id, slug, name, type, version FROM tags WHERE id = @ref OR slug = @ref'),
  };
  // The section at a path and its ancestors: every path that is a prefix of it at a '/'.
  const formerOwner = client.prepare('SELECT article_id FROM article_slugs WHERE slug = ?').pluck();
  const lineage = client.prepare(`SELECT id FROM sections
    WHERE path = @path OR substr(@path, 1, length(path) + 1) = path || '/'`).pluck();
  const subtree = client.prepare(`SELECT id FROM sections
    WHERE path = @path OR substr(path, 1, length(@path) + 1) = @path || '/'`).pluck();
  const insert = client.prepare(`INSERT INTO changes (type, entity_type, entity_id, slug, version, section_id,
      previous_section_id, public, occurred_at, surrogate_keys)
    VALUES (@type, @entityType, @entityId, @slug, @version, @sectionId, @previousSectionId, @public, @occurredAt, @surrogateKeys)`);
  // The sections a partner is entitled to, with their sub-sections.
  const ENTITLED = `SELECT c.id FROM sections p JOIN sections c ON c.path = p.path OR c.path LIKE p.path || '/%'
    WHERE p.id IN (SELECT value FROM json_each(@sections))`;
  const SEEN = `(@publicOnly = 0 OR public = 1)
      AND (@sections IS NULL OR section_id IS NULL OR section_id IN (${ENTITLED}) OR previous_section_id IN (${ENTITLED}))`;
  const page = client.prepare(`SELECT seq, type, entity_type AS entityType, entity_id AS entityId, slug, version,
      section_id AS sectionId, previous_section_id AS previousSectionId, public, occurred_at AS occurredAt,
      surrogate_keys AS surrogateKeys
    FROM changes WHERE seq > @after AND ${SEEN}
    ORDER BY seq LIMIT @limit`);
  const latestSeen = client.prepare(`SELECT seq FROM changes WHERE ${SEEN} ORDER BY seq DESC LIMIT 1`).pluck();
  const seenBy = (filter: ChangeFilter) => ({ publicOnly: filter.publicOnly ? 1 : 0, sections: filter.sectionIds && JSON.stringify(filter.sectionIds) });
  const latest = client.prepare('SELECT coalesce(max(seq), 0) FROM changes').pluck();
  const keysSince = client.prepare('SELECT seq, surrogate_keys AS keys FROM changes WHERE seq > ? ORDER BY seq LIMIT ?');
  const purged = client.prepare(`INSERT INTO purged_keys (key, at) SELECT value, @at FROM json_each(@keys) WHERE true
    ON CONFLICT (key) DO UPDATE SET at = max(at, excluded.at)`);
  const lastPurged = client.prepare('SELECT coalesce(max(at), 0) FROM purged_keys WHERE key IN (SELECT value FROM json_each(?))').pluck();
  const cursor = client.prepare('SELECT value FROM outbox_cursors WHERE name = ?').pluck();
  const setCursor = client.prepare(`INSERT INTO outbox_cursors (name, value) VALUES (?, ?)
    ON CONFLICT (name) DO UPDATE SET value = excluded.value`);
  // Articles readers can see now that became visible in (after, now] with no write since:
  // a write at or after that instant already recorded the article as visible.
  const due = client.prepare(`SELECT a.id FROM articles a
    WHERE ((a.publish_at > @after AND a.publish_at <= @now) OR (a.embargo_until > @after AND a.embargo_until <= @now))
      AND max(a.publish_at, coalesce(a.embargo_until, 0)) > max(@after, a.updated_at)
      AND ${VISIBLE}
    ORDER BY max(a.publish_at, coalesce(a.embargo_until, 0)), a.id`).pluck();

  return {
    /** Runs `work` in one IMMEDIATE transaction (the writes inside it become savepoints). */
    transaction<T>(work: () => T): T {
      return client.transaction(work).immediate();
    },
    /** Whether a transaction is still open: SQLite ends the whole one on a full disk or an I/O error. */
    inTransaction(): boolean {
      return client.inTransaction;
    },
    article(ref: string): ArticleState | undefined {
      const row = article.get({ ref }) as (ArticleState & { authorIds: string; tagIds: string }) | undefined;
      return row && { ...row, authorIds: json(row.authorIds), tagIds: json(row.tagIds) };
    },
    section(ref: string): SectionState | undefined {
      return section.get({ ref }) as SectionState | undefined;
    },
    entity(kind: 'author' | 'tag', ref: string): EntityState | undefined {
      return entity[kind].get({ ref }) as EntityState | undefined;
    },
    /** The ids of the section at `path` and of its ancestors. */
    /** The article that once had this slug, if any: its answers under the slug go to whoever takes it. */
    formerOwner(slug: string): string | undefined {
      return formerOwner.get(slug) as string | undefined;
    },
    lineage(path: string): string[] {
      return lineage.all({ path }) as string[];
    },
    /** The ids of the section at `path` and of all its descendants. */
    subtree(path: string): string[] {
      return subtree.all({ path }) as string[];
    },
    /** Records a change, and the instant it purges its keys at. */
    append(change: NewChange): number {
      const values = { ...change, public: change.public ? 1 : 0, surrogateKeys: JSON.stringify(change.surrogateKeys) };
      purged.run({ keys: values.surrogateKeys, at: change.occurredAt });
      return Number(insert.run(values).lastInsertRowid);
    },
    /** The latest instant a change purged any of these keys, 0 if none did. */
    lastPurged(keys: string[]): number {
      return lastPurged.get(JSON.stringify(keys)) as number;
    },
    /** Changes after `after` in commit order that pass `filter`. */
    list(after: number, limit: number, filter: ChangeFilter): ChangeRow[] {
      return (page.all({ after, limit, ...seenBy(filter) }) as (Omit<ChangeRow, 'public' | 'surrogateKeys'> & { public: number; surrogateKeys: string })[])
        .map((r) => ({ ...r, public: r.public === 1, surrogateKeys: json(r.surrogateKeys) }));
    },
    /** The sequence of the newest change that passes `filter`, 0 when there is none. */
    latestSeen(filter: ChangeFilter): number {
      return (latestSeen.get(seenBy(filter)) as number | undefined) ?? 0;
    },
    /** The surrogate keys of the changes after `after`, in order, `limit` at most, with their sequences. */
    keysSince(after: number, limit: number): { seq: number; keys: string[] }[] {
      return (keysSince.all(after, limit) as { seq: number; keys: string }[]).map((r) => ({ seq: r.seq, keys: json(r.keys) }));
    },
    /** The sequence of the newest change, 0 when there is none. */
    latest(): number {
      return latest.get() as number;
    },
    cursor(name: string): number | undefined {
      return cursor.get(name) as number | undefined;
    },
    setCursor(name: string, value: number): void {
      setCursor.run(name, value);
    },
    /** Says that content was written with no change recorded (a CLI command), for running servers' response caches. */
    wroteOutside(): void {
      setCursor.run(OUTSIDE_WRITES, (cursor.get(OUTSIDE_WRITES) as number | undefined ?? 0) + 1);
    },
    /** How many times content was written outside the API. */
    outsideWrites(): number {
      return cursor.get(OUTSIDE_WRITES) as number | undefined ?? 0;
    },
    /** Articles that became visible to readers in (after, now] without a write recording it. */
    becameVisible(after: number, now: number): string[] {
      return due.all({ after, ...publicAudience(now) }) as string[];
    },
  };
}

export type ChangesRepository = ReturnType<typeof createChangesRepository>;
