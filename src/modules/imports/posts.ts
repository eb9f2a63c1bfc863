import type { ValidateFunction } from 'ajv';
import type { Repositories } from '../../db/repositories.js';
import type { StoredBody } from '../../content/render.js';
import { BodyLimitError } from '../../content/limits.js';
import type { FieldError } from '../../lib/errors.js';
import { uniqueSlug } from '../../lib/slugs.js';
import { bodyAjv } from '../../plugins/validation.js';
import { changeArticle, insertArticle, insertArticles, type WriteDeps } from '../articles/service.js';
import { recordArticlesCreated } from '../changes/outbox.js';
import { ArticleCreateSchema, ArticlePatchSchema, type ArticleCreate, type ArticlePatch } from '../articles/schemas.js';
import { changedFields, cut, type ImportContext, type Resolved } from './context.js';
import type { ImportEntry } from './repository.js';
import { postDigests, type SourcePost } from './source.js';
import type { BodyPreparer } from './bodies.js';
import type { BodyJob } from './convert/job.js';
import { learnIndexed } from '../search/text.js';

// Posts → articles, through the articles service and the outbox as an API write would
// go (the same validation, slugs, rendering, search index and change feed), plus what
// only an import has: the old paths and slugs, and the entry that makes it idempotent.

/** The key of the section for posts that name none. */
export const DEFAULT_SECTION = '';

export type PostAction = 'create' | 'update' | 'unchanged';

export interface PlannedPost {
  post: SourcePost;
  action: PostAction;
  digests: Record<string, string>;
  /** The article an earlier import made of it, if it still exists. */
  articleId?: string;
  /** The fields whose source changed (every field for a new post). */
  changed: string[];
  /** Markdown, once converted (new posts and changed bodies only). */
  markdown?: string;
  /** Its rendering, or the limit of the API it is over. */
  rendered?: StoredBody | BodyLimitError;
}

export interface WrittenPost { planned: PlannedPost; outcome: 'created' | 'updated' | 'unchanged' | 'failed'; articleId?: string; error?: string }

let validators: { create: ValidateFunction<ArticleCreate>; patch: ValidateFunction<ArticlePatch> } | undefined;
// Compiled on first use: the server loads this module, and most starts import nothing.
const valid = () => (validators ??= { create: bodyAjv().compile(ArticleCreateSchema), patch: bodyAjv().compile(ArticlePatchSchema) });

/** Which posts of a batch are new, changed or unchanged since the last import of this source. */
export async function planPosts(ctx: ImportContext, posts: SourcePost[]): Promise<PlannedPost[]> {
  const entries = await ctx.repos.imports.entries(ctx.source, 'article', posts.map((p) => p.key));
  const existing = await ctx.repos.imports.existing('article', [...entries.values()].map((e) => e.entityId));
  const planned: PlannedPost[] = [];
  for (const post of posts) {
    const digests = postDigests(post);
    const entry: ImportEntry | undefined = entries.get(post.key);
    if (!entry || !existing.has(entry.entityId)) {
      planned.push({ post, action: 'create', digests, changed: Object.keys(digests) });
      continue;
    }
    const changed = changedFields(entry.digests, digests);
    planned.push({ post, action: changed.length ? 'update' : 'unchanged', digests, articleId: entry.entityId, changed });
  }
  return planned;
}

/**
 * Converts and renders the bodies a batch will write (all at once: a pool
 * prepares them in parallel), with what could not be carried over. A body
 * the converters cannot take fails its post, the others go on.
 */
export async function prepareBodies(preparer: BodyPreparer, planned: PlannedPost[]): Promise<void> {
  await Promise.all(planned.filter((p) => p.changed.includes('body')).map(async (p) => {
    let job: BodyJob;
    try {
      job = p.post.body.job();
    } catch (error) {
      p.post.notes.add('body could not be converted', (error as Error).message);
      return;
    }
    const outcome = await preparer.prepare(job, p.post.lang);
    p.post.notes.addList(outcome.notes);
    if (outcome.ok) {
      p.markdown = outcome.markdown;
      p.rendered = outcome.body;
      // SQLite's index stems the body as the article is written: the worker did it already.
      if (outcome.indexed !== null) learnIndexed(outcome.body.text, p.post.lang, outcome.indexed);
    } else if ('error' in outcome) {
      p.post.notes.add('body could not be converted', outcome.error);
    } else {
      p.rendered = new BodyLimitError(outcome.exceeded);
    }
  }));
}

