// The benchmark: the bare-Fastify ceiling and Kiosque's scenarios (bench/scenarios.ts),
// each server in its own process, autocannon in this one. Each scenario is
// warmed up with 20 unmeasured requests, one at a time. Every run of a
// scenario is paired with a run of the ceiling just before it, so each ratio
// compares two measurements taken under the same conditions; the table shows
// medians over `--runs`. A run during which other processes used more than
// `--busy` % of a core is retried, then refused (or, with --allow-busy, kept
// at once and marked). Also measured: cold start to the first 200. Writes JSON
// (with the commit) to bench/results/, and compares with an earlier file.
// Usage: npm run bench -- --db /tmp/kiosque-100k.db [--duration 10] [--connections 50] [--runs 3]
//        [--only search] [--busy 25] [--allow-busy] [--compare bench/results/x.json] [--port 3995] [--import-posts 100000]
// The servers listen on --port and the four ports after it.
// The import row (bench/import.ts) runs last, unless --only leaves it out or --import-posts is 0.
// The beacon and mixed scenarios write to the database given.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import { machineBusy, median, selfCpu, startServer, type Server } from './measure.js';
import { scenarios, type Context, type Options, type Scenario, type Target } from './scenarios.js';
import { importBench, importTable } from './import.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' }, only: { type: 'string' }, busy: { type: 'string', default: '25' },
    'allow-busy': { type: 'boolean', default: false }, compare: { type: 'string' }, port: { type: 'string', default: '3995' },
    'import-posts': { type: 'string', default: '100000' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const runs = Number(values.runs);
const busyLimit = Number(values.busy);
const port = Number(values.port);
/** What each scenario's sixth element names, as the table says it. */
const bareNames: Partial<Record<Target, string>> = {
  ceiling: 'bare Fastify under the same loads (`bench/ceiling.ts`)',
  norevisions: 'the same loads with KIOSQUE_REVISIONS_KEEP=0 (no history kept)',
};

interface Sample { rps: number; p50: number; p99: number; p999: number; errors: number; non2xx: number; cpu: number; others: number }

/** One autocannon run (plus its background load), with the server's CPU and the rest of the machine's. */
async function sample(server: Server, load: Options, during?: Options): Promise<Sample> {
  const before = { server: server.cpu(), machine: machineBusy(), self: selfCpu() };
  const started = performance.now();
  const [r] = await Promise.all([
    autocannon({ connections, duration, ...load } as Parameters<typeof autocannon>[0]),
    during ? autocannon({ duration, ...during } as Parameters<typeof autocannon>[0]) : null,
  ]);
  const seconds = (performance.now() - started) / 1000;
  const used = { server: server.cpu() - before.server, machine: machineBusy() - before.machine, self: selfCpu() - before.self };
  const fivexx = Object.entries(r.statusCodeStats ?? {}).filter(([code]) => code.startsWith('5')).reduce((n, [, s]) => n + Number(s.count), 0);
  return {
    rps: Math.round(r.requests.average), p50: r.latency.p50, p99: r.latency.p99, p999: r.latency.p99_9 ?? r.latency.p99,
    errors: r.errors + r.timeouts + fivexx, non2xx: r.non2xx,
    cpu: Math.round((used.server / seconds) * 100),
    // Everything else that ran meanwhile: other processes, and our own idle servers (next to nothing).
    others: Math.max(0, Math.round(((used.machine - used.server - used.self) / seconds) * 100)),
  };
}

const quietOr = (s: Sample) => s.others <= busyLimit;

/** A sample taken when the machine was quiet enough: up to three tries, 15 s apart (one with --allow-busy). */
async function quietSample(run: () => Promise<Sample>): Promise<Sample & { busy: boolean }> {
  let s = await run();
  for (let i = 0; i < 2 && !quietOr(s) && !values['allow-busy']; i++) {
    console.error(`  busy machine (others used ${s.others}% of a core), retrying`);
    await new Promise((r) => setTimeout(r, 15_000));
    s = await run();
  }
  if (!quietOr(s) && !values['allow-busy']) {
    throw new Error(`refused: other processes used ${s.others}% of a core during the run (limit ${busyLimit}%); rerun when the machine is quiet, or pass --allow-busy`);
  }
  return { ...s, busy: !quietOr(s) };
}

/**
 * A scenario's requests, one at a time and unmeasured, before its runs. What it reads is brought back
 * into memory (this machine pages out memory left unused, the database's included) and the response
 * cache holds its answers, so the runs measure the steady state, not 50 connections waiting on the
 * disk for the same first answer.
 */
async function warmUp(load: Options) {
  const { overallRate: _rate, connections: _connections, ...one } = load;
  await autocannon({ ...one, connections: 1, amount: 20 } as Parameters<typeof autocannon>[0]);
}

async function measure(scenario: Scenario, ceiling: Server, server: Server, context: Context, servers: Record<Target, Server>) {
  const [name, , load, during, bare, bareTarget = 'ceiling'] = scenario;
  await warmUp(load(context));
  const pairs: { ceiling: Sample; bare: Sample | null; run: Sample & { busy: boolean }; peak: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const top = await quietSample(() => sample(ceiling, { url: `${ceiling.url}/ceiling` }));
    const same = bare ? await quietSample(() => sample(servers[bareTarget], ...bare(context))) : null;
    server.resetPeak();
    const run = await quietSample(() => sample(server, load(context), during?.(context)));
    pairs.push({ ceiling: top, bare: same, run, peak: server.peakRss() });
  }
  const of = (k: keyof Sample) => median(pairs.map((p) => p.run[k]));
  const row = {
    name, rps: of('rps'), ceiling: median(pairs.map((p) => p.ceiling.rps)),
    ratio: median(pairs.map((p) => p.run.rps / p.ceiling.rps)),
    // The same loads on the bare server, when the scenario has them: what Fastify alone does under these conditions.
    bare: bare ? { on: bareTarget, rps: median(pairs.map((p) => p.bare!.rps)), ratio: median(pairs.map((p) => p.run.rps / p.bare!.rps)) } : null,
    p50: of('p50'), p99: of('p99'), p999: of('p999'), errors: Math.max(...pairs.map((p) => p.run.errors)),
    non2xx: Math.max(...pairs.map((p) => p.run.non2xx)), cpu: of('cpu'), peakRssMb: Math.round(Math.max(...pairs.map((p) => p.peak))),
    others: Math.max(...pairs.map((p) => Math.max(p.run.others, p.ceiling.others))), busy: pairs.some((p) => p.run.busy || !quietOr(p.ceiling)),
    runs: pairs.map((p) => ({ ceiling: p.ceiling, bare: p.bare, ...p.run, peakRssMb: Math.round(p.peak) })),
  };
  const same = row.bare ? `; ${bareNames[bareTarget]} ${row.bare.rps} req/s (${row.bare.ratio.toFixed(2)} of it)` : '';
  console.error(`${name}: ${row.rps} req/s (${row.ratio.toFixed(2)} of the ceiling${same}), p99 ${row.p99} ms${row.busy ? ', BUSY' : ''}`);
  return row;
}

type Row = Awaited<ReturnType<typeof measure>>;

function table(rows: Row[], coldStart: { ms: number; rssMb: number } | null, before?: { rows: Row[] }) {
  const was = (r: Row) => before?.rows.find((b) => b.name === r.name);
  const delta = (r: Row) => (was(r) ? ` (${was(r)!.ratio.toFixed(2)})` : '');
  return [
    `${connections} connections (unless said), ${duration} s a run, median of ${runs} runs, each ratio against the ceiling run just before it;`
      + ` ${values.db ?? 'demo newsroom'}${before ? '; in brackets: the ratio in the compared file' : ''}`,
    '',
    '| scenario | req/s | ceiling req/s | vs ceiling | p50 ms | p99 ms | p99.9 ms | errors | non-2xx | server CPU % | peak RSS MB | others CPU % |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name}${r.busy ? ' (busy)' : ''} | ${r.rps} | ${r.ceiling} | ${r.ratio.toFixed(2)}${delta(r)} | ${r.p50} | ${r.p99} | ${r.p999} | ${r.errors} | ${r.non2xx} | ${r.cpu} | ${r.peakRssMb} | ${r.others} |`),
    '',
    ...rows.filter((r) => r.bare).map((r) => `${r.name}: ${bareNames[r.bare!.on]} answers ${r.bare!.rps} req/s;`
      + ` Kiosque ${r.ratio.toFixed(2)} of the ceiling, ${r.bare!.ratio.toFixed(2)} of that.`),
    '',
    coldStart ? `Cold start to the first 200 (median of ${runs}): ${Math.round(coldStart.ms)} ms, ${Math.round(coldStart.rssMb)} MB resident then.` : '',
  ].join('\n');
}

/** Median time from spawning a server on the database (as `npm start` would) to its first 200 (GET /v1/articles?limit=1). */
async function coldStart(env: Record<string, string>) {
  const samples: { ms: number; rssMb: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const s = await startServer(['src/cli/main.ts', 'serve'], port + 1, '/v1/articles?limit=1', env);
    samples.push({ ms: s.startMs, rssMb: s.peakRss() });
    await s.stop();
  }
  return { ms: median(samples.map((s) => s.ms)), rssMb: median(samples.map((s) => s.rssMb)) };
}

const db = values.db ?? join(mkdtempSync(join(tmpdir(), 'kiosque-bench-')), 'bench.db');
const adminKey = randomBytes(24).toString('base64url');
// Limits high enough never to trip, so their cost is measured but not their refusals (one client, one address).
const env = {
  DATABASE_URL: `file:${db}`, KIOSQUE_ADMIN_KEY: adminKey,
  KIOSQUE_RATE_LIMIT_ANONYMOUS: '100000000', KIOSQUE_RATE_LIMIT_KEY: '100000000',
};
const ceiling = await startServer(['bench/ceiling.ts'], port + 4, '/ceiling');
const servers: Record<Target, Server> = {
  ceiling,
  cached: await startServer(['src/cli/main.ts', 'serve'], port + 3, '/healthz', { ...env, KIOSQUE_SEED: values.db ? 'none' : 'demo' }),
  uncached: await startServer(['src/cli/main.ts', 'serve'], port + 2, '/healthz', { ...env, KIOSQUE_SEED: 'none', KIOSQUE_CACHE_MB: '0' }),
  norevisions: await startServer(['src/cli/main.ts', 'serve'], port, '/healthz', { ...env, KIOSQUE_SEED: 'none', KIOSQUE_REVISIONS_KEEP: '0' }),
};
try {
  const k = servers.cached.url;
  const articles = ((await (await fetch(`${k}/v1/articles?limit=100`)).json()) as { data: { id: string; slug: string }[] }).data;
  const newest = articles[0];
  const etag = (await fetch(`${k}/v1/articles/${newest.slug}`)).headers.get('etag')!;
  const ceilingEtag = (await fetch(`${ceiling.url}/ceiling`)).headers.get('etag')!;
  const editor = { authorization: `Bearer ${adminKey}` };
  const bodies = await Promise.all(articles.slice(1).map(async ({ id }) => ({
    id, body: ((await (await fetch(`${k}/v1/articles/${id}?format=markdown`, { headers: editor })).json()) as { body: { markdown: string } }).body.markdown,
  })));
  const cold = !values.only || 'cold start'.includes(values.only) ? await coldStart(env) : null;
  const rows: Row[] = [];
  for (const scenario of scenarios()) {
    if (values.only && !scenario[0].includes(values.only)) continue;
    const server = servers[scenario[1]];
    const context = { url: server.url, ceilingUrl: ceiling.url, norevisionsUrl: servers.norevisions.url, ceilingEtag, newest, etag, articles: articles.slice(1), bodies, adminKey };
    rows.push(await measure(scenario, ceiling, server, context, servers));
  }
  const before = values.compare ? JSON.parse(readFileSync(values.compare, 'utf8')) : undefined;
  console.log(`\n${table(rows, cold, before)}\n`);
  const importPosts = Number(values['import-posts']);
  const imported = importPosts > 0 && (!values.only || 'import'.includes(values.only)) ? await importBench(importPosts) : null;
  if (imported) console.log(`${importTable(imported)}\n`);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), commit, db: values.db ?? 'demo', connections, duration, runs, busyLimit, coldStart: cold, rows, import: imported }, null, 2));
  console.log(`results: ${file}`);
} finally {
  await Promise.all(Object.values(servers).map((s) => s.stop()));
}
