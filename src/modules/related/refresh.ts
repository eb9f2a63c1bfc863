import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../../context.js';
import type { Repositories, Transactor } from '../../db/repositories.js';
import { createPoller, reportFailedTurn } from '../../lib/poller.js';
import { similarArticles, similarityPrint, type OwnText } from '../search/service.js';
import type { Candidate } from './repository.js';
import { TEXT_WEIGHT } from './service.js';

/** Candidates kept per part (tags and section, words): a page asks for at most 20 plus its curated links. */
export const KEPT = 50;
/** Articles refreshed beside each one written: the newest sharing a tag with it, and those it was a candidate of. */
export const NEIGHBOURS = 10;
/** Changes read per turn. */
const BATCH = 20;
/** Readers' visibility is applied when candidates are read: these are computed over every article that is or may become visible. */
const EVERYONE = { now: Number.MAX_SAFE_INTEGER, sections: null, embargo: 1 as const };
/** The change-feed cursor of the refresh. */
export const RELATED_CURSOR = 'related';

type Reads = Pick<Repositories, 'related' | 'search'>;
/** What an article's candidates are computed from, and its digest (stored with them). */
type Sources = { article: { id: string; sectionId: string; publishAt: number }; text: OwnText; inputs: string };
/** Candidates to store, or null: nothing is stored for an article gone or never published. */
type Computed = { id: string; result: { publishAt: number; candidates: Candidate[]; truncated: boolean; inputs: string } | null };

/** An article's section, publication, state, tags and own text, digested; null for an article gone or never published. */
async function sourcesOf(repos: Reads, id: string): Promise<Sources | null> {
  const article = await repos.related.article(id);
  if (!article || article.publishAt === null) return null;
  // Every article has its index row, written in the same transaction.
  const text = (await repos.search.textOf(id))!;
  const inputs = digest([article.sectionId, article.publishAt, article.state, article.tagIds, similarityPrint(text)]);
  return { article: { id, sectionId: article.sectionId, publishAt: article.publishAt }, text, inputs };
}

const digest = (value: unknown) => createHash('sha1').update(JSON.stringify(value)).digest('base64url');

/**
 * An article's candidates, undecayed (scored as at the epoch, where every
 * decay is 1): the tags and section part of `candidates`, and the words part
 * of the text match times TEXT_WEIGHT; none for an article never published.
 */
async function computeCandidates(repos: Reads, id: string, sources: Sources | null): Promise<Computed> {
  if (!sources) return { id, result: null };
  const { article, text, inputs } = sources;
  const tagged = await repos.related.candidates(article, EVERYONE, KEPT, 0);
  const similar = await similarArticles(repos, id, EVERYONE, KEPT, 0, text);
  const candidates = new Map(tagged.map((c) => [c.id, { id: c.id, tag: c.score, text: 0, publishAt: Number(c.publishAt) }]));
  for (const s of similar) candidates.set(s.id, { id: s.id, tag: candidates.get(s.id)?.tag ?? 0, text: TEXT_WEIGHT * s.score, publishAt: s.publishAt });
  return { id, result: { publishAt: article.publishAt, candidates: [...candidates.values()], truncated: tagged.length >= KEPT || similar.length >= KEPT, inputs } };
}

/** Stores what was computed (in the caller's transaction). */
async function store(related: Repositories['related'], computed: Computed[], now: number) {
  for (const { id, result } of computed) {
    if (result) await related.store(id, result.publishAt, result.candidates, result.truncated, now, result.inputs);
    else await related.forget(id);
  }
}

/**
 * Refreshes the stored candidates of the articles written since the last
 * turn (read from the change feed) and of their neighbours. A written
 * article whose section, publication, state, tags and the words of its
 * title and standfirst (similarityPrint) are what its stored candidates were
 * computed from keeps them: an edit of its body, say, changes none of them. A
 * neighbour of an article that moved is computed again whatever it is made of.
 * They are computed outside the transaction, then stored with the cursor in
 * one that first checks that the cursor has not moved (another instance did
 * the turn). The first turn only sets the cursor: `kiosque related rebuild`
 * fills a database written before. Returns how many articles were computed.
 */
