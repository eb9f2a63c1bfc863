import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { SingleBar } from 'cli-progress';
import type { Config } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { createRepositories, transactor } from '../db/repositories.js';
import { leanHeap } from '../lib/heap.js';
import { preparerPool } from '../modules/imports/bodies.js';
import { emptyTally, type Tally } from '../modules/imports/context.js';
import { createMediaStore } from '../modules/imports/repository.js';
import { runImport, type ExportSource, type ImportSummary, type PostReport } from '../modules/imports/run.js';
import { wordpressSource } from '../modules/imports/wordpress/reader.js';
import { ghostSource } from '../modules/imports/ghost/reader.js';
import { importUsage } from './usages.js';

type Out = (line: string) => void;

/** The young generation of the import's workers, in MB (V8's default let each hold about 30 MB more). */
const IMPORT_YOUNG_MB = 8;

/** Notes shown on the terminal; the rest goes to --report. */
const SHOWN = 20;

const tally = (t: Tally, dryRun: boolean) => (dryRun
  ? `${t.created} to create, ${t.updated} to update, ${t.unchanged} unchanged${t.matched ? `, ${t.matched} existing taken over` : ''}`
  : `${t.created} created, ${t.updated} updated, ${t.unchanged} unchanged${t.matched ? `, ${t.matched} existing taken over` : ''}${t.failed ? `, ${t.failed} failed` : ''}`);
const counts = (record: Record<string, number>) => Object.entries(record).map(([k, n]) => `${k} (${n})`).join(', ');

function printSummary(s: ImportSummary, out: Out) {
  out(`${s.dryRun ? 'Dry run (nothing written) of' : 'Imported'} ${s.source}`);
  out(`  posts: ${tally(s.posts, s.dryRun)}`);
  out(`  sections: ${tally(s.sections, s.dryRun)}; authors: ${tally(s.authors, s.dryRun)}; tags: ${tally(s.tags, s.dryRun)}`);
  if (Object.keys(s.skipped).length) out(`  skipped: ${counts(s.skipped)}`);
  if (Object.keys(s.unknown).length) out(`  unknown, skipped: ${counts(s.unknown)}`);
  if (Object.keys(s.notes).length) out(`  not carried over (posts): ${counts(s.notes)}`);
  const t = s.timings;
  out(`  time: ${[['first pass', t.scan], ['reading', t.read], ['preparing bodies', t.prepare], ['writing', t.write]]
    .map(([step, ms]) => `${step} ${(Number(ms) / 1000).toFixed(1)} s`).join(', ')}`);
}

/** A progress bar with counts and rate on a terminal; nothing elsewhere (logs, tests). */
function progressBar(enabled: boolean) {
  if (!enabled) return { start() {}, update() {}, stop() {} };
  const bar = new SingleBar({
    format: '{bar} {percentage}% | {value}/{total} posts | {rate} posts/s | {created} new, {updated} updated, {unchanged} unchanged, {failed} failed | ETA {eta_formatted}',
    hideCursor: true, etaBuffer: 20,
  });
  const started = performance.now();
  return {
    start: (total: number) => bar.start(total, 0, { rate: 0, ...emptyTally() }),
    update: (done: number, t: Tally) => bar.update(done, { rate: Math.round(done / ((performance.now() - started) / 1000)), ...t }),
    stop: () => bar.stop(),
  };
}

function source(kind: string, file: string, media: ReturnType<typeof createMediaStore>, values: Record<string, string | boolean | undefined>): ExportSource {
  const options = {
    siteUrl: values['site-url'] as string | undefined, lang: values.lang as string | undefined,
    defaultSection: (values['default-section'] as string | undefined) ?? 'Non classé', now: Date.now(),
  };
  return kind === 'wordpress' ? wordpressSource(file, media, options) : ghostSource(file, options);
}

/** `kiosque import wordpress|ghost <file>`; returns the exit code. */
export async function importCommand(config: Config, args: string[], out: Out, showProgress = process.stderr.isTTY === true): Promise<number> {
  const { values, positionals } = parseArgs({
    args, allowPositionals: true, options: {
      'dry-run': { type: 'boolean', default: false }, report: { type: 'string' }, 'site-url': { type: 'string' },
      lang: { type: 'string' }, 'default-section': { type: 'string' }, batch: { type: 'string', default: '200' }, json: { type: 'boolean', default: false },
    },
  });
  const [kind, file] = positionals;
  const batchSize = Number(values.batch);
  if ((kind !== 'wordpress' && kind !== 'ghost') || !file || !Number.isInteger(batchSize) || batchSize < 1) {
    out(importUsage);
    return 2;
  }
  if (!existsSync(file)) {
    out(`${file}: no such file`);
    return 1;
  }
  const db = openDatabase(config.DATABASE_URL, { pool: config.KIOSQUE_DB_POOL });
  const media = createMediaStore();
  const bar = progressBar(showProgress);
  const report: WriteStream | undefined = values.report ? createWriteStream(values.report) : undefined;
  let shown = 0;
  let progress = { done: 0, posts: emptyTally() };
  const onPost = (r: PostReport) => {
    report?.write(`${JSON.stringify(r)}\n`);
    if (shown++ < SHOWN) out(`  ${r.key} "${r.title}": ${[r.error, ...r.notes].filter(Boolean).join('; ')}`);
  };
  // Before the body workers start: their heaps are held to it too.
  leanHeap();
  let code: number;
  try {
    await db.migrate();
    const summary = await runImport({ repos: createRepositories(db.sql), transaction: transactor(db) }, source(kind, file, media, values), {
      dryRun: values['dry-run']!, batchSize, now: Date.now, publicUrl: config.PUBLIC_URL, onPost,
      // Bodies are converted and rendered on every core, each under the budget the API's renders have;
      // a small young generation: the workers run for the whole import, and memory must not follow its length.
      bodies: preparerPool({
        timeMs: config.KIOSQUE_RENDER_TIME_MS, memoryMb: config.KIOSQUE_RENDER_MEMORY_MB, youngMb: IMPORT_YOUNG_MB,
        threads: config.KIOSQUE_RENDER_THREADS ?? availableParallelism(),
      }, db.dialect.name === 'sqlite' && !values['dry-run']),
      onStart: (scan) => bar.start(scan.total),
      onProgress: (done, posts) => {
        progress = { done, posts };
        bar.update(done, posts);
      },
    });
    bar.stop();
    if (shown > SHOWN) out(`  … and ${shown - SHOWN} more${report ? ` in ${values.report}` : ' (--report <file> lists them all)'}`);
    if (values.json) out(JSON.stringify(summary));
    else printSummary(summary, out);
    code = summary.posts.failed ? 1 : 0;
  } catch (error) {
    bar.stop();
    out(`error: ${(error as Error).message}`);
    out(`before the error: ${progress.done} posts read, ${tally(progress.posts, values['dry-run']!)}`);
    code = 1;
  }
  if (report) await new Promise<void>((resolve) => report.end(resolve));
  media.close();
  await db.close();
  return code;
}
