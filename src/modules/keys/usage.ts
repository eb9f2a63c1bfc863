import type { FastifyBaseLogger } from 'fastify';

const DAY = 86_400_000;

/** Requests made with one key on one UTC day (epoch days), and the last of them. */
export interface KeyUse { keyId: string; day: number; count: number; lastUsedAt: number }

export interface UsageRecorder {
  /** Counts one request made with this key, now. */
  record(keyId: string): void;
  /** Writes the pending counts in one transaction. */
  flush(): Promise<void>;
  start(): void;
  stop(): void;
}

/**
 * Key usage is counted in memory and written in batches, like views: a
 * request never waits for a write. An unclean stop loses at most one interval.
 */
export function createUsageRecorder(
  deps: { write(batch: KeyUse[]): Promise<void>; now: () => number; log: Pick<FastifyBaseLogger, 'error'> },
  intervalMs = 10_000,
): UsageRecorder {
  let pending = new Map<string, KeyUse>();
  let timer: NodeJS.Timeout | undefined;
  async function flush() {
    if (pending.size === 0) return;
    const batch = [...pending.values()];
    pending = new Map();
    try {
      await deps.write(batch);
    } catch (err) {
      deps.log.error({ err, rows: batch.length }, 'could not write a batch of API key usage');
    }
  }
  return {
    record(keyId) {
      const now = deps.now();
      const day = Math.floor(now / DAY);
      const slot = `${keyId}:${day}`;
      const use = pending.get(slot);
      if (use) {
        use.count++;
        use.lastUsedAt = now;
      } else pending.set(slot, { keyId, day, count: 1, lastUsedAt: now });
    },
    flush,
    start() {
      timer ??= setInterval(flush, intervalMs).unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

export const dayOf = (ms: number) => Math.floor(ms / DAY);
export const isoDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);