/** Whether another article than `own` has a slug. */
type SlugTaken = (slug: string) => Promise<boolean>;

/** The wanted slug, or the next free one when another article has it (noted). */
async function freeSlug(ctx: ImportContext, post: SourcePost, own?: string, taken: SlugTaken = async (slug) =>
  await ctx.repos.articles.slugTaken(slug) && (await ctx.repos.articles.row(slug))?.id !== own): Promise<string | undefined> {
  const wanted = post.slug;
  if (wanted === null) return undefined;
  if (!await taken(wanted)) return wanted;
  const slug = await uniqueSlug(wanted, taken, 'article');
  post.notes.add('slug taken by another article', `${wanted} → ${slug}`);
  return slug;
}

/** The ids of the keys (two keys may name one entity: tags whose slugs fold alike), as many as an article takes. */
const ids = (keys: string[], map: Map<string, string>, max: number): string[] => [...new Set(keys.map((k) => map.get(k)!))].slice(0, max);

/** The article as the API would be asked to write it, fitted to its limits (cut fields are noted). */
async function articleInput(ctx: ImportContext, resolved: Resolved, p: PlannedPost, taken?: SlugTaken): Promise<ArticleCreate> {
  const { post } = p;
  const fit = (value: string, max: number, field: string) => {
    if (value.length > max) post.notes.add(`${field} longer than ${max} characters: cut`);
    return cut(value, max);
  };
  const image = post.heroImage;
  return {
    title: fit(post.title, 300, 'title'),
    slug: p.changed.includes('slug') ? await freeSlug(ctx, post, p.articleId, taken) : undefined,
    standfirst: post.standfirst === null ? null : fit(post.standfirst, 2000, 'standfirst'),
    body: p.markdown ?? '',
    sectionId: resolved.section.get(post.sectionKey ?? DEFAULT_SECTION)!,
    authorIds: ids(post.authorKeys, resolved.author, 20),
    tagIds: ids(post.tagKeys, resolved.tag, 50),
    lang: post.lang,
    status: post.status,
    publishAt: post.publishAt === null ? null : new Date(post.publishAt).toISOString(),
    heroImage: image && { url: image.url, alt: fit(image.alt, 500, 'image alt text'), caption: image.caption && fit(image.caption, 1000, 'image caption'), width: image.width, height: image.height },
    canonicalUrl: post.canonicalUrl,
    seo: { title: post.seo.title && fit(post.seo.title, 300, 'SEO title'), description: post.seo.description && fit(post.seo.description, 1000, 'SEO description') },
  };
}

/** The fields of an article input that a changed source field writes. */
const PATCHED: Record<string, (keyof ArticleCreate)[]> = {
  title: ['title'], slug: ['slug'], standfirst: ['standfirst'], body: ['body'], section: ['sectionId'], authors: ['authorIds'],
  tags: ['tagIds'], timing: ['status', 'publishAt'], heroImage: ['heroImage'], lang: ['lang'], canonicalUrl: ['canonicalUrl'], seo: ['seo'],
};

function patchOf(input: ArticleCreate, changed: string[]): ArticlePatch {
  const keys = changed.flatMap((field) => PATCHED[field]).filter((k) => input[k] !== undefined);
  return Object.fromEntries(keys.map((k) => [k, input[k]])) as ArticlePatch;
}

const invalidMessage = (errors: ValidateFunction['errors']) =>
  errors!.map((e) => `${e.instancePath} ${e.message}`).join('; ');

