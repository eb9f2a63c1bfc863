import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../../context.js';
import { createPoller, reportFailedTurn } from '../../lib/poller.js';
import { becameVisible } from './outbox.js';
import type { Transactor } from '../../db/repositories.js';
import { SCHEDULE_WATERMARK as WATERMARK, type ChangesRepository } from './repository.js';

const IDLE_ADVANCE_MS = 60_000;

/**
 * Scheduled publication and embargo ends happen without a write: readers'
 * visibility is computed at read time. This records them in the outbox as
 * `article.published`, once each: the watermark (the instant up to which
 * they are recorded) moves in the same transaction as the changes it covers,
 * so a restart picks up where the last run stopped, and one instance at a time records them. The first
 * run only sets it.
 */
export function recordTransitions(deps: { transaction: Transactor; now: () => number }, wait = false): Promise<number> {
  const now = deps.now();
  // A background turn never waits for another process's lock: it tries again next turn.
  return deps.transaction(async ({ changes }) => {
    // Another instance recording them now: this one leaves the turn to it.
    if (!await changes.takeTurn(WATERMARK)) return 0;
    const after = await changes.cursor(WATERMARK);
    if (after !== undefined && now <= after) return 0;
    const ids = after === undefined ? [] : await changes.becameVisible(after, now);
    for (const id of ids) {
      const state = (await changes.article(id))!;
      await changes.append(await becameVisible(changes, state, Math.max(state.publishAt!, state.embargoUntil ?? 0)));
    }
    // An idle run writes nothing (a write each second would also make other processes' caches
    // start over): nothing came due in (after, now], so the next run may scan from `after` again.
    if (ids.length || after === undefined || now - after >= IDLE_ADVANCE_MS) await changes.setCursor(WATERMARK, now);
    return ids.length;
  }, { wait });
}

/**
 * The surrogate keys of the articles that became visible in (after, now]
 * with no write since: what a schedule or an embargo coming due purges, at
 * its instant, before the watcher records it.
 */
export async function transitionKeys(changes: ChangesRepository, after: number, now: number): Promise<string[]> {
  const keys = new Set<string>();
  for (const id of await changes.becameVisible(after, now)) {
    const state = (await changes.article(id))!;
    for (const key of (await becameVisible(changes, state, now)).surrogateKeys) keys.add(key);
  }
  return [...keys];
}

/** How many changes of other processes the response cache reads at once; past that, it starts over. */
const FOLLOWED = 500;

/** The keys of the changes recorded after `seq`, for the response cache (null: too many to read). */
export async function keysSince(changes: ChangesRepository, seq: number): Promise<{ keys: string[] | null; latest: number }> {
  const rows = await changes.keysSince(seq, FOLLOWED + 1);
  if (rows.length > FOLLOWED) return { keys: null, latest: await changes.latest() };
  return { keys: [...new Set(rows.flatMap((r) => r.keys))], latest: rows.at(-1)?.seq ?? seq };
}

export interface ScheduleOptions {
  /** How often schedules and embargoes coming due are looked for, in milliseconds (1,000 by default). */
  pollMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Records schedules and embargoes come due in the change feed; `run()` does it now. */
    changeSchedule: { run(): Promise<void> };
  }
}

export default fp(async function changeSchedule(app: FastifyInstance, { ctx, pollMs = 1_000 }: { ctx: AppContext } & ScheduleOptions) {
  const deps = { transaction: ctx.transaction, now: ctx.now };
  const poller = createPoller(() => recordTransitions(deps), pollMs, reportFailedTurn(app.log, 'could not record scheduled changes'));
  app.decorate('changeSchedule', { run: poller.run });
  // Now, so that what comes due from here on is recorded even if the first poll is late.
  await recordTransitions(deps, true);
  app.addHook('onReady', async () => poller.start());
  app.addHook('preClose', async () => poller.stop());
}, { name: 'change-schedule' });
