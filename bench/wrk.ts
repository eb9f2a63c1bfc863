// The load generator: Debian's wrk (C, one thread), driven by a Lua script made
// from a load of bench/scenarios.ts. wrk rather than autocannon because a
// JavaScript client on this 2-core machine was itself the bottleneck (its
// {hello} ceiling read ~22,000 req/s, wrk's 54,000–59,000). The script sends
// the load's requests in turn, on whichever connection is free; counts the
// answers by status; and prints, when wrk is done, one line of JSON this file
// reads back (requests, duration, latency percentiles, statuses, errors).
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COUNT, type Load, type Request } from './scenarios.js';

const WRK = process.env.WRK ?? 'wrk';
const MARK = '@@kiosque-bench ';

/** Stops with how to install wrk when it is missing. */
export function checkWrk() {
  try {
    execFileSync(WRK, ['--version'], { stdio: 'ignore' });
  } catch (error) {
    // wrk --version exits 1 after printing its version; only a missing binary is an error here.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`the benchmark drives load with wrk, which is not installed: apt-get install -y wrk (Debian, Ubuntu), brew install wrk (macOS), or set WRK to its path`);
    }
  }
}

/** A Lua string literal of `s` (UTF-8 bytes as they are, control characters as decimal escapes). */
export function lua(s: string): string {
  return JSON.stringify(s).replace(/\\(u[0-9a-fA-F]{4}|.)/g, (escape, code: string) => {
    if (code[0] !== 'u' || code.length === 1) return escape;
    const n = parseInt(code.slice(1), 16);
    if (n > 255) throw new Error(`a lone surrogate in a request cannot be sent: ${escape}`);
    return `\\${String(n).padStart(3, '0')}`;
  });
}

const luaRequest = (r: Request) => {
  const headers = Object.entries(r.headers ?? {}).map(([k, v]) => `[${lua(k)}] = ${lua(v)}`).join(', ');
  const body = r.body === undefined ? 'nil' : `{ ${r.body.split(COUNT).map(lua).join(', ')} }`;
  const keep = r.keepEtagOf === undefined ? 'nil' : lua(r.keepEtagOf);
  return `  { method = ${lua(r.method ?? 'GET')}, path = ${lua(r.path)}, headers = { ${headers} }, body = ${body}, keep = ${keep}, ifmatch = ${r.ifMatch ? 'true' : 'false'} },`;
};

/**
 * The script of a load. Requests without a counted body or If-Match are formatted once. A request
 * with `ifMatch` sends the ETag kept from the answer to the last `keepEtagOf` request: until that
 * answer is in, the load's plain requests go in its place (a write waits for its read, as a client's would).
 */
