// What changes the response cache's answers without a write of this process: other processes' commits,
// and scheduled publications and embargo ends coming due (used by response-cache.ts).
import { EXTERNAL_CHECK_MS } from '../db/database.js';
import type { CacheSources } from './response-cache.js';

/**
 * Other processes' commits, looked for at most every EXTERNAL_CHECK_MS: the
 * changes they recorded since the last look are purged by their keys; a
 * command that wrote content with no change (seed, reindex) empties the cache.
 * Their other commits (view counts among them) do not say what they changed:
 * most-read answers are computed again after any of them.
 */
export async function createExternalWatch(
  options: CacheSources, purge: (keys: string[]) => void, clear: () => void, stats: { versionChecks: number },
) {
  let version = options.externalVersion();
  let seen = await options.latestChange();
  let outside = await options.outsideWrites();
  let checkedAt = performance.now();
  let moves = 0;
  // Reads one at a time: two reads from one `seen` would purge twice and could move it back.
  let reading: Promise<void> = Promise.resolve();
  const follow = (): Promise<void> => {
    reading = reading.catch(() => undefined).then(async () => {
      const since = await options.changesSince(seen);
      seen = since.latest;
      if (since.keys === null) clear();
      else if (since.keys.length) purge(since.keys);
    });
    return reading;
  };
  return {
    /** A read of what other processes wrote when data_version moved (at most every EXTERNAL_CHECK_MS), else undefined. */
    check(): Promise<void> | undefined {
      const at = performance.now();
      if (at - checkedAt < EXTERNAL_CHECK_MS) return undefined;
      checkedAt = at;
      stats.versionChecks++;
      const now = options.externalVersion();
      if (now === version) return undefined;
      moves++;
      return follow().then(async () => {
        const written = await options.outsideWrites();
        if (written !== outside) clear();
        outside = written;
        // Moved only once read: a failed read is tried again by the next request.
        version = now;
      });
    },
    /** Purges by the keys of the changes recorded since the last look, by this process or another. */
    follow,
    /** Counts the moves seen: most-read answers computed before one are not served after it. */
    viewsSeen: () => moves,
  };
}

/**
 * Scheduled publications and embargo ends change answers with no write: at
 * each one's instant, the keys of what became visible are purged. After a
 * write (which may schedule something sooner), the next instant is looked up again.
 */
export function createTransitionWatch(options: CacheSources, purge: (keys: string[]) => void) {
  let from = options.now();
  // The next instant something becomes visible; undefined: to look up again (after a write).
  let next: number | null | undefined;
  // Moves with each recheck: a lookup that a write overtook leaves `next` to be looked up again.
  let generation = 0;
  let lookup: Promise<void> | null = null;
  return {
    /** A lookup (shared by the requests arriving meanwhile) when one is due, else undefined. */
    check(now: number): Promise<void> | undefined {
      if (lookup) return lookup;
      if (next !== undefined && (next === null || now < next)) return undefined;
      const at = generation;
      lookup = (async () => {
        const keys = await options.transitionKeys(from, now);
        if (keys.length) purge(keys);
        from = now;
        const found = await options.nextTransition(now);
        if (generation === at) next = found;
      })().finally(() => {
        lookup = null;
      });
      return lookup;
    },
    recheck(): void {
      generation++;
      next = undefined;
    },
  };
}