export async function refreshRelated(deps: { repos: Repositories; transaction: Transactor; now: () => number }, wait = false): Promise<number> {
  const after = await deps.repos.changes.cursor(RELATED_CURSOR);
  if (after === undefined) {
    await startCursor(deps, wait);
    return 0;
  }
  const { written, last } = await deps.repos.related.changesSince(after, BATCH);
  if (last === after) return 0;
  // An edit that moved nothing (its text, say) changes its own candidates, not its place among others'.
  const neighbours = new Set<string>();
  for (const w of written) if (w.moved) for (const n of await deps.repos.related.neighbours(w.id, NEIGHBOURS)) neighbours.add(n);
  const inputs = await deps.repos.related.inputsOf(written.map((w) => w.id));
  const computed: Computed[] = [];
  for (const id of new Set([...written.map((w) => w.id), ...neighbours])) {
    const sources = await sourcesOf(deps.repos, id);
    if (sources && !neighbours.has(id) && sources.inputs === inputs.get(id)) continue;
    computed.push(await computeCandidates(deps.repos, id, sources));
  }
  return deps.transaction(async ({ changes, related }) => {
    if (!await changes.takeTurn(RELATED_CURSOR) || await changes.cursor(RELATED_CURSOR) !== after) return 0;
    await store(related, computed, deps.now());
    await changes.setCursor(RELATED_CURSOR, last);
    return computed.length;
  }, { wait });
}

/** Sets the refresh's cursor at the latest change, where it has none: what follows is refreshed. */
async function startCursor(deps: { repos: Repositories; transaction: Transactor }, wait: boolean): Promise<void> {
  const latest = await deps.repos.changes.latest();
  await deps.transaction(({ changes }) => changes.setCursor(RELATED_CURSOR, latest), { wait });
}

/** Computes and stores every published article's candidates, newest first, `batch` per transaction (the CLI's `related rebuild`). */
export async function rebuildRelated(deps: { repos: Repositories; transaction: Transactor; now: () => number }, batch = 100): Promise<number> {
  let done = 0;
  for (let before: { publishAt: number; id: string } | null = null; ;) {
    const rows = await deps.repos.related.published(before, batch);
    if (rows.length === 0) return done;
    const computed: Computed[] = [];
    for (const { id } of rows) computed.push(await computeCandidates(deps.repos, id, await sourcesOf(deps.repos, id)));
    await deps.transaction(({ related }) => store(related, computed, deps.now()), { wait: true });
    done += rows.length;
    before = rows.at(-1)!;
  }
}

export interface RelatedRefreshOptions {
  /** How often written articles' candidates are refreshed, in milliseconds (KIOSQUE_RELATED_REFRESH_MS by default). */
  refreshMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Refreshes the stored related candidates of the articles written since the last turn; `run()` does it now. */
    relatedRefresh: { run(): Promise<void> };
  }
}

export default fp(async function relatedRefresh(app: FastifyInstance, { ctx, refreshMs }: { ctx: AppContext } & RelatedRefreshOptions) {
  const deps = { repos: ctx.repos, transaction: ctx.transaction, now: ctx.now };
  const poller = createPoller(() => refreshRelated(deps), refreshMs ?? ctx.config.KIOSQUE_RELATED_REFRESH_MS,
    reportFailedTurn(app.log, 'could not refresh the related candidates'));
  app.decorate('relatedRefresh', { run: poller.run });
  // The cursor is set now, so that no write after the start goes unrefreshed; the refresh itself waits for the
  // first turn: changes written while the server was down (a batch, and their neighbours) would delay the start.
  if (await ctx.repos.changes.cursor(RELATED_CURSOR) === undefined) await startCursor(deps, true);
  app.addHook('onReady', async () => poller.start());
  app.addHook('preClose', async () => poller.stop());
}, { name: 'related-refresh' });
