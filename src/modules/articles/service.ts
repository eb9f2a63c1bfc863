import type { ArticleRow } from '../../db/schema.js';
import type { StoredBody } from '../../content/render.js';
import { BodyLimitError } from '../../content/limits.js';
import type { Renderer } from '../../content/renderer.js';
import { invalid, Conflict, NotFound, PreconditionFailed, type FieldError } from '../../lib/errors.js';
import { tooComplex } from './limits.js';
import { checkIfMatch } from '../../lib/http.js';
import { newId } from '../../lib/ids.js';
import { uniqueSlug } from '../../lib/slugs.js';
import type { Repositories, Transactor } from '../../db/repositories.js';
import { createOutbox, type Tracked } from '../changes/outbox.js';
import { createRevisionRecorder, type Writer } from '../revisions/recorder.js';
import type { NewArticle } from './repository.js';
import type { ArticleCreate, ArticlePatch } from './schemas.js';

/**
 * What article writes need: a transaction (they open one each), the clock,
 * and how many past versions to keep (KIOSQUE_REVISIONS_KEEP; none by default).
 */
export type ArticleWriteDeps = { transaction: Transactor; now: () => number; keep?: number };

/** The repositories of the write's transaction, and the clock. */
export type WriteDeps = Pick<Repositories, 'articles'> & {
  sections: Pick<Repositories['sections'], 'find'>;
  authors: Pick<Repositories['authors'], 'find'>;
  tags: Pick<Repositories['tags'], 'find'>;
  now: () => number;
};

/**
 * What an import adds to a write: the body rendered beforehand (a batch at a
 * time, outside the transaction) and the dates the article had on its old site.
 */
export interface WriteOptions { createdAt?: number; updatedAt?: number }

const ms = (value: string | null | undefined) => (value ? Date.parse(value) : null);

/**
 * Resolves ids (or slugs) of referenced entities, naming each unknown one and
 * each that names again (by id or by slug) an entity already in the list.
 */
async function resolveRefs(
  values: string[] | undefined, find: (v: string) => Promise<{ id: string } | undefined>, pointer: string, errors: FieldError[],
): Promise<string[] | undefined> {
  if (values === undefined) return undefined;
  const seen = new Set<string>();
  const rows = await Promise.all(values.map((value) => find(value)));
  return values.map((value, i) => {
    const row = rows[i];
    if (!row) errors.push({ pointer: `${pointer}/${i}`, message: `no such ${pointer.slice(1, -3)}: ${value}` });
    else if (seen.has(row.id)) errors.push({ pointer: `${pointer}/${i}`, message: 'is already in the list' });
    else seen.add(row.id);
    return row?.id ?? value;
  });
}

/**
 * Status and publication time together: "published" with a future time is
 * scheduled, "scheduled" with a past time is published. Readers' visibility
 * follows from publishAt alone, so nothing has to run at that instant.
 */
function schedule(status: ArticleRow['status'], publishAt: number | null, stored: number | null, now: number, errors: FieldError[]) {
  if (status === 'scheduled' && publishAt === null) {
    errors.push({ pointer: '/publishAt', message: 'is required to schedule an article' });
  }
  if (status === 'published' || status === 'scheduled') {
    const at = publishAt ?? (stored !== null && stored <= now ? stored : now);
    return { status: at > now ? 'scheduled' as const : 'published' as const, publishAt: at };
  }
  return { status, publishAt };
}

/** When the article first went public: kept once it has happened, else follows the schedule. */
function firstPublished(stored: number | null, timing: { status: string; publishAt: number | null }, now: number) {
  if (stored !== null && stored <= now) return stored;
  return timing.status === 'draft' ? null : timing.publishAt;
}

/** The row's body columns: the source and its rendering (made off the event loop before the write). */
function bodyColumns(source: string, r: StoredBody) {
  return {
    body: source, bodyHtml: r.html, bodyText: r.text, bodyBlocks: r.blocks, toc: r.toc,
    summary: r.summary, wordCount: r.wordCount, readingTimeMinutes: r.readingTimeMinutes,
  };
}

function optionalFields(input: ArticlePatch, rendered: StoredBody | undefined) {
  const out: Partial<ArticleRow> = {};
  if (input.title !== undefined) out.title = input.title;
  if (input.standfirst !== undefined) out.standfirst = input.standfirst;
  if (input.lang !== undefined) out.lang = input.lang;
  if (input.pubStatus !== undefined) out.pubStatus = input.pubStatus;
  if (input.embargoUntil !== undefined) out.embargoUntil = ms(input.embargoUntil);
  if (input.heroImage !== undefined) out.heroImage = input.heroImage && JSON.stringify(input.heroImage);
  if (input.canonicalUrl !== undefined) out.canonicalUrl = input.canonicalUrl;
  if (input.seo?.title !== undefined) out.seoTitle = input.seo.title;
  if (input.seo?.description !== undefined) out.seoDescription = input.seo.description;
  if (input.body !== undefined) Object.assign(out, bodyColumns(input.body, rendered!));
  return out;
}

