// The benchmark: Kiosque's scenarios (bench/scenarios.ts) and their ceilings,
// each server in its own process, the load driven by wrk (bench/wrk.ts, one
// thread). Each scenario's requests are first sent one at a time, unmeasured,
// and Kiosque's answers recorded (bench/record.ts), then its load runs for a
// second on each server, unmeasured too. Every run of a scenario
// follows a run of the {hello} ceiling and one of the same loads on the
// same-bytes ceiling (bare Fastify answering those recorded bytes,
// bench/ceiling.ts), so each ratio compares measurements taken under the same
// conditions; the table shows medians over `--runs`, with the servers' CPU
// time per request (from /proc, the workers' included). A run during which
// other processes used more than `--busy` % of a core is retried, then
// refused (or, with --allow-busy, kept at once and marked). Also measured:
// cold start to the first 200. Writes JSON (with the commit) to
// bench/results/, and compares with an earlier file.
// Usage: npm run bench -- --db /tmp/kiosque-100k.db|postgres://… [--duration 10] [--connections 50] [--runs 3]
//        [--workers N|auto] [--only search (a name's part, or a whole name: that row alone)] [--busy 25] [--allow-busy] [--compare bench/results/x.json]
//        [--port 3995] [--import-posts 100000] [--profile dir (a V8 CPU profile of each Kiosque server, written there when it stops)]
// The servers listen on --port and the six ports after it (those the scenarios run need).
// The import row (bench/import.ts) runs last, unless --only leaves it out or --import-posts is 0.
// The beacon, mixed and edits scenarios write to the database given.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import { isPostgresUrl } from '../src/db/connection.js';
import { databaseCpu, machineBusy, median, selfCpu, startServer, type Server } from './measure.js';
import { FailedAnswer, prime, warmUpAndRecord } from './record.js';
import { scenarios, type Context, type Load, type Scenario, type Target } from './scenarios.js';
import { checkWrk, wrk } from './wrk.js';
import { importBench, importTable } from './import.js';
import { table, type Row, type Sample } from './table.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' }, duration: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' },
    runs: { type: 'string', default: '3' }, only: { type: 'string' }, busy: { type: 'string', default: '25' },
    'allow-busy': { type: 'boolean', default: false }, compare: { type: 'string' }, port: { type: 'string', default: '3995' },
    'import-posts': { type: 'string', default: '100000' }, workers: { type: 'string' }, profile: { type: 'string' },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const runs = Number(values.runs);
const busyLimit = Number(values.busy);
const port = Number(values.port);
const workers = values.workers === 'auto' ? availableParallelism() : values.workers ? Number(values.workers) : undefined;
checkWrk();

