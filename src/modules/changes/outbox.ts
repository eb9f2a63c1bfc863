import type { Repositories, Transactor } from '../../db/repositories.js';
import { boundedKeys, KEYS } from '../../lib/keys.js';
import { SCHEDULE_WATERMARK, type ArticleState, type ChangesRepository, type EntityState, type NewChange, type SectionState } from './repository.js';

/** What a write changes: an article, its related links, a section, its pins, an author or a tag. */
export type Subject = 'article' | 'links' | 'section' | 'pins' | 'author' | 'tag';

type State = ArticleState | SectionState | EntityState;

export interface Tracked<T> {
  result: T;
  /** The change's sequence in the outbox. */
  seq: number;
  /** What the write invalidates, for CDN purges: every key a read that depended on it carried. */
  surrogateKeys: string[];
}

export type OutboxDeps = { transaction: Transactor; now: () => number };

/**
 * Whether readers see an article at `now`: the rule of VISIBLE in
 * articles/list-query.ts, applied to a state read before the clock is.
 */
export function visibleAt(s: ArticleState, now: number): boolean {
  return (s.status === 'published' || s.status === 'scheduled') && s.publishAt !== null && s.publishAt <= now
    && s.pubStatus === 'usable' && (s.embargoUntil === null || s.embargoUntil <= now);
}

/**
 * When the feed last told what readers see of an article: at its last write,
 * or later if the schedule watcher has recorded up to then. A schedule come
 * due since, not yet recorded, is told by this write: it is the publication.
 */
async function toldAt(changes: ChangesRepository, before: ArticleState, now: number): Promise<number> {
  return Math.min(now, Math.max(before.updatedAt, await changes.cursor(SCHEDULE_WATERMARK) ?? 0));
}

/** The most telling name for an article write, from what readers were told before and can see after it. */
function articleType(before: ArticleState | undefined, after: ArticleState | undefined, was: boolean, now: number): string {
  if (!after) return 'article.deleted';
  if (after.pubStatus !== 'usable' && after.pubStatus !== before?.pubStatus) return `article.${after.pubStatus}`;
  const is = visibleAt(after, now);
  if (is && !was) return 'article.published';
  if (was && !is) return 'article.unpublished';
  return before ? 'article.updated' : 'article.created';
}

/** What list filters and sorts read of an article: a change of one may move it in or out of a collection, or within it. */
const LISTED = ['sectionId', 'slug', 'title', 'lang', 'publishAt'] as const;

/** Whether a write changed where the article stands in collections: visibility, filters, sort keys, its slug (404s). */
function moved(before: ArticleState | undefined, after: ArticleState | undefined, was: boolean, is: boolean): boolean {
  if (!before || !after || was !== is) return true;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return LISTED.some((field) => before[field] !== after[field]) || !same(before.authorIds, after.authorIds) || !same(before.tagIds, after.tagIds);
}

/** What search filters read of an article (besides visibility and its indexed text): a change moves it in or out of filtered searches. */
const FILTERED = ['sectionId', 'lang', 'publishAt'] as const;

/** Whether a write may change which searches show the article, beyond what its terms say: visibility, filters, the recency boost. */
function regrouped(before: ArticleState | undefined, after: ArticleState | undefined, was: boolean, is: boolean): boolean {
  if (was !== is) return true;
  if (!was || !before || !after) return false;
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  return FILTERED.some((field) => before[field] !== after[field]) || !same(before.authorIds, after.authorIds) || !same(before.tagIds, after.tagIds);
}

/**
 * The keys of what an article write invalidates (README, "Behind a CDN").
 * Always the article and `search` (related articles: bm25 weighs every row,
 * drafts included); the search keys its index write names (search/keys.ts:
 * the terms it changed, or `searches`), and `searches` when it may move in
 * or out of filtered searches. When readers could see it before or after:
 * `edits`; and when it moved in or out of collections, or within them,
 * `articles` and the sections (with their ancestors), authors and tags it
 * was or is filed under, whose narrowed collections it entered or left.
 * Those ids give way to `refs`, which every such collection carries, past
 * the bound, after the terms have given way to `searches`.
 */