async function checkReferences(deps: WriteDeps, input: ArticlePatch, errors: FieldError[]) {
  const section = input.sectionId === undefined ? undefined : await deps.sections.find(input.sectionId);
  if (input.sectionId !== undefined && !section) {
    errors.push({ pointer: '/sectionId', message: `no such section: ${input.sectionId}` });
  }
  return {
    sectionId: section?.id,
    authorIds: await resolveRefs(input.authorIds, deps.authors.find, '/authorIds', errors),
    tagIds: await resolveRefs(input.tagIds, deps.tags.find, '/tagIds', errors),
  };
}

async function claimSlug(deps: WriteDeps, slug: string | undefined, current?: string, taken = deps.articles.slugTaken): Promise<void> {
  if (slug !== undefined && slug !== current && await taken(slug)) {
    throw new Conflict(`An article with slug "${slug}" already exists`);
  }
}

/** The stored row of the article a write names by id or current slug. */
export async function storedArticle(deps: Pick<WriteDeps, 'articles'>, idOrSlug: string): Promise<ArticleRow> {
  const row = await deps.articles.row(idOrSlug);
  if (!row) throw new NotFound('Article');
  return row;
}

/** A new article's row and links, checked as an insert checks them; `taken` says whether a slug is in use. */
async function newArticle(
  deps: WriteDeps, input: ArticleCreate, rendered: StoredBody, options: WriteOptions, taken: (slug: string) => Promise<boolean>,
): Promise<NewArticle> {
  const now = deps.now();
  const errors: FieldError[] = [];
  const refs = await checkReferences(deps, input, errors);
  const timing = schedule(input.status ?? 'draft', ms(input.publishAt), null, now, errors);
  if (errors.length) throw invalid(errors);
  await claimSlug(deps, input.slug, undefined, taken);
  const row: ArticleRow = {
    id: newId('art', now),
    slug: input.slug ?? await uniqueSlug(input.title, taken, 'article'),
    title: input.title, standfirst: null, lang: ARTICLE_LANG, pubStatus: 'usable', embargoUntil: null, heroImage: null,
    canonicalUrl: null, seoTitle: null, seoDescription: null,
    ...optionalFields(input, rendered), ...bodyColumns(input.body, rendered),
    sectionId: refs.sectionId!, ...timing,
    firstPublishedAt: firstPublished(null, timing, now),
    createdAt: options.createdAt ?? now, updatedAt: options.updatedAt ?? now, version: 1,
  };
  return { row, authorIds: refs.authorIds ?? [], tagIds: refs.tagIds ?? [] };
}

/** Inserts an article (in the caller's transaction); `rendered` is its body's rendering (see content/renderer.ts). */
export async function insertArticle(deps: WriteDeps, input: ArticleCreate, rendered: StoredBody, options: WriteOptions = {}): Promise<string> {
  const { row, authorIds, tagIds } = await newArticle(deps, input, rendered, options, deps.articles.slugTaken);
  await deps.articles.insert(row, authorIds, tagIds);
  return row.id;
}

/** An article of a batch insert: what insertArticle() takes. */
export interface NewArticleInput { input: ArticleCreate; rendered: StoredBody; options?: WriteOptions }

/**
 * Inserts new articles together (an import's batch, in the caller's transaction): each checked as
 * insertArticle() checks it, a slug taken earlier in the batch included; one that fails is left out,
 * and the others are written in a statement or two per table. Resolves with each one's id, or the
 * error that left it out, in order.
 */
export async function insertArticles(deps: WriteDeps, items: NewArticleInput[]): Promise<(string | Error)[]> {
  const asked = new Set(items.flatMap((i) => (i.input.slug === undefined ? [] : [i.input.slug])));
  const known = await deps.articles.slugsTaken([...asked]);
  const claimed = new Set<string>();
  // The slugs asked for were read at once; one uniqueSlug() makes up is read alone.
  const taken = async (slug: string) => claimed.has(slug) || known.has(slug) || (!asked.has(slug) && await deps.articles.slugTaken(slug));
  const written: NewArticle[] = [];
  const results: (string | Error)[] = [];
  for (const item of items) {
    try {
      const article = await newArticle(deps, item.input, item.rendered, item.options ?? {}, taken);
      claimed.add(article.row.slug);
      written.push(article);
      results.push(article.row.id);
    } catch (error) {
      results.push(error as Error);
    }
  }
  if (written.length) await deps.articles.insertMany(written);
  return results;
}

