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

/** The log's length, in pages, past which a write waits for a checkpoint of all of it: four times SQLite's own threshold (16 MB in 4 KB pages). */
export const MAX_LOG_FRAMES = 4000;

/**
 * How long a write waits for that checkpoint at most: past it (a slow disk), the write goes on, and the log
 * starts over at a later one. The same bound as a wait for another process's write lock.
 */
export const MAX_WAIT_MS = 1000;

/** What a checkpoint did: frames in the log, and how many are now in the database file. */
export interface Checkpoint { busy: number; log: number; checkpointed: number }

export interface Checkpoints {
  /** Says that a write committed: a checkpoint follows within `delayMs`, one at a time. */
  wrote(): void;
  /**
   * To be awaited before a write transaction begins, with no other write in flight: null, or, when
   * the log has grown past `maxFrames`, a checkpoint of the whole log (after the one under way), so
   * that the write starts the log over; waited for `maxWaitMs` at most.
   */
  beforeWrite(): Promise<void> | null;
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
 *
 * SQLite starts the log over only when a write begins after a checkpoint has copied all of it. Its own
 * checkpoint runs inside the COMMIT, so the next write always does; the worker's runs beside the writes,
 * and under steady writes (an editor saving, an API client importing) one always commits while it copies:
 * the log grew by every write, without end (156 MB after 1,200 article edits). So when a checkpoint finds
 * the log longer than `maxFrames`, the next write first waits for one more, which no write can overtake:
 * what it costs is one checkpoint's wait now and then, on a promise, never the event loop's.
 */
export function startCheckpoints(path: string, options: { delayMs?: number; maxFrames?: number; maxWaitMs?: number; off: () => void; fallback: () => void }): Checkpoints {
  const { delayMs = 200, maxFrames = MAX_LOG_FRAMES, maxWaitMs = MAX_WAIT_MS, off, fallback } = options;
  const require = createRequire(import.meta.url);
  const worker = new Worker(WORKER, { eval: true, workerData: { driver: require.resolve('better-sqlite3'), path } });
  worker.unref();
  off();
  const stats: Checkpoints['stats'] = { runs: 0, last: null, failure: null };
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  // The log's length as the last checkpoint found it, 0 once a write is known to start it over.
  let frames = 0;
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
    // A checkpoint that failed is not waited for again: writes go on as they would without it.
    frames = 'error' in outcome ? 0 : outcome.log;
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

  // The next checkpoint, after the one under way.
  const next = (): Promise<void> => {
    const after = (running ?? Promise.resolve()).then(run);
    running = after;
    void after.then(() => {
      if (running === after) running = null;
    });
    return after;
  };

  return {
    wrote() {
      if (failed || timer !== null) return;
      timer = setTimeout(next, delayMs);
      timer.unref();
    },
    beforeWrite() {
      if (failed || frames <= maxFrames) return null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
      const copied = next().then(() => {
        // Copied whole with no write since (unless it failed): the write about to begin starts the log over.
        if (stats.last!.checkpointed === stats.last!.log) frames = 0;
      });
      let bound: NodeJS.Timeout | undefined;
      return Promise.race([copied, new Promise<void>((resolve) => { bound = setTimeout(resolve, maxWaitMs); })])
        .finally(() => clearTimeout(bound));
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