/** One wrk run (plus its background load), with the server's CPU (and PostgreSQL's for it) and the rest of the machine's. */
async function sample(server: Server, load: Load, during?: Load): Promise<Sample> {
  const db = server === ceiling ? null : database;
  const before = { server: server.cpu(), machine: machineBusy(), self: selfCpu(), db: await db?.cpu() };
  const started = performance.now();
  const [r, d] = await Promise.all([wrk(server.url, load, duration, connections), during ? wrk(server.url, during, duration, connections) : null]);
  const seconds = (performance.now() - started) / 1000;
  const used = {
    server: server.cpu() - before.server, machine: machineBusy() - before.machine, self: selfCpu() - before.self,
    db: db ? db.used(before.db!, await db.cpu()) : 0,
  };
  const fivexx = Object.entries(r.statuses).filter(([code]) => code.startsWith('5')).reduce((n, [, count]) => n + count, 0);
  const ms = (us: number) => Math.round(us / 100) / 10;
  // CPU time for each request answered, the background load's included.
  const perRequest = (cpu: number) => Math.round((cpu * 1e6) / Math.max(1, r.requests + (d?.requests ?? 0)));
  return {
    rps: Math.round(r.requests / (r.durationUs / 1e6)), p50: ms(r.p50), p99: ms(r.p99), p999: ms(r.p999),
    statuses: r.statuses, errors: r.errors.connect + r.errors.read + r.errors.write + r.errors.timeout + fivexx,
    cpu: Math.round((used.server / seconds) * 100), us: perRequest(used.server), dbUs: db ? perRequest(used.db) : null,
    // Everything else that ran meanwhile: other processes, and our own idle servers (next to nothing).
    others: Math.max(0, Math.round(((used.machine - used.server - used.self - used.db) / seconds) * 100)),
    during: d ? Math.round(d.requests / (d.durationUs / 1e6)) : null,
    ifMatchMissed: r.ifMatchMissed,
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

// The password of a postgres:// URL stays out of what is printed and written.
const dbName = values.db ? values.db.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@') : 'demo';
const db = values.db ?? join(mkdtempSync(join(tmpdir(), 'kiosque-bench-')), 'bench.db');
const adminKey = randomBytes(24).toString('base64url');
// Limits high enough never to trip, so their cost is measured but not their refusals (one client, one address).
const env = {
  DATABASE_URL: isPostgresUrl(db) ? db : `file:${db}`, KIOSQUE_ADMIN_KEY: adminKey,
  KIOSQUE_RATE_LIMIT_ANONYMOUS: '100000000', KIOSQUE_RATE_LIMIT_KEY: '100000000',
  // Kiosque's memory settings as `npm start` and the Dockerfile run it, so that peak RSS is production's.
  NODE_OPTIONS: '--max-semi-space-size=8', MALLOC_ARENA_MAX: '2',
};
// Node takes --cpu-prof on its command line only (not in NODE_OPTIONS).
const profile = values.profile ? ['--cpu-prof', `--cpu-prof-dir=${values.profile}`] : [];
// Kiosque as `npm start` runs it: bin/kiosque.js and the bundle, built first from the sources as they are
// (through tsx, whatever state an earlier bundle is in), so the start and the request path measured are those users run.
execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'bundle'], { stdio: ['ignore', 'ignore', 'inherit'] });
const serve = (count?: number) => [...profile, 'bin/kiosque.js', 'serve', ...(count ? ['--workers', String(count)] : [])];
/** How each server is started: its port (after --port), its workers and its environment. */
const how: Record<Target, { port: number; workers?: number; env: Record<string, string> }> = {
  cached: { port: 1, workers, env: { KIOSQUE_SEED: values.db ? 'none' : 'demo' } },
  uncached: { port: 2, workers, env: { KIOSQUE_SEED: 'none', KIOSQUE_CACHE_MB: '0' } },
  norevisions: { port: 3, workers, env: { KIOSQUE_SEED: 'none', KIOSQUE_REVISIONS_KEEP: '0' } },
  one: { port: 4, workers: 1, env: { KIOSQUE_SEED: 'none' } },
  two: { port: 5, workers: 2, env: { KIOSQUE_SEED: 'none' } },
};
const started = new Map<Target, Promise<Server>>();
const server = (target: Target) => started.get(target) ?? started.set(target, startServer(
  serve(how[target].workers), port + how[target].port, '/healthz', { ...env, ...how[target].env },
)).get(target)!;
const ceiling = await startServer(['bench/ceiling.ts'], port, '/hello');
// On PostgreSQL, its backends' CPU is the server's too: counted apart, and not as other processes'.
const database = isPostgresUrl(db) ? await databaseCpu(db) : null;
const hello: Load = { requests: [{ path: '/hello' }] };

async function measure(scenario: Scenario, context: Context): Promise<Row> {
  const { name, on, against } = scenario;
  // `alone` is the same server without the `during` load; any other `against` is a server of its own.
  const elsewhere = against === 'alone' ? undefined : against;
  const [kiosque, other] = [await server(on), elsewhere ? await server(elsewhere) : null];
  const loads = [scenario.load(context), scenario.during?.(context)] as const;
  await prime(ceiling.url, await warmUpAndRecord(kiosque.url, loads.filter((l) => l !== undefined), how[on].workers ?? 1));
  if (other) await warmUpAndRecord(other.url, loads.filter((l) => l !== undefined), how[elsewhere!].workers ?? 1);
  // Then a second of the load on each server, unmeasured: the first thousands of requests run colder
  // code (V8 compiles the hot paths as they run), in every worker.
  for (const s of [ceiling, other, kiosque]) if (s) await wrk(s.url, loads[0], 1, connections);
  const pairs: Row['runs'] = [];
  for (let i = 0; i < runs; i++) {
    const top = await quietSample(() => sample(ceiling, hello));
    const same = await quietSample(() => sample(ceiling, ...loads));
    const compared = against === 'alone' ? await quietSample(() => sample(kiosque, loads[0])) : other ? await quietSample(() => sample(other, ...loads)) : null;
    kiosque.resetPeak();
    const run = await quietSample(() => sample(kiosque, ...loads));
    pairs.push({ hello: top, sameBytes: same, against: compared, ...run, peakRssMb: Math.round(kiosque.peakRss()) });
  }
  const of = (k: 'rps' | 'p50' | 'p99' | 'p999' | 'cpu' | 'us') => median(pairs.map((p) => p[k]));
  const middle = pairs.find((p) => p.rps === of('rps'))!;
  const row: Row = {
    name, on, rps: of('rps'), sameBytes: median(pairs.map((p) => p.sameBytes.rps)), ratio: median(pairs.map((p) => p.rps / p.sameBytes.rps)),
    hello: median(pairs.map((p) => p.hello.rps)), helloRatio: median(pairs.map((p) => p.rps / p.hello.rps)),
    us: of('us'), dbUs: database ? median(pairs.map((p) => p.dbUs!)) : null, sameBytesUs: median(pairs.map((p) => p.sameBytes.us)), cpuRatio: median(pairs.map((p) => p.us / Math.max(1, p.sameBytes.us))),
    against: against ? {
      on: against, rps: median(pairs.map((p) => p.against!.rps)), ratio: median(pairs.map((p) => p.rps / p.against!.rps)), us: median(pairs.map((p) => p.against!.us)),
    } : null,
    during: middle.during, p50: of('p50'), p99: of('p99'), p999: of('p999'), statuses: middle.statuses,
    errors: Math.max(...pairs.map((p) => p.errors)), ifMatchMissed: Math.max(...pairs.map((p) => p.ifMatchMissed)), cpu: of('cpu'),
    peakRssMb: Math.max(...pairs.map((p) => p.peakRssMb)),
    others: Math.max(...pairs.map((p) => Math.max(p.others, p.hello.others, p.sameBytes.others, p.against?.others ?? 0))),
    busy: pairs.some((p) => p.busy || !quietOr(p.hello) || !quietOr(p.sameBytes) || (p.against !== null && !quietOr(p.against))), runs: pairs,
  };
  const vs = row.against ? `; ${row.against.ratio.toFixed(2)}× ${against}` : '';
  console.error(`${name}: ${row.rps} req/s (${row.ratio.toFixed(2)} of the same bytes, ${row.helloRatio.toFixed(2)} of {hello}${vs}),`
    + ` ${row.us} µs CPU a request (same bytes ${row.sameBytesUs}), p99 ${row.p99} ms${row.busy ? ', BUSY' : ''}`);
  return row;
}