/** Changes an article (in the caller's transaction); `rendered` is the new body's rendering, when the patch has a body. */
export async function changeArticle(
  deps: WriteDeps, idOrSlug: string, input: ArticlePatch, rendered: StoredBody | undefined, ifMatch?: string, options: WriteOptions = {},
): Promise<string> {
  const row = await storedArticle(deps, idOrSlug);
  checkIfMatch(ifMatch, row.version);
  const now = deps.now();
  const errors: FieldError[] = [];
  const refs = await checkReferences(deps, input, errors);
  const publishAt = input.publishAt === undefined ? row.publishAt : ms(input.publishAt);
  const timing = schedule(input.status ?? row.status, publishAt, row.publishAt, now, errors);
  if (errors.length) throw invalid(errors);
  await claimSlug(deps, input.slug, row.slug);
  const next: ArticleRow = {
    ...row, ...optionalFields(input, rendered), ...timing,
    slug: input.slug ?? row.slug,
    sectionId: refs.sectionId ?? row.sectionId,
    firstPublishedAt: firstPublished(row.firstPublishedAt, timing, now),
    // An import's date when it moves the article forward; otherwise the write's own time.
    updatedAt: options.updatedAt !== undefined && options.updatedAt > row.updatedAt ? options.updatedAt : now,
    version: row.version + 1,
  };
  if (!await deps.articles.update(next, row.slug, refs.authorIds, refs.tagIds, row)) throw new PreconditionFailed();
  return row.id;
}

const withClock = (deps: ArticleWriteDeps, repos: Repositories): WriteDeps => ({ ...repos, now: deps.now });
/** The history of the write's transaction (see revisions/recorder.ts). */
const historyOf = (deps: ArticleWriteDeps, repos: Repositories) => createRevisionRecorder({ revisions: repos.revisions, keep: deps.keep ?? 0 });

/**
 * Creates an article, with its outbox record and its first revision, in one
 * transaction; `rendered` is its body's rendering (renderBody). Resolves with its id.
 */
export function createArticle(deps: ArticleWriteDeps, by: Writer, input: ArticleCreate, rendered: StoredBody): Promise<Tracked<string>> {
  return createOutbox(deps).created('article',
    (repos) => historyOf(deps, repos).created(by, () => insertArticle(withClock(deps, repos), input, rendered)));
}

/**
 * Changes an article (If-Match against its version), with its outbox record
 * and its revision, in one transaction; `rendered` is the new body's
 * rendering when the patch has one; `restoredFrom` when it brings a version back.
 */
export function updateArticle(
  deps: ArticleWriteDeps, by: Writer, idOrSlug: string, input: ArticlePatch, rendered: StoredBody | undefined,
  ifMatch?: string, restoredFrom: number | null = null,
): Promise<Tracked<string>> {
  return createOutbox(deps).changed('article', idOrSlug, (repos) => historyOf(deps, repos).changed(by, idOrSlug,
    () => changeArticle(withClock(deps, repos), idOrSlug, input, rendered, ifMatch), restoredFrom));
}

export function deleteArticle(deps: ArticleWriteDeps, idOrSlug: string, ifMatch?: string): Promise<Tracked<void>> {
  return createOutbox(deps).changed('article', idOrSlug, async (repos) => {
    const row = await storedArticle(repos, idOrSlug);
    checkIfMatch(ifMatch, row.version);
    if (!await repos.articles.delete(row.id, row.version)) throw new PreconditionFailed();
  });
}

/** An article's language when it is created without one. */
export const ARTICLE_LANG = 'fr';

/**
 * A body's rendering before it is written, or a 422 naming the limit it is over (nothing is written then).
 * `lang`: the article's language, as far as the caller knows it (see Renderer), so that a renderer for SQLite's
 * index stems the text on its worker; where it guessed wrong, the index stems it when it writes.
 */
export async function renderBody(renderer: Renderer, source: string | undefined, lang: string): Promise<StoredBody | undefined> {
  if (source === undefined) return undefined;
  try {
    return await renderer.renderMarkdown(source, lang);
  } catch (error) {
    if (!(error instanceof BodyLimitError)) throw error;
    throw tooComplex(error.exceeded);
  }
}