async function articleKeys(
  changes: ChangesRepository, before: ArticleState | undefined, after: ArticleState | undefined, was: boolean, is: boolean, indexed: string[],
): Promise<string[]> {
  const s = (after ?? before)!;
  // A slug another article once had resolved to that one: its answers under the slug now name this one.
  const heir = after && after.slug !== before?.slug ? await changes.formerOwner(after.slug) : undefined;
  const own = heir === undefined || heir === s.id ? [s.id] : [s.id, heir];
  const searched = [KEYS.search, ...(regrouped(before, after, was, is) ? [KEYS.searches] : [])];
  const terms = { ids: indexed, spill: KEYS.searches };
  if (!was && !is) return boundedKeys([...own, ...searched], [terms]);
  if (!moved(before, after, was, is)) return boundedKeys([...own, ...searched, KEYS.edits], [terms]);
  const states = [before, after].filter((x) => x !== undefined);
  const lineages = await Promise.all(states.map((x) => changes.lineage(x.sectionPath)));
  const scopes = states.flatMap((x, i) => [...lineages[i], ...x.authorIds, ...x.tagIds]);
  return boundedKeys([...own, ...searched, KEYS.edits, KEYS.articles], [terms, { ids: scopes, spill: KEYS.refs }]);
}

async function articleChange(
  changes: ChangesRepository, subject: 'article' | 'links', before: ArticleState | undefined, after: ArticleState | undefined, now: number,
  indexed: string[],
): Promise<NewChange> {
  const s = (after ?? before)!;
  const was = before !== undefined && visibleAt(before, await toldAt(changes, before, now));
  const visible = was || (before !== undefined && visibleAt(before, now)) || (after !== undefined && visibleAt(after, now));
  const movedSection = before && after && before.sectionId !== after.sectionId;
  // Links show on the article's own answers (and its related, page): its key; its new version moves it by update time.
  const linkKeys = visible ? [s.id, KEYS.edits] : [s.id];
  return {
    type: subject === 'links' ? 'links.updated' : articleType(before, after, was, now),
    entityType: 'article', entityId: s.id, slug: s.slug, version: s.version,
    sectionId: s.sectionId, previousSectionId: movedSection ? before.sectionId : null,
    public: visible, occurredAt: now,
    surrogateKeys: subject === 'links' ? linkKeys
      : await articleKeys(changes, before, after, was || (before !== undefined && visibleAt(before, now)), after !== undefined && visibleAt(after, now), indexed),
  };
}

/** An article readers can see from `at` on with no write at that instant: a schedule or an embargo came due. */
export async function becameVisible(changes: ChangesRepository, s: ArticleState, at: number): Promise<NewChange> {
  return {
    type: 'article.published', entityType: 'article', entityId: s.id, slug: s.slug, version: s.version,
    sectionId: s.sectionId, previousSectionId: null, public: true, occurredAt: at,
    surrogateKeys: await articleKeys(changes, undefined, s, false, true, []),
  };
}

/**
 * A section's keys: itself, `sections` (their list), its parents before and
 * after (their answers list their children); and `refs` when what answers
 * show of it changed (its name, slug or path, those of its sub-sections and
 * the URLs of their articles). Pins change its front and version only.
 */
function sectionChange(
  subject: 'section' | 'pins', before: SectionState | undefined, after: SectionState | undefined, now: number,
): NewChange {
  const s = (after ?? before)!;
  const keys = new Set([s.id, KEYS.sections]);
  if (subject === 'section') {
    for (const parent of [before?.parentId, after?.parentId]) if (parent) keys.add(parent);
    if (before && after && (before.name !== after.name || before.path !== after.path)) keys.add(KEYS.refs);
  }
  // Filed under itself: a partner learns of the changes of the sections it is entitled to, no others.
  return {
    type: `section.${!after ? 'deleted' : before ? 'updated' : 'created'}`,
    entityType: 'section', entityId: s.id, slug: s.path, version: s.version,
    sectionId: s.id, previousSectionId: null, public: true, occurredAt: now, surrogateKeys: [...keys],
  };
}

/**
 * An author's or a tag's keys: itself and its list; when what article
 * answers show of it changed (name, slug, a tag's type), `refs`, and
 * `search` and `searches`, whose index holds the names.
 */