/** Median time from spawning a server on the database (as `npm start` would) to its first 200 (GET /v1/articles?limit=1). */
async function coldStart() {
  const samples: { ms: number; rssMb: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const s = await startServer(serve(workers), port + 6, '/v1/articles?limit=1', { ...env, KIOSQUE_SEED: 'none' });
    samples.push({ ms: s.startMs, rssMb: s.peakRss() });
    await s.stop();
  }
  return { ms: median(samples.map((s) => s.ms)), rssMb: median(samples.map((s) => s.rssMb)) };
}

try {
  const base = (await server('cached')).url;
  const articles = ((await (await fetch(`${base}/v1/articles?limit=100`)).json()) as { data: { id: string; slug: string }[] }).data;
  const newest = articles[0];
  const etag = (await fetch(`${base}/v1/articles/${newest.slug}`)).headers.get('etag')!;
  const editor = { authorization: `Bearer ${adminKey}` };
  const bodies = await Promise.all(articles.slice(1).map(async ({ id }) => ({
    id, body: ((await (await fetch(`${base}/v1/articles/${id}?format=markdown`, { headers: editor })).json()) as { body: { markdown: string } }).body.markdown,
  })));
  const context: Context = { newest, etag, articles: articles.slice(1), bodies, adminKey };
  const cold = !values.only || 'cold start'.includes(values.only) ? await coldStart() : null;
  // A scenario's whole name selects it alone ("article by slug", not its uncached row too).
  const exact = scenarios().filter((s) => s.name === values.only);
  const selected = exact.length ? exact : scenarios().filter((s) => !values.only || s.name.includes(values.only));
  // Every server is started before any load: the ports are in Linux's ephemeral range, where one of
  // wrk's connections could otherwise be holding a server's port as its own.
  for (const s of selected) await Promise.all([server(s.on), s.against && s.against !== 'alone' && server(s.against)]);
  const rows: Row[] = [];
  const refused: { name: string; reason: string }[] = [];
  for (const scenario of selected) {
    try {
      rows.push(await measure(scenario, context));
    } catch (error) {
      if (!(error instanceof FailedAnswer)) throw error;
      console.error(`${scenario.name}: ${error.message}`);
      refused.push({ name: scenario.name, reason: error.message });
    }
  }
  const before = values.compare ? JSON.parse(readFileSync(values.compare, 'utf8')) : undefined;
  const setting = `${values.db ? dbName : 'demo newsroom'}${workers ? `, serve --workers ${workers}` : ''}`;
  console.log(`\n${table(rows, cold, { connections, duration, runs, setting }, before)}\n`);
  const importPosts = Number(values['import-posts']);
  const imported = importPosts > 0 && (!values.only || 'import'.includes(values.only)) ? await importBench(importPosts, { built: true }) : null;
  if (imported) console.log(`${importTable(imported)}\n`);
  const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  mkdirSync('bench/results', { recursive: true });
  const file = `bench/results/${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  writeFileSync(file, JSON.stringify({
    date: new Date().toISOString(), commit, client: 'wrk', db: dbName, workers: workers ?? null, connections, duration, runs, busyLimit,
    coldStart: cold, rows, refused, import: imported,
  }, null, 2));
  console.log(`results: ${file}`);
} finally {
  const servers = (await Promise.allSettled(started.values())).flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  await Promise.all([ceiling, ...servers].map((s) => s.stop()));
  await database?.close();
}
