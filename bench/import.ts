// The import benchmark: a generated WordPress export (bench/wxr.ts) of --posts posts,
// written to a temporary directory, imported by `kiosque import wordpress` in its own
// process into a new database, then imported again (nothing changed: every post is read,
// none written). Beside them, the ceiling of the same run: the same process reading the
// same file with the importer's XML reader and nothing else (`--dry-run` would convert
// bodies; this is the parse alone). The import runs as `kiosque import` does (bin/kiosque.js,
// on the bundle, rebuilt first: no TypeScript loader). Peak memory is its own (VmHWM, polled).
// Usage: npx tsx bench/import.ts [--posts 100000] [--batch 200] [--runs 2] [--keep]
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { childrenOf } from '../test/processes.js';
import { writeWxr } from './wxr.js';

export interface ImportRow { name: string; posts: number; seconds: number; postsPerSecond: number; cpuSeconds: number; mainCpuSeconds: number; peakRssMb: number; firstHalfPeakMb: number; timings?: Record<string, number> }

/** The issue's bound on an import's peak memory, whatever the export's size. */
const PEAK_TARGET_MB = 300;

const TICK = 100;

/** User and system seconds of a /proc stat line; with `children`, those of its children it has waited for too. */
const cpuOf = (stat: string, children = false) => {
  const fields = stat.split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12]) + (children ? Number(fields[13]) + Number(fields[14]) : 0)) / TICK;
};

const kb = (status: string, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)![1]);

/**
 * Runs a script (under tsx when it is TypeScript), polling its peak memory and reading its CPU
 * time, all threads and the main thread's alone, just before it exits. `kiosque import` runs
 * itself again in a child process (bin/kiosque.js): then the child's peak counts, plus what the
 * parent holds of its own (its anonymous memory: the node binary's pages they share), and the CPU
 * of both; the main thread is the child's.
 */
