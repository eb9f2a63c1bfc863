import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The worker's code: its own connection to the database, which copies the write-ahead log into the
 * database file when asked (a PASSIVE checkpoint: it waits for no reader and no writer, and copies what
 * no reader still needs; a lock it would wait for is reported, and the next write asks again). Plain
 * CommonJS evaluated as it is: no file to find beside a bundle.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { timeout: 0 });
parentPort.on('message', () => {
  try {
    const [{ busy, log, checkpointed }] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ busy, log, checkpointed });
  } catch (error) {
    parentPort.postMessage({ error: error.message });
  }
});
`;

/** What a checkpoint did: frames in the log, and how many are now in the database file. */
export interface Checkpoint { busy: number; log: number; checkpointed: number }

export interface Checkpoints {
  /** Says that a write committed: a checkpoint follows within `delayMs`, one at a time. */
  wrote(): void;
  /** The checkpoints run, and the last one's outcome (tests, metrics). */
  readonly stats: { runs: number; last: Checkpoint | null; failure: string | null };
  /** Waits for the checkpoint under way, then stops the worker (`fallback` is called). */
  close(): Promise<void>;
}

/**
 * Checkpoints of a SQLite database in WAL mode off the main thread. SQLite's own (wal_autocheckpoint)
 * runs inside the COMMIT that takes the log past 1,000 pages, on the thread that commits: with
 * better-sqlite3 that is the event loop, and every ~30 article writes one COMMIT also copied 4 MB and
 * synced the database file, 5–7 ms in which no request of the process was answered. Here the connection
 * (`off`) turns its own off, and a worker thread's connection checkpoints after writes. Should the worker
 * fail, `fallback` puts SQLite's back, so the log never grows without bound.
 */
export function startCheckpoints(path: string, { delayMs = 200, off, fallback }: { delayMs?: number; off: () => void; fallback: () => void }): Checkpoints {
  const require = createRequire(import.meta.url);
  const worker = new Worker(WORKER, { eval: true, workerData: { driver: require.resolve('better-sqlite3'), path } });
  worker.unref();
  off();
  const stats: Checkpoints['stats'] = { runs: 0, last: null, failure: null };
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  // Settles the checkpoint under way: by the worker's answer, or by its end.
  const none = () => undefined;
  let answered: () => void = none;
  let failed = false;

  const fail = (message: string) => {
    if (failed) return;
    failed = true;
    stats.failure = message;
    fallback();
    answered();
  };
  worker.on('error', (error) => fail(error.message));
  worker.on('exit', (code) => fail(`the checkpoint worker exited (${code})`));
  worker.on('message', (outcome: Checkpoint | { error: string }) => {
    if ('error' in outcome) stats.failure = outcome.error;
    else stats.last = outcome;
    stats.runs++;
    answered();
  });

  const run = () => new Promise<void>((resolve) => {
    timer = null;
    if (failed) return resolve();
    answered = () => {
      answered = none;
      resolve();
    };
    worker.postMessage('checkpoint');
  });

  return {
    wrote() {
      if (failed || timer !== null) return;
      timer = setTimeout(() => {
        running = (running ?? Promise.resolve()).then(run).finally(() => { running = null; });
      }, delayMs);
      timer.unref();
    },
    stats,
    async close() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      await running;
      // SQLite's own checkpoints again, for whatever this connection still writes.
      fail('closed');
      await worker.terminate();
    },
  };
}
