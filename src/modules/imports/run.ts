import type { Repositories, Transactor } from '../../db/repositories.js';
import { createOutbox } from '../changes/outbox.js';
import { emptyResolved, emptyTally, type ImportContext, type Resolved, type Tally } from './context.js';
import { Notes } from './notes.js';
import { planPosts, prepareBodies, writePosts, type PlannedPost, type WrittenPost } from './posts.js';
import type { BodyPreparer } from './bodies.js';
import type { SourceAuthor, SourcePost, SourceSection, SourceTag } from './source.js';
import { syncAuthors, syncSections, syncTags } from './taxonomy.js';

// An import in two passes over the file: the first reads everything but the posts'
// bodies (taxonomy, authors, images) and checks the file is well-formed, so a broken
// export stops before anything is written; the second streams the posts in batches,
// each batch converted, rendered, then written in one transaction.

/** What the first pass of an export gives. */
export interface Scan {
  source: string;
  sections: SourceSection[];
  authors: SourceAuthor[];
  tags: SourceTag[];
  /** Posts the second pass will hand over. */
  total: number;
  /** Items not imported, by reason (a page, a revision, an unknown post type…). */
  skipped: Map<string, number>;
  /** What the reader did not know (elements, fields), by name: skipped, never fatal. */
  unknown: Map<string, number>;
}

/** A readable export: its first pass, then its posts. */
export interface ExportSource {
  scan(): Promise<Scan>;
  posts(): AsyncIterable<SourcePost>;
  /** Called after each batch: a reader may drop caches it keeps while reading. */
  batchDone?(): void;
}

export interface ImportOptions {
  dryRun: boolean;
  batchSize: number;
  now: () => number;
  publicUrl: string;
  /** Converts and renders the bodies (bodies.ts): on worker threads, in the CLI. */
  bodies: BodyPreparer;
  onStart?(scan: Scan): void;
  /** After each batch, with the posts read so far. */
  onProgress?(done: number, posts: Tally): void;
  /** Each post that failed or lost something on the way. */
  onPost?(report: PostReport): void;
}

export interface PostReport { key: string; title: string; outcome: WrittenPost['outcome'] | 'create' | 'update'; articleId?: string; notes: string[]; error?: string }

export interface ImportSummary {
  source: string;
  dryRun: boolean;
  posts: Tally;
  sections: Tally;
  authors: Tally;
  tags: Tally;
  skipped: Record<string, number>;
  unknown: Record<string, number>;
  /** Kinds of loss over all posts, with how many posts had each. */
  notes: Record<string, number>;
  /** Where the time went, in milliseconds: the first pass, then reading the posts, preparing their bodies (converted, rendered) and writing them. */
  timings: Timings;
}

export interface Timings { scan: number; read: number; prepare: number; write: number }

/** How long a batch waits for another process's write lock before it is tried again (nothing was written). */
const BUSY_RETRIES = 5;

/** What a busy database says: SQLite's write lock held by another process, PostgreSQL's serialisation failure or deadlock. */
const BUSY = new Set(['SQLITE_BUSY', '40001', '40P01']);

/** Runs a batch's transaction, again a few times while another process holds the write lock (nothing was written). */
export async function retryWhenBusy<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (!BUSY.has((error as { code?: string }).code!) || attempt >= BUSY_RETRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
    }
  }
}

function report(p: PlannedPost, outcome: PostReport['outcome'], articleId?: string, error?: string): PostReport {
  return { key: p.post.key, title: p.post.title, outcome, articleId, notes: p.post.notes.list(), error };
}

async function importBatch(ctx: ImportContext, resolved: Resolved, batch: SourcePost[], timings: Timings): Promise<{ planned: PlannedPost; report: PostReport; outcome: keyof Tally }[]> {
  let at = performance.now();
  const lap = (step: keyof Timings) => {
    timings[step] += performance.now() - at;
    at = performance.now();
  };
  // The same post twice in a batch (a duplicated item) is written once, as its last copy.
  const unique = [...new Map(batch.map((p) => [p.key, p])).values()];
  const planned = await planPosts(ctx, unique);
  await prepareBodies(ctx.bodies, planned);
  lap('prepare');
  if (ctx.dryRun) {
    const outcomes = { create: 'created', update: 'updated', unchanged: 'unchanged' } as const;
    return planned.map((p) => ({ planned: p, report: report(p, p.action), outcome: outcomes[p.action] }));
  }
  const written = await retryWhenBusy(() => ctx.transaction((repos) => writePosts({ ...ctx, repos }, resolved, planned)));
  lap('write');
  return written.map((w) => ({ planned: w.planned, report: report(w.planned, w.outcome, w.articleId, w.error), outcome: w.outcome }));
}

/** Imports an export: taxonomy first (one transaction), then the posts in batches (one transaction each). */
export async function runImport(
  deps: { repos: Repositories; transaction: Transactor }, source: ExportSource, options: ImportOptions,
): Promise<ImportSummary> {
  const started = performance.now();
  const scan = await source.scan();
  const timings: Timings = { scan: performance.now() - started, read: 0, prepare: 0, write: 0 };
  options.onStart?.(scan);
  const ctx: ImportContext = {
    repos: deps.repos, transaction: deps.transaction, outbox: createOutbox({ transaction: deps.transaction, now: options.now }), source: scan.source,
    now: options.now, publicUrl: options.publicUrl, dryRun: options.dryRun, bodies: options.bodies,
  };
  const resolved = emptyResolved();
  // The taxonomy in one transaction: a dry run writes nothing, and reads through it all the same.
  const taxonomy = await retryWhenBusy(() => deps.transaction(async (repos) => {
    const tx = { ...ctx, repos };
    return { sections: await syncSections(tx, resolved, scan.sections), authors: await syncAuthors(tx, resolved, scan.authors), tags: await syncTags(tx, resolved, scan.tags) };
  }));
  const posts = emptyTally();
  const notes = new Notes();
  let done = 0;
  let batch: SourcePost[] = [];
  let read = performance.now();
  const flush = async () => {
    timings.read += performance.now() - read;
    for (const r of await importBatch(ctx, resolved, batch, timings)) {
      posts[r.outcome] += 1;
      // An unchanged post wrote nothing: what it could not carry over was said when it was.
      if (r.outcome === 'unchanged') continue;
      for (const [kind] of r.planned.post.notes.counts()) notes.add(kind);
      if (r.report.notes.length || r.report.error) options.onPost?.(r.report);
    }
    done += batch.length;
    batch = [];
    source.batchDone?.();
    options.onProgress?.(done, posts);
    read = performance.now();
  };
  for await (const post of source.posts()) {
    batch.push(post);
    if (batch.length >= options.batchSize) await flush();
  }
  if (batch.length) await flush();
  return {
    source: scan.source, dryRun: options.dryRun, posts, ...taxonomy,
    skipped: Object.fromEntries(scan.skipped), unknown: Object.fromEntries(scan.unknown), notes: Object.fromEntries(notes.counts()),
    timings: Object.fromEntries(Object.entries(timings).map(([k, ms]) => [k, Math.round(ms)])) as unknown as Timings,
  };
}