function measure(args: string[], env: Record<string, string>): Promise<{ seconds: number; cpu: number; mainCpu: number; peakMb: number; firstHalfPeakMb: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const loader = args[0].endsWith('.ts') ? ['--import', 'tsx'] : [];
    const child = spawn(process.execPath, [...loader, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    let peak = 0;
    let cpu = 0;
    let mainCpu = 0;
    // Whether the work was seen in a child: once it has exited, the parent's own figures are not the work's.
    let inChild = false;
    // Resident memory over time: a peak that keeps rising in the second half follows the export's length.
    const rss: [number, number][] = [];
    child.stdout.on('data', (d) => { stdout += d; });
    const poll = setInterval(() => {
      try {
        const pid = child.pid!;
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        const own = cpuOf(readFileSync(`/proc/${pid}/stat`, 'utf8'), true);
        const [relaunched] = childrenOf(pid);
        if (relaunched !== undefined) inChild = true;
        else if (inChild) {
          cpu = Math.max(cpu, own);
          return;
        }
        // The process doing the work, and what the command holds of its own beside it.
        const work = relaunched ?? pid;
        const workStatus = relaunched === undefined ? status : readFileSync(`/proc/${work}/status`, 'utf8');
        const parentMb = relaunched === undefined ? 0 : kb(status, 'RssAnon') / 1024;
        peak = Math.max(peak, kb(workStatus, 'VmHWM') / 1024 + parentMb);
        rss.push([performance.now(), kb(workStatus, 'VmRSS') / 1024 + parentMb]);
        cpu = Math.max(cpu, own + (relaunched === undefined ? 0 : cpuOf(readFileSync(`/proc/${work}/stat`, 'utf8'))));
        mainCpu = cpuOf(readFileSync(`/proc/${work}/task/${work}/stat`, 'utf8'));
      } catch { /* exited */ }
    }, 50);
    child.on('exit', (code) => {
      clearInterval(poll);
      const half = (started + performance.now()) / 2;
      const firstHalfPeakMb = Math.max(0, ...rss.filter(([at]) => at < half).map(([, mb]) => mb));
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}: ${stdout}`));
      else resolve({ seconds: (performance.now() - started) / 1000, cpu, mainCpu, peakMb: peak, firstHalfPeakMb, stdout });
    });
  });
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/**
 * Generates the export, then measures the parse ceiling, the import and the re-import,
 * `runs` times each (each import into a new database); the rows are the medians.
 * `built`: the bundle was just built from these sources (bench/run.ts builds it first).
 */
export async function importBench(posts: number, { batch = 200, keep = false, runs = 1, built = false } = {}): Promise<{ rows: ImportRow[]; exportMb: number; words: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-import-bench-'));
  try {
    const file = join(dir, 'export.xml');
    const generated = performance.now();
    const stats = await writeWxr(file, posts);
    const exportMb = statSync(file).size / 1e6;
    console.error(`export: ${posts} posts, ${stats.attachments} attachments, ${stats.words} words, ${exportMb.toFixed(0)} MB in ${((performance.now() - generated) / 1000).toFixed(0)} s (${file})`);
    const measured = new Map<string, { r: Awaited<ReturnType<typeof measure>>; timings?: Record<string, number> }[]>();
    const row = (name: string, r: Awaited<ReturnType<typeof measure>>, timings?: Record<string, number>) => {
      measured.set(name, [...measured.get(name) ?? [], { r, timings }]);
      console.error(`${name}: ${Math.round(posts / r.seconds)} posts/s, ${r.seconds.toFixed(1)} s, CPU ${r.cpu.toFixed(1)} s (main thread ${r.mainCpu.toFixed(1)} s), peak ${Math.round(r.peakMb)} MB (first half ${Math.round(r.firstHalfPeakMb)} MB), load ${loadavg()[0].toFixed(1)}`);
    };
    // The import is measured as users run it, through bin/kiosque.js and the bundle: built first from the sources as they are.
    if (!built) await measure(['src/cli/main.ts', 'bundle'], {});
    for (let run = 1; run <= runs; run++) {
      const env = { DATABASE_URL: `file:${join(dir, `import-${run}.db`)}`, KIOSQUE_SEED: 'none' };
      const args = ['bin/kiosque.js', 'import', 'wordpress', file, '--json', '--batch', String(batch)];
      row('ceiling: read and parse the export (WXR reader alone)', await measure(['bench/read-wxr.ts', file], env));
      const first = await measure(args, env);
      row('import (new database)', first, JSON.parse(first.stdout.trim().split('\n').at(-1)!).timings);
      const again = await measure(args, env);
      row('import again (nothing changed)', again, JSON.parse(again.stdout.trim().split('\n').at(-1)!).timings);
    }
    const rows = [...measured].map(([name, all]): ImportRow => {
      const seconds = median(all.map((m) => m.r.seconds));
      const timings = all[0].timings && Object.fromEntries(Object.keys(all[0].timings).map((k) => [k, median(all.map((m) => m.timings![k]))]));
      return { name, posts, seconds: Math.round(seconds * 10) / 10, postsPerSecond: Math.round(posts / seconds), cpuSeconds: median(all.map((m) => m.r.cpu)), mainCpuSeconds: median(all.map((m) => m.r.mainCpu)), peakRssMb: Math.round(median(all.map((m) => m.r.peakMb))), firstHalfPeakMb: Math.round(median(all.map((m) => m.r.firstHalfPeakMb))), timings };
    });
    return { rows, exportMb, words: stats.words };
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
}

export function importTable(result: Awaited<ReturnType<typeof importBench>>): string {
  const ceiling = result.rows[0].postsPerSecond;
  return [
    `Import of a generated WordPress export: ${result.rows[0].posts} posts, ${result.words} words, ${result.exportMb.toFixed(0)} MB; ratio: posts/s against reading the file alone`,
    '',
    '| scenario | posts/s | vs reading | seconds | CPU s | CPU s / 1,000 posts (main thread) | peak RSS MB | first pass / read / prepare bodies / write s |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...result.rows.map((r) => `| ${r.name} | ${r.postsPerSecond} | ${(r.postsPerSecond / ceiling).toFixed(2)} | ${r.seconds} | ${r.cpuSeconds.toFixed(1)} | ${(r.cpuSeconds * 1000 / r.posts).toFixed(2)} (${(r.mainCpuSeconds * 1000 / r.posts).toFixed(2)}) | ${r.peakRssMb} | ${r.timings ? Object.values(r.timings).map((ms) => (ms / 1000).toFixed(1)).join(' / ') : ''} |`),
    '',
    ...result.rows.filter((r) => r.timings).map((r) => `${r.name}: peak ${r.peakRssMb} MB, ${r.peakRssMb < PEAK_TARGET_MB ? 'under' : 'OVER'} the ${PEAK_TARGET_MB} MB target; `
      + `resident memory at most ${r.firstHalfPeakMb} MB in the run's first half, ${r.peakRssMb} MB overall`),
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { posts: { type: 'string', default: '100000' }, batch: { type: 'string', default: '200' }, keep: { type: 'boolean', default: false }, runs: { type: 'string', default: '2' } } });
  console.log(importTable(await importBench(Number(values.posts), { batch: Number(values.batch), keep: values.keep, runs: Number(values.runs) })));
}