/**
 * The service's lookups of sections, authors and tags, remembered for the batch: the
 * import names the same few hundred thousands of times, and none changes meanwhile.
 */
function writeDeps(ctx: ImportContext): WriteDeps {
  const remembered = <T>(find: (ref: string) => Promise<T>) => {
    const seen = new Map<string, Promise<T>>();
    return (ref: string) => (seen.has(ref) ? seen.get(ref)! : seen.set(ref, find(ref)).get(ref)!);
  };
  return {
    articles: ctx.repos.articles, now: ctx.now, sections: { find: remembered(ctx.repos.sections.find) },
    authors: { find: remembered(ctx.repos.authors.find) }, tags: { find: remembered(ctx.repos.tags.find) },
  };
}

/**
 * The write's lookups, with the articles repository of the outbox's record: what the search index
 * write purges is read from it (the article's search terms), as an API write's record reads it.
 */
const through = (deps: WriteDeps, repos: Repositories): WriteDeps => ({ ...deps, articles: repos.articles });

/** Writes one post (in the caller's transaction, in a savepoint of its own: a failure leaves nothing of it). */
async function writePost(ctx: ImportContext, deps: WriteDeps, resolved: Resolved, p: PlannedPost): Promise<WrittenPost> {
  const rendered = p.rendered as StoredBody | undefined;
  const input = await articleInput(ctx, resolved, p);
  const options = { createdAt: p.post.createdAt, updatedAt: p.post.updatedAt };
  let articleId: string;
  if (p.action === 'create') {
    const { create } = valid();
    if (!create(input)) return { planned: p, outcome: 'failed', error: invalidMessage(create.errors) };
    articleId = (await ctx.outbox.created('article', (repos) => insertArticle(through(deps, repos), input, rendered!, options))).result;
  } else {
    const patch = patchOf(input, p.changed);
    articleId = p.articleId!;
    // A field the source no longer has (a slug emptied) leaves the article's own: there may be nothing to write.
    if (Object.keys(patch).length) {
      const { patch: validPatch } = valid();
      if (!validPatch(patch)) return { planned: p, outcome: 'failed', error: invalidMessage(validPatch.errors) };
      await ctx.outbox.changed('article', articleId, (repos) => changeArticle(through(deps, repos), articleId, patch, rendered, undefined, options));
    }
  }
  await keepFormerSlugs(ctx, p, articleId);
  return { planned: p, outcome: p.action === 'create' ? 'created' : 'updated', articleId };
}

async function keepFormerSlugs(ctx: ImportContext, p: PlannedPost, articleId: string): Promise<void> {
  for (const slug of await ctx.repos.imports.addFormerSlugs(articleId, p.post.formerSlugs, ctx.now())) p.post.notes.add('old slug already used by another article', slug);
}

/**
 * Writes a batch's new posts together (insertArticles(): a statement or two per table), as writePost()
 * writes each: the same inputs, checks and change records. A post that fails its checks is left out.
 */
async function createTogether(ctx: ImportContext, deps: WriteDeps, resolved: Resolved, creates: PlannedPost[]): Promise<WrittenPost[]> {
  const wanted = await ctx.repos.articles.slugsTaken(creates.flatMap((p) => (p.post.slug === null ? [] : [p.post.slug])));
  const claimed = new Set<string>();
  // A slug an earlier post of the batch asked for is taken by it; one uniqueSlug() makes up is read alone.
  const taken: SlugTaken = async (slug) => claimed.has(slug) || wanted.has(slug) || await ctx.repos.articles.slugTaken(slug);
  const written = new Map<PlannedPost, WrittenPost>();
  const accepted: { p: PlannedPost; input: ArticleCreate }[] = [];
  for (const p of creates) {
    const input = await articleInput(ctx, resolved, p, taken);
    if (input.slug !== undefined) claimed.add(input.slug);
    const { create } = valid();
    if (create(input)) accepted.push({ p, input });
    else written.set(p, { planned: p, outcome: 'failed', error: invalidMessage(create.errors) });
  }
  const ids = await insertArticles(deps, accepted.map(({ p, input }) => ({
    input, rendered: p.rendered as StoredBody, options: { createdAt: p.post.createdAt, updatedAt: p.post.updatedAt },
  })));
  await recordArticlesCreated(ctx.repos, ids.filter((id) => typeof id === 'string'), ctx.now());
  for (const [i, { p }] of accepted.entries()) {
    const id = ids[i];
    if (typeof id === 'string') await keepFormerSlugs(ctx, p, id);
    written.set(p, typeof id === 'string' ? { planned: p, outcome: 'created', articleId: id } : failure(p, id));
  }
  return creates.map((p) => written.get(p)!);
}

