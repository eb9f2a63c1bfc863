import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import type { Config } from './config.js';
import { openMigrated, seedIfAsked, StartupError } from './server.js';

/** The arguments of `serve`: `--workers N` (1 to 64, or `auto` for as many as the machine has cores), or nothing. */
export function workersOption(args: string[]): number | undefined {
  let value: string | undefined;
  try {
    value = parseArgs({ args, options: { workers: { type: 'string' } } }).values.workers;
  } catch (error) {
    throw new StartupError(`serve: ${(error as Error).message}`);
  }
  if (value === undefined) return undefined;
  const count = value === 'auto' ? availableParallelism() : Number(value);
  if (!Number.isInteger(count) || count < 1 || count > 64) throw new StartupError(`--workers must be auto or 1 to 64: got ${value}`);
  return count;
}

/** A worker that dies is started again after this long, so one that cannot start does not spin. */
const RESTART_MS = 1_000;

/**
 * `kiosque serve --workers N`: this process migrates the database and seeds it when asked, once, then
 * starts N worker processes that each run the server on the same port (Node's cluster hands them the
 * connections in turn). They share nothing but the database, as instances on several machines do: on
 * SQLite, one writer at a time and data_version; on PostgreSQL, its pool each and notifications. A worker
 * that dies is replaced; SIGTERM or SIGINT stops them all, each draining its requests, and this process
 * exits once they have.
 */
export async function startWorkers(config: Config, count: number, log: (line: string) => void = console.log) {
  const db = await openMigrated(config);
  try {
    const seeded = await seedIfAsked(db, config);
    if (seeded) log(`seeded the demo newsroom: ${JSON.stringify(seeded)}`);
  } finally {
    await db.close();
  }
  let stopping = false;
  const restarts = new Set<NodeJS.Timeout>();
  // The workers find the database migrated and seeded.
  const fork = () => cluster.fork({ KIOSQUE_SEED: 'none' });
  cluster.on('exit', (worker: Worker, code: number | null, signal: string | null) => {
    if (stopping) {
      if (Object.keys(cluster.workers!).length === 0) process.exit(0);
      return;
    }
    log(`worker ${worker.process.pid} exited (code ${code}, signal ${signal}): starting another`);
    const restart = setTimeout(() => {
      restarts.delete(restart);
      fork();
    }, RESTART_MS);
    restarts.add(restart);
  });
  const stop = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const restart of restarts) clearTimeout(restart);
    log(`${signal}: stopping the workers`);
    for (const worker of Object.values(cluster.workers!)) worker!.process.kill('SIGTERM');
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  for (let i = 0; i < count; i++) fork();
  log(`${count} workers on port ${config.PORT}`);
}
