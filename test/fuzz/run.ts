import fc from 'fast-check';
import type { App } from '../../src/app.js';
import type { SchemaContext } from './arbitraries.js';
import { requestsFor, type FuzzRequest } from './requests.js';
import type { Answer, Operation } from './spec.js';

export interface Failure {
  index: number;
  request: FuzzRequest;
  status: number;
  faults: string[];
  body: string;
}

export interface RunResult {
  statuses: Set<number>;
  failures: Failure[];
  sent: number;
}

/**
 * A request valid by the document must pass the server's own schemas: a 400
 * naming a place in the request (body, query, path, header) means the served
 * schemas and the documented ones disagree. Business rules (no `in`) may refuse it.
 */
function refusedValid(request: FuzzRequest, res: { statusCode: number; body: string }): string[] {
  if (!request.valid || res.statusCode !== 400) return [];
  const errors: Array<{ in?: string; pointer: string; message: string }> = JSON.parse(res.body).errors ?? [];
  return errors.filter((e) => e.in !== undefined).map((e) => `a request valid by the document was refused: ${e.in} ${e.pointer} ${e.message}`);
}

/** A stable 32-bit seed per operation, so adding routes never changes another operation's requests. */
export function seedFor(base: number, operationId: string): number {
  let hash = 0x811c9dc5 ^ base;
  for (const char of operationId) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193);
  return hash | 0;
}

type Check = (op: Operation, res: Answer) => string[];

/**
 * Sends `runs` fuzzed requests for one operation, then replays up to 20 of
 * its cacheable answers with their validators (If-None-Match, then
 * If-Modified-Since), as a revalidating client would. Every answer is checked.
 */
export async function fuzzOperation(
  app: App, op: Operation, check: Check, options: { ctx: SchemaContext; callers: Record<string, string | undefined>; seed: number; runs: number },
): Promise<RunResult> {
  const requests = fc.sample(requestsFor(op, options.ctx, options.callers), { seed: options.seed, numRuns: options.runs });
  const result: RunResult = { statuses: new Set(), failures: [], sent: 0 };
  const revalidate: FuzzRequest[] = [];
  const send = async (index: number, request: FuzzRequest) => {
    const res = await app.inject(request);
    result.sent++;
    result.statuses.add(res.statusCode);
    const faults = [...(res.statusCode >= 500 ? [`server error ${res.statusCode}`] : []), ...check(op, res), ...refusedValid(request, res)];
    if (faults.length > 0) result.failures.push({ index, request, status: res.statusCode, faults, body: res.body.slice(0, 400) });
    const etag = res.headers.etag;
    if (op.method === 'GET' && res.statusCode === 200 && typeof etag === 'string' && revalidate.length < 20) {
      const headers = { ...request.headers, ...(revalidate.length % 2 === 0
        ? { 'if-none-match': etag } : { 'if-modified-since': String(res.headers['last-modified']) }) };
      revalidate.push({ ...request, headers });
    }
  };
  for (const [index, request] of requests.entries()) await send(index, request);
  for (const [index, request] of revalidate.entries()) await send(options.runs + index, request);
  return result;
}

const clip = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max)}…(${text.length})` : text);

/** A failure as a reader needs it to replay: the request, what came back, and why it is wrong. */
export function describe(failure: Failure): string {
  const { request } = failure;
  const payload = request.payload === undefined ? '' : ` body ${clip(JSON.stringify(request.payload))}`;
  return `#${failure.index} ${request.method} ${clip(request.url)} as ${request.caller} headers ${clip(JSON.stringify(request.headers))}`
    + `${payload} → ${failure.status} ${clip(failure.body)}: ${failure.faults.map((f) => clip(f, 300)).join('; ')}`;
}

/** Failures grouped by their first fault, each group with its count and first example. */
export function summarise(failures: Failure[]): string {
  const groups = new Map<string, Failure[]>();
  for (const failure of failures) {
    const key = `${failure.status}: ${failure.faults[0].replace(/\(.*$/, '')}`;
    groups.set(key, [...groups.get(key) ?? [], failure]);
  }
  return [...groups].map(([key, group]) => `${group.length}× ${key}\n    e.g. ${describe(group[0])}`).join('\n');
}