/** Writes the batch's new posts together, or (when a write no check foresaw fails, undone) each in its savepoint. */
async function createPosts(ctx: ImportContext, deps: WriteDeps, resolved: Resolved, creates: PlannedPost[]): Promise<WrittenPost[]> {
  try {
    return await ctx.repos.imports.savepoint(() => createTogether(ctx, deps, resolved, creates));
  } catch {
    const written: WrittenPost[] = [];
    for (const p of creates) written.push(await writeOne(ctx, deps, resolved, p));
    return written;
  }
}

/** What a post written with nothing written yet comes to: unchanged, or failed before its write (a body over a limit or not converted). */
function settled(p: PlannedPost): WrittenPost | undefined {
  if (p.action === 'unchanged') return { planned: p, outcome: 'unchanged', articleId: p.articleId };
  if (p.rendered instanceof BodyLimitError) return { planned: p, outcome: 'failed', error: `the body is over a limit of this API (${p.rendered.message})` };
  if (p.changed.includes('body') && p.markdown === undefined) return { planned: p, outcome: 'failed', error: 'the body could not be converted' };
  return undefined;
}

/**
 * Writes a batch's new and changed posts (in the transaction `ctx.repos` belong to): changed ones each in
 * a savepoint of its own, then the new ones together.
 */
export async function writePosts(ctx: ImportContext, resolved: Resolved, planned: PlannedPost[]): Promise<WrittenPost[]> {
  const deps = writeDeps(ctx);
  const outcomes = new Map<PlannedPost, WrittenPost>();
  const creates: PlannedPost[] = [];
  for (const p of planned) {
    const early = settled(p);
    if (early) outcomes.set(p, early);
    else if (p.action === 'create') creates.push(p);
    else outcomes.set(p, await writeOne(ctx, deps, resolved, p));
  }
  if (creates.length) for (const w of await createPosts(ctx, deps, resolved, creates)) outcomes.set(w.planned, w);
  const written = planned.map((p) => outcomes.get(p)!);
  // What makes the import idempotent and the old paths, for the batch's written posts at once (nothing here can fail one post alone).
  const done = written.filter((w) => w.outcome === 'created' || w.outcome === 'updated');
  const now = ctx.now();
  await ctx.repos.imports.saveEntries(ctx.source, 'article', done.map((w) => ({ key: w.planned.post.key, entityId: w.articleId!, digests: w.planned.digests })), now);
  await ctx.repos.imports.addPaths(done.flatMap((w) => w.planned.post.paths.map((path) => ({ path, articleId: w.articleId! }))), now);
  return written;
}

/** A post whose write failed, with the error and the fields it names. */
function failure(p: PlannedPost, error: unknown): WrittenPost {
  const { message, errors = [] } = error as Error & { errors?: FieldError[] };
  return { planned: p, outcome: 'failed', error: [message, ...errors.map((e) => `${e.pointer} ${e.message}`)].join(': ') };
}

async function writeOne(ctx: ImportContext, deps: WriteDeps, resolved: Resolved, p: PlannedPost): Promise<WrittenPost> {
  try {
    return await ctx.repos.imports.savepoint(() => writePost(ctx, deps, resolved, p));
  } catch (error) {
    // The post's savepoint rolled back. (A full disk ends the whole transaction: the batch's commit then fails.)
    return failure(p, error);
  }
}
