import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../../context.js';
import type { PendingViews } from './repository.js';
import { registerRollup, type RollupOptions } from './rollup.js';

const HOUR = 3_600_000;

export interface ViewBufferOptions extends RollupOptions {
  /** How often counted views are written, in milliseconds (5,000 by default). */
  flushIntervalMs?: number;
  /** Distinct (article, hour) counters held before an early write (10,000 by default). */
  maxPending?: number;
}

export interface ViewBuffer {
  /**
   * Counts one view of an article, named as the reader's URL named it (id,
   * slug or former slug), at an instant; writes early when the buffer is full.
   */
  record(idOrSlug: string, at: number): void;
  /**
   * Writes every pending counter in one transaction, after the batches
   * already being written; resolves with how many of them counted (named a visible article).
   */
  flush(): Promise<number>;
  /** Distinct (name, hour) counters waiting to be written. */
  readonly pending: number;
  /** How many batches were written: it changes whenever the most-read counts do. */
  readonly flushes: number;
  start(): void;
  stop(): void;
}

/**
 * Views are counted in memory and written in batches, so the beacon neither
 * writes nor reads the database: one transaction per interval (or per full
 * buffer) whatever the traffic, which is also where the names are resolved
 * and the articles' visibility checked. What an unclean stop loses is
 * bounded by the interval.
 */
export function createViewBuffer(
  deps: { write(views: PendingViews[]): Promise<number>; log: Pick<FastifyBaseLogger, 'error'> },
  { flushIntervalMs = 5_000, maxPending = 10_000 }: ViewBufferOptions = {},
): ViewBuffer {
  let counts = new Map<string, PendingViews>();
  let timer: NodeJS.Timeout | undefined;
  let flushes = 0;
  // Batches are written one after the other: a flush resolves once every batch before it is written.
  let writing: Promise<unknown> = Promise.resolve();

  async function write(batch: PendingViews[]): Promise<number> {
    try {
      const counted = await deps.write(batch);
      flushes++;
      return counted;
    } catch (err) {
      // Counters are not worth retrying forever: the batch is dropped, and said so.
      deps.log.error({ err, rows: batch.length }, 'could not write a batch of article views');
      return 0;
    }
  }

  function flush(): Promise<number> {
    const batch = [...counts.values()];
    if (batch.length) counts = new Map();
    const done = writing.then(() => (batch.length ? write(batch) : 0));
    writing = done;
    return done;
  }

  return {
    record(idOrSlug, at) {
      const hour = Math.floor(at / HOUR);
      const key = `${hour}:${idOrSlug}`;
      const counter = counts.get(key);
      if (counter) {
        counter.count++;
        counter.lastAt = at;
      } else {
        counts.set(key, { idOrSlug, hour, count: 1, lastAt: at });
      }
      if (counts.size >= maxPending) void flush();
    },
    flush,
    get pending() {
      return counts.size;
    },
    get flushes() {
      return flushes;
    },
    start() {
      timer ??= setInterval(flush, flushIntervalMs).unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The in-memory view counters of the beacon; `app.views.flush()` writes them now. */
    views: ViewBuffer;
  }
}

/** Decorates the app with the view buffer, flushing on its interval and when the app closes. */
export default fp(async function viewBuffer(app: FastifyInstance, { ctx, rollupMs, ...options }: { ctx: AppContext } & ViewBufferOptions) {
  await registerRollup(app, ctx, rollupMs ?? ctx.config.KIOSQUE_VIEWS_ROLLUP_MS);
  const write = (views: PendingViews[]) => ctx.transaction((repos) => repos.views.addPending(views));
  const buffer = createViewBuffer({ write, log: app.log }, options);
  app.decorate('views', buffer);
  buffer.start();
  // preClose writes what was counted before the server stops accepting requests,
  // while the database is surely open: onClose hooks run last-added first, so one
  // that closes the database (server.ts) may run before ours. onClose then writes
  // what the requests still in flight counted.
  app.addHook('preClose', async () => {
    buffer.stop();
    await buffer.flush();
  });
  app.addHook('onClose', async () => {
    await buffer.flush();
  });
}, { name: 'views' });
