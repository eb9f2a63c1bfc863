// The benchmark's table (Markdown, as the README shows it) and the shapes of
// its rows, as bench/results/*.json keeps them.
import type { Target } from './scenarios.js';

export interface Sample {
  rps: number;
  /** Latency percentiles, in ms. */
  p50: number; p99: number; p999: number;
  statuses: Record<string, number>;
  /** Transport errors, timeouts and 5xx answers. */
  errors: number;
  /** The server's CPU, in % of a core. */
  cpu: number;
  /** The server's CPU time for each request it answered, in µs. */
  us: number;
  /** PostgreSQL's, when the database is there. */
  dbUs: number | null;
  /** CPU other processes used meanwhile, in % of a core. */
  others: number;
  /** The rate of the background load, when there is one. */
  during: number | null;
  ifMatchMissed: number;
}

type Run = Sample & { busy: boolean; hello: Sample; sameBytes: Sample; against: Sample | null; peakRssMb: number };

export interface Row {
  name: string;
  on: Target;
  rps: number;
  /** The same loads on bare Fastify answering the bytes Kiosque sent (bench/ceiling.ts), and the ratio to it. */
  sameBytes: number;
  ratio: number;
  /** Bare Fastify's {"hello":"world"} at --connections, and the ratio to it. */
  hello: number;
  helloRatio: number;
  /** Server CPU µs a request, Kiosque's and the same-bytes ceiling's, and their ratio. */
  us: number;
  dbUs: number | null;
  sameBytesUs: number;
  cpuRatio: number;
  /** The same loads on another Kiosque (`against` in bench/scenarios.ts). */
  against: { on: Target | 'alone'; rps: number; ratio: number; us: number } | null;
  during: number | null;
  p50: number; p99: number; p999: number;
  statuses: Record<string, number>;
  errors: number;
  ifMatchMissed: number;
  cpu: number;
  peakRssMb: number;
  others: number;
  busy: boolean;
  runs: Run[];
}

/** What each `against` server is, as the lines under the table say it. */
const againstNames: Partial<Record<Target | 'alone', string>> = {
  alone: 'the same reads without the writes',
  norevisions: 'the same loads with KIOSQUE_REVISIONS_KEEP=0 (no history kept)',
  one: 'the same loads on one worker (serve --workers 1)',
};

const statuses = (s: Record<string, number>) => Object.entries(s).map(([code, n]) => `${code}: ${n}`).join(', ');

interface Setting { connections: number; duration: number; runs: number; setting: string }

export function table(rows: Row[], coldStart: { ms: number; rssMb: number } | null, s: Setting, before?: { client?: string; rows: Row[] }) {
  const was = (r: Row) => before?.rows.find((b) => b.name === r.name);
  const delta = (r: Row) => (was(r) ? ` (${was(r)!.ratio.toFixed(2)})` : '');
  const compared = before ? `; in brackets: the ratio in the compared file${before.client === 'wrk' ? '' : ' (measured with autocannon against the old ceiling: not comparable)'}` : '';
  return [
    `wrk, 1 thread, ${s.connections} connections (unless said), ${s.duration} s a run, median of ${s.runs} runs,`
      + ` each ratio against the ceilings run just before it; ${s.setting}${compared}`,
    '',
    '| scenario | req/s | same bytes req/s | vs same bytes | {hello} req/s | vs {hello} | CPU µs/req | PostgreSQL CPU µs/req | same bytes CPU µs/req | CPU vs same bytes | p50 ms | p99 ms | p99.9 ms | statuses | errors | server CPU % | peak RSS MB | others CPU % |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => `| ${r.name}${r.busy ? ' (busy)' : ''} | ${r.rps} | ${r.sameBytes} | ${r.ratio.toFixed(2)}${delta(r)} | ${r.hello} | ${r.helloRatio.toFixed(2)}`
      + ` | ${r.us} | ${r.dbUs ?? '–'} | ${r.sameBytesUs} | ${r.cpuRatio.toFixed(2)} | ${r.p50} | ${r.p99} | ${r.p999} | ${statuses(r.statuses)} | ${r.errors}`
      + ` | ${r.cpu} | ${r.peakRssMb} | ${r.others} |`),
    '',
    ...rows.filter((r) => r.against).map((r) => `${r.name}: ${againstNames[r.against!.on]} answer ${r.against!.rps} req/s (${r.against!.us} µs of CPU a request); this row is ${r.against!.ratio.toFixed(2)} times that.`),
    ...rows.filter((r) => r.during !== null).map((r) => `${r.name}: the reads alongside ran at ${r.during} req/s.`),
    ...rows.filter((r) => r.ifMatchMissed > 0).map((r) => `${r.name}: ${r.ifMatchMissed} writes went without If-Match (their read's ETag never came).`),
    '',
    coldStart ? `Cold start to the first 200 (median of ${s.runs}): ${Math.round(coldStart.ms)} ms, ${Math.round(coldStart.rssMb)} MB resident then.` : '',
  ].join('\n');
}
