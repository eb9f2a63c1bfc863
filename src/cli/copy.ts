import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import type { Config } from '../config.js';
import { isPostgresUrl, type Database } from '../db/connection.js';
import { copyDatabase, type CopyProgress } from '../db/copy.js';
import { openMigrated, redactUrl } from '../server.js';
import { copyUsage } from './usages.js';

type Out = (line: string) => void;

const perSecond = (rows: number, ms: number) => Math.round(rows / Math.max(ms, 1) * 1000);

/** A progress bar per table with counts and rate on a terminal; a line per table always. */
function progress(out: Out, bar: boolean): CopyProgress {
  const line = new SingleBar({ format: '{table} {bar} {value}/{total} rows | {rate} rows/s', hideCursor: true, clearOnComplete: true });
  let started = 0;
  let table = '';
  return {
    start(name, total) {
      [table, started] = [name, performance.now()];
      if (bar) line.start(total, 0, { table, rate: 0 });
    },
    update(done) {
      if (bar) line.update(done, { table, rate: perSecond(done, performance.now() - started) });
    },
    end(name, rows, ms) {
      if (bar) line.stop();
      out(`  ${name}: ${rows} rows in ${(ms / 1000).toFixed(1)} s (${perSecond(rows, ms)} rows/s)`);
    },
  };
}

/** A SQLite file's path, null for PostgreSQL. */
const fileOf = (url: string) => (isPostgresUrl(url) ? null : resolve(url.replace(/^file:/, '')));

/** `kiosque copy --from <url> --to <url>`; returns the exit code. */
export async function copyCommand(config: Config, args: string[], out: Out, showProgress = process.stderr.isTTY === true): Promise<number> {
  const { values } = parseArgs({
    args, options: { from: { type: 'string' }, to: { type: 'string' }, force: { type: 'boolean', default: false }, batch: { type: 'string', default: '1000' } },
  });
  const batch = Number(values.batch);
  if (!values.from || !values.to || !Number.isInteger(batch) || batch < 1) {
    out(copyUsage);
    return 2;
  }
  if ((fileOf(values.from) ?? values.from) === (fileOf(values.to) ?? values.to)) {
    out('--from and --to name the same database');
    return 2;
  }
  // Opening a SQLite file that is not there would make an empty one, and copy nothing.
  const file = fileOf(values.from);
  if (file !== null && !existsSync(file)) {
    out(`${values.from}: no such file`);
    return 1;
  }
  const open = (url: string) => openMigrated({ ...config, DATABASE_URL: url });
  const source = await open(values.from);
  let target: Database;
  try {
    target = await open(values.to);
  } catch (error) {
    await source.close();
    throw error;
  }
  try {
    return await copy(source, target, { from: values.from, to: values.to, batch, force: values.force! }, out, showProgress);
  } finally {
    await Promise.all([source.close(), target.close()]);
  }
}

async function copy(source: Database, target: Database, args: { from: string; to: string; batch: number; force: boolean }, out: Out, bar: boolean) {
  const started = performance.now();
  let result;
  try {
    result = await copyDatabase(source, target, { batch: args.batch, force: args.force, progress: progress(out, bar) });
  } catch (error) {
    out(`copy failed: ${(error as Error).message}; the target is partly written: run the copy again with --force`);
    return 1;
  }
  if ('refused' in result) {
    out(`${redactUrl(args.to)} is not empty (${Object.entries(result.refused).map(([t, n]) => `${t}: ${n}`).join(', ')}); --force empties it first`);
    return 1;
  }
  const rows = result.tables.reduce((n, t) => n + t.source, 0);
  const ms = performance.now() - started;
  out(`search index rebuilt: ${result.indexed} articles in ${(result.indexMs / 1000).toFixed(1)} s`);
  out(`${rows} rows of ${result.tables.length} tables in ${(ms / 1000).toFixed(1)} s (${perSecond(rows, ms)} rows/s)`);
  const differ = result.tables.filter((t) => t.source !== t.target);
  for (const t of differ) out(`counts differ: ${t.name} has ${t.source} rows in the source, ${t.target} in the target`);
  if (differ.length) return 1;
  out('counts verified: every table has as many rows in the target as in the source');
  return 0;
}
