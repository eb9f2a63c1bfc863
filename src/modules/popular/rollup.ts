import type { FastifyInstance } from 'fastify';
import type { Transactor } from '../../db/repositories.js';
import { createPoller, reportFailedTurn } from '../../lib/poller.js';
import { windowHours } from './schemas.js';

const HOUR = 3_600_000;

/**
 * Slides every most-read window to the current hour: the buckets that left
 * it are taken out of its totals. A window that has not been rolled up yet
 * (a database from before the totals) or that is more than its own length
 * behind (a server stopped for that long), or ahead (a clock set back), is
 * summed afresh. Until a window has slid, rankings are summed from the
 * buckets (repository `popular`), so answers are right whenever this runs;
 * it only decides how long after an hour begins they are slow. Returns how
 * many windows moved.
 */
export function rollUpViews(deps: { transaction: Transactor; now: () => number }, wait = false): Promise<number> {
  const current = Math.floor(deps.now() / HOUR);
  return deps.transaction(async ({ views }) => {
    // Another instance sliding the windows, or views being written: this turn is left to the next one.
    if (!await views.lockWindows()) return 0;
    const starts = await views.windowStarts();
    let moved = 0;
    for (const hours of Object.values(windowHours)) {
      const from = current - hours;
      const start = starts.get(hours);
      if (start === from) continue;
      if (start === undefined || start > from || from - start >= hours) await views.rebuildWindow(hours, from);
      else await views.slideWindow(hours, start, from);
      moved++;
    }
    return moved;
  }, { wait });
}

export interface RollupOptions {
  /** How often the windows are slid, in milliseconds (KIOSQUE_VIEWS_ROLLUP_MS by default). */
  rollupMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Slides the most-read windows' totals to the current hour; `run()` does it now. */
    viewRollup: { run(): Promise<void> };
  }
}

/**
 * Rolls the windows up on a timer, the first turn `rollupMs` after the server is ready (which fills the
 * totals of a database that has none): not at start, which it would delay by up to a second at 100,000
 * articles, while the rankings are right without it.
 */
export async function registerRollup(app: FastifyInstance, deps: { transaction: Transactor; now: () => number }, rollupMs: number) {
  const poller = createPoller(() => rollUpViews(deps), rollupMs, reportFailedTurn(app.log, 'could not roll up the view totals'));
  app.decorate('viewRollup', { run: poller.run });
  app.addHook('onReady', async () => poller.start());
  app.addHook('preClose', async () => poller.stop());
}
