import { storageFailure } from './storage-errors.js';

/**
 * Runs `work` every `intervalMs` (the next run is scheduled when one ends, so
 * runs never overlap), and on demand with `run()`, which waits for a run in
 * flight first. `stop()` waits for the run in flight.
 */
export function createPoller(work: () => unknown, intervalMs: number, onError: (err: unknown) => void) {
  // Settles when the last run queued has ended, whatever its outcome.
  let chain: Promise<unknown> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let stopped = true;

  const run = (): Promise<void> => {
    const result = chain.then(async () => {
      await work();
    });
    chain = result.catch(() => undefined);
    return result;
  };
  const loop = async () => {
    await run().catch(onError);
    if (!stopped) timer = setTimeout(loop, intervalMs).unref();
  };

  return {
    /** Runs once now (after any run in flight); rejects with that run's error. */
    run,
    start(): void {
      if (!stopped) return;
      stopped = false;
      timer = setTimeout(loop, intervalMs).unref();
    },
    async stop(): Promise<void> {
      stopped = true;
      clearTimeout(timer);
      await chain;
    },
  };
}

/**
 * How a background job reports a failed turn. Another process holding the
 * write lock (a CLI import, a second server) is expected: the turn is tried
 * again at the next one, so it is a warning. Anything else is an error.
 */
export function reportFailedTurn(log: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void }, what: string) {
  return (err: unknown): void => {
    if (storageFailure((err as { code?: unknown } | null)?.code)?.code === 'DATABASE_BUSY') {
      log.warn({ err }, `${what}: another process holds the database; trying again next turn`);
    } else {
      log.error({ err }, what);
    }
  };
}
