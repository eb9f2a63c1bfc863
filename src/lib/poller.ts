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