function entityChange(kind: 'author' | 'tag', before: EntityState | undefined, after: EntityState | undefined, now: number): NewChange {
  const s = (after ?? before)!;
  const renamed = before && after && (before.name !== after.name || before.slug !== after.slug || before.type !== after.type);
  return {
    type: `${kind}.${!after ? 'deleted' : before ? 'updated' : 'created'}`,
    entityType: kind, entityId: s.id, slug: s.slug, version: s.version,
    sectionId: null, previousSectionId: null, public: true, occurredAt: now,
    surrogateKeys: [s.id, kind === 'author' ? KEYS.authors : KEYS.tags, ...(renamed ? [KEYS.refs, KEYS.search, KEYS.searches] : [])],
  };
}

/**
 * Records every write of content in the outbox, in the write's own
 * transaction, which it opens: the state the write changes is read before
 * and after it, and the change (its type, its surrogate keys) follows from
 * the two. A write that throws rolls back, leaving no change behind.
 * Services call it; `write` gets the transaction's repositories.
 */
export function createOutbox(deps: OutboxDeps) {
  const snapshot = (changes: ChangesRepository, subject: Subject, ref: string): Promise<State | undefined> => {
    if (subject === 'article' || subject === 'links') return changes.article(ref);
    if (subject === 'section' || subject === 'pins') return changes.section(ref);
    return changes.entity(subject, ref);
  };
  const describe = async (repos: Repositories, subject: Subject, before: State | undefined, after: State | undefined, now: number) => {
    const changes = repos.changes;
    if (subject === 'article' || subject === 'links') {
      return articleChange(changes, subject, before as ArticleState, after as ArticleState, now, await repos.articles.searchKeys());
    }
    if (subject === 'section' || subject === 'pins') return sectionChange(subject, before as SectionState, after as SectionState, now);
    return entityChange(subject, before as EntityState, after as EntityState, now);
  };

  function record<T>(
    subject: Subject, ref: string | null, write: (repos: Repositories) => Promise<T>, idOf: (result: T) => string | undefined,
  ): Promise<Tracked<T>> {
    return deps.transaction(async (repos) => {
      const before = ref === null ? undefined : await snapshot(repos.changes, subject, ref);
      const result = await write(repos);
      const after = await snapshot(repos.changes, subject, idOf(result) ?? before!.id);
      // The clock is read after the write, as the write's own checks read it first.
      const change = await describe(repos, subject, before, after, deps.now());
      return { result, seq: await repos.changes.append(change), surrogateKeys: change.surrogateKeys };
    });
  }

  return {
    /** A write creating an entity; `write` resolves with its id or an object with one. */
    created<T extends string | { id: string }>(subject: Subject, write: (repos: Repositories) => Promise<T>): Promise<Tracked<T>> {
      return record(subject, null, write, (r) => (typeof r === 'string' ? r : r.id));
    },
    /** A write changing or deleting the entity `ref` names (id, slug or path). */
    changed<T>(subject: Subject, ref: string, write: (repos: Repositories) => Promise<T>): Promise<Tracked<T>> {
      return record(subject, ref, write, () => undefined);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;

/**
 * Records the creation of articles written in the caller's transaction (an import's batch), as the
 * outbox records each: the same change for each, their states and the slugs' former owners read in one
 * statement each, their changes appended in one. In the order of `ids`; `now` is the write's clock.
 */
export async function recordArticlesCreated(repos: Repositories, ids: string[], now: number): Promise<void> {
  if (ids.length === 0) return;
  const states = await repos.changes.articles(ids);
  const owners = await repos.changes.formerOwners([...states.values()].map((s) => s.slug));
  const lineages = new Map<string, Promise<string[]>>();
  // What articleKeys() reads per article, answered from the batch's reads (sections do not change in it).
  const changes: ChangesRepository = {
    ...repos.changes,
    formerOwner: async (slug) => owners.get(slug),
    lineage: (path) => (lineages.has(path) ? lineages.get(path)! : lineages.set(path, repos.changes.lineage(path)).get(path)!),
  };
  const indexed = await repos.articles.searchKeys();
  const rows: NewChange[] = [];
  for (const id of ids) rows.push(await articleChange(changes, 'article', undefined, states.get(id), now, indexed));
  await repos.changes.appendMany(rows);
}