export function script(load: Load): string {
  return `local list = {
${load.requests.map(luaRequest).join('\n')}
}
local plain, fillers, i, f, n, waiting, etag, waited = {}, {}, 0, 0, 0, nil, nil, 0
statuses, missed = {}, 0
-- After wrk's own init, which sets the Host header.
function init(args)
  for k, r in ipairs(list) do
    if r.body == nil or #r.body == 1 then
      plain[k] = wrk.format(r.method, r.path, r.headers, r.body and r.body[1])
      if not r.ifmatch and not r.keep then fillers[#fillers + 1] = plain[k] end
    end
  end
end
local function format(r)
  n = n + 1
  local body = r.body and table.concat(r.body, tostring(n))
  return wrk.format(r.method, r.path, r.headers, body)
end
function request()
  i = i % #list + 1
  local r = list[i]
  if r.keep then waiting, etag = r.keep, nil end
  if r.ifmatch then
    if etag == nil and waited < 1000 and #fillers > 0 then
      i, waited, f = i - 1, waited + 1, f % #fillers + 1
      return fillers[f]
    end
    if etag == nil then missed = missed + 1 end
    r.headers["If-Match"] = etag
    local req = format(r)
    r.headers["If-Match"], waiting, etag, waited = nil, nil, nil, 0
    return req
  end
  return plain[i] or format(r)
end
function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if waiting and etag == nil then
    local e = headers["etag"] or headers["ETag"]
    if e and body:sub(1, #waiting) == waiting then etag = e end
  end
end
${load.rate ? pace(load.rate, load.connections ?? 1) : ''}
local threads = {}
function setup(thread) threads[#threads + 1] = thread end
function done(summary, latency)
  local counts, unmatched = {}, 0
  for _, t in ipairs(threads) do
    for code, count in pairs(t:get("statuses")) do counts[#counts + 1] = string.format('"%d":%d', code, count) end
    unmatched = unmatched + t:get("missed")
  end
  local e = summary.errors
  io.write(${lua(MARK)}, string.format('{"requests":%d,"durationUs":%d,"bytes":%d,"p50":%d,"p99":%d,"p999":%d,"max":%d,'
    .. '"errors":{"connect":%d,"read":%d,"write":%d,"timeout":%d},"statuses":{%s},"ifMatchMissed":%d}\\n',
    summary.requests, summary.duration, summary.bytes, latency:percentile(50), latency:percentile(99),
    latency:percentile(99.9), latency.max, e.connect, e.read, e.write, e.timeout, table.concat(counts, ","), unmatched))
end
`;
}

/**
 * A load at a given rate: wrk's delay() hook holds each connection until the next slot of a schedule
 * of `rate` requests a second (wrk is LuaJIT: its ffi reads the monotonic clock). A connection late for
 * its slot sends at once, but the schedule never banks more than one slot per connection, so a slow
 * server is not then hit by a burst.
 */
const pace = (rate: number, connections: number) => `local ffi = require("ffi")
ffi.cdef[[ typedef struct { long sec; long nsec; } bench_time; int clock_gettime(int clock, bench_time *t); ]]
local clock, slot, interval = ffi.new("bench_time"), nil, ${1000 / rate}
local function now() ffi.C.clock_gettime(1, clock); return tonumber(clock.sec) * 1000 + tonumber(clock.nsec) / 1e6 end
function delay()
  local t = now()
  if slot == nil or slot < t - interval * ${connections} then slot = t end
  slot = slot + interval
  return math.max(0, math.floor(slot - t))
end
`;

export interface WrkResult {
  requests: number;
  durationUs: number;
  bytes: number;
  /** Latency percentiles, in microseconds. */
  p50: number; p99: number; p999: number; max: number;
  errors: { connect: number; read: number; write: number; timeout: number };
  statuses: Record<string, number>;
  /** Writes sent without If-Match because the ETag of their read never came (after 1,000 other requests). */
  ifMatchMissed: number;
}

/** Runs wrk (1 thread) with a load against `url` for `seconds`; `connections` unless the load says. */
export async function wrk(url: string, load: Load, seconds: number, connections: number): Promise<WrkResult> {
  const dir = mkdtempSync(join(tmpdir(), 'kiosque-wrk-'));
  try {
    const file = join(dir, 'load.lua');
    const c = load.connections ?? connections;
    writeFileSync(file, script({ ...load, connections: c }));
    // A latency beyond --timeout is counted as a timeout and left out of the percentiles: keep it above any answer.
    const args = ['-t1', `-c${c}`, `-d${seconds}s`, '--latency', `--timeout`, `${Math.max(10, seconds * 2)}s`, '-s', file, url];
    const stdout = await new Promise<string>((resolve, reject) => {
      execFile(WRK, args, { maxBuffer: 1 << 20 }, (error, out, err) => (error ? reject(new Error(`wrk ${args.join(' ')}: ${err || error.message}`)) : resolve(out)));
    });
    const line = stdout.split('\n').find((l) => l.startsWith(MARK));
    if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
    return JSON.parse(line.slice(MARK.length)) as WrkResult;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
