import { NotFound } from '../../lib/errors.js';
import type { Cursors } from '../../lib/cursor.js';
import { iso } from '../../lib/http.js';
import type { Repositories } from '../../db/repositories.js';
import type { StoredBody } from '../../content/render.js';
import { updateArticle, type ArticleWriteDeps } from '../articles/service.js';
import type { Writer } from './recorder.js';
import type { Tracked } from '../changes/outbox.js';
import type { ArticlePatch } from '../articles/schemas.js';
import { toVersion } from './content.js';
import { diffVersions } from './diff.js';
import type { RevisionMeta, StoredVersion } from './repository.js';
import type { ArticleVersion, Revision, RevisionDiff } from './schemas.js';

export type ReadDeps = { revisions: Repositories['revisions']; articles: Pick<Repositories['articles'], 'idForOldSlug'> };

/**
 * The article as stored now, by id, current slug or (for reads) former slug:
 * a restore names it by id or current slug only, as the other writes and the outbox do.
 */
async function stored(deps: ReadDeps, idOrSlug: string, formerSlugs = true): Promise<StoredVersion> {
  const row = await deps.revisions.current(idOrSlug)
    ?? (formerSlugs ? await deps.revisions.current(await deps.articles.idForOldSlug(idOrSlug) ?? '') : undefined);
  if (!row) throw new NotFound('Article');
  return row;
}

/** A version's content: the current one, or the one the next write replaced (if that write's record is kept). */
async function contentOf(deps: ReadDeps, current: StoredVersion, version: number): Promise<ArticleVersion | undefined> {
  if (version === current.version) return toVersion(current);
  const json = version > 0 && version < current.version ? await deps.revisions.replaced(current.id, version + 1) : undefined;
  return json ? JSON.parse(json) as ArticleVersion : undefined;
}

function describe(version: number, current: StoredVersion, meta: RevisionMeta | undefined, at: () => string): Revision {
  return {
    version, current: version === current.version,
    at: meta ? iso(meta.writtenAt) : at(),
    by: meta ? { keyId: meta.keyId, name: meta.keyName } : null,
    event: meta?.event ?? null,
    restoredFrom: meta?.restoredFrom ?? null,
    changes: meta ? JSON.parse(meta.changes) as string[] : null,
  };
}

async function revision(deps: ReadDeps, current: StoredVersion, version: number) {
  const article = await contentOf(deps, current, version);
  if (!article) throw new NotFound(`Version ${version} of this article`);
  return { ...describe(version, current, await deps.revisions.meta(current.id, version), () => article.updatedAt), article };
}

/** The list of an article's versions: a cursor of another article's is refused. */
const listOf = (id: string) => `revisions|${id}`;

/** The version a page starts from: the one below the cursor's. */
function afterCursor(cursors: Cursors, id: string, cursor: string): number {
  // Sealed: a version this API wrote into it.
  const [last] = cursors.decode(cursor, listOf(id), 1) as [number];
  return last - 1;
}

/**
 * The versions that can be read, newest first: the current one and each one
 * a kept record replaced. A page covers at most `limit` of them; the cursor
 * is the last version shown.
 */
export async function listRevisions(deps: ReadDeps & { cursors: Cursors }, idOrSlug: string, query: { limit: number; cursor?: string }) {
  const current = await stored(deps, idOrSlug);
  const top = query.cursor === undefined ? current.version : afterCursor(deps.cursors, current.id, query.cursor);
  // Each kept record names its own version and, when it kept it, the one below: limit + 2 records give limit + 1 versions.
  const records = await deps.revisions.page(current.id, top + 1, query.limit + 2);
  const byVersion = new Map(records.map((r) => [r.version, r]));
  const readable = new Set<number>(current.version <= top ? [current.version] : []);
  for (const r of records) if (r.kept && r.version - 1 <= top) readable.add(r.version - 1);
  const versions = [...readable].sort((a, b) => b - a).slice(0, query.limit + 1);
  const shown = versions.slice(0, query.limit);
  const data = await Promise.all(shown.map(async (v) => {
    const meta = byVersion.get(v) ?? await deps.revisions.meta(current.id, v);
    // A version without its record is dated by its content.
    const at = meta ? '' : (await contentOf(deps, current, v))!.updatedAt;
    return describe(v, current, meta, () => at);
  }));
  const nextCursor = versions.length > query.limit ? deps.cursors.encode(listOf(current.id), [shown[shown.length - 1]]) : null;
  return { data, meta: { limit: query.limit, nextCursor } };
}

export async function getRevision(deps: ReadDeps, idOrSlug: string, version: number) {
  return revision(deps, await stored(deps, idOrSlug), version);
}

/** What changed from version `from` (by default the one before) to `version`. */
export async function diffRevisions(deps: ReadDeps, idOrSlug: string, version: number, from?: number): Promise<RevisionDiff> {
  const current = await stored(deps, idOrSlug);
  const { article: b, ...to } = await revision(deps, current, version);
  const { article: a, ...was } = await revision(deps, current, from ?? version - 1);
  return { from: was, to, ...diffVersions(a, b) };
}

/**
 * What a restore writes: what the article said and who signed it, as in that
 * version (title, standfirst, body, language, hero image, SEO, authors and
 * tags, less those deleted since). Where it lives and whether readers see it
 * (slug, section, canonical URL, status, schedule, embargo, pubStatus) and its
 * related links stay as they are now: those are changed with PATCH.
 */
async function restoredFields(deps: Pick<Repositories, 'authors' | 'tags'>, v: ArticleVersion): Promise<ArticlePatch> {
  const existing = async (ids: string[], find: (id: string) => Promise<unknown>) => {
    const found = await Promise.all(ids.map((id) => find(id)));
    return ids.filter((_, i) => found[i] !== undefined);
  };
  return {
    title: v.title, standfirst: v.standfirst, body: v.body, lang: v.lang,
    heroImage: v.heroImage as ArticlePatch['heroImage'], seo: v.seo,
    authorIds: await existing(v.authorIds, deps.authors.find),
    tagIds: await existing(v.tagIds, deps.tags.find),
  };
}

/** The body a restore of `version` writes, and its language: rendered (content/renderer.ts) before its transaction opens. */
export async function restoredBody(deps: ReadDeps, idOrSlug: string, version: number): Promise<{ body: string; lang: string }> {
  const { body, lang } = (await revision(deps, await stored(deps, idOrSlug, false), version)).article;
  return { body, lang };
}

/** Writes `version` back as a new version of the article, if If-Match allows; `rendered` is its body's rendering. */
export async function restoreRevision(
  deps: ReadDeps & Pick<Repositories, 'authors' | 'tags'> & ArticleWriteDeps, by: Writer, idOrSlug: string, version: number,
  rendered: StoredBody, ifMatch?: string,
): Promise<Tracked<string>> {
  const { article } = await revision(deps, await stored(deps, idOrSlug, false), version);
  return updateArticle(deps, by, idOrSlug, await restoredFields(deps, article), rendered, ifMatch, version);
}
