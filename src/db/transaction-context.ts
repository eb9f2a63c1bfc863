import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The open transaction of the current async context (the statements it
 * issues through the shared executor join it), enabled only while some
 * transaction is open. On Node 20 a storage that has run once keeps async
 * hooks installed for the life of the process: every promise and tick of
 * every request then paid for them (a tenth of a cached read's CPU). Disabled
 * when the last open transaction ends, it costs nothing between writes, and
 * work a transaction left running no longer counts as inside it.
 */
export function transactionContext<T>() {
  const storage = new AsyncLocalStorage<T>();
  let open = 0;
  return {
    getStore: (): T | undefined => storage.getStore(),
    async run<R>(store: T, work: () => Promise<R>): Promise<R> {
      open += 1;
      try {
        return await storage.run(store, work);
      } finally {
        open -= 1;
        if (open === 0) storage.disable();
      }
    },
  };
}
