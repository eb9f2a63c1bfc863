// A scenario's warm-up, which also records what Kiosque answers to each of
// its requests, for the same-bytes ceiling (bench/ceiling.ts).
import { request as httpRequest } from 'node:http';
import type { Answer } from './ceiling.js';
import { COUNT, type Load, type Request } from './scenarios.js';

interface Received { status: number; headers: Record<string, string>; body: Buffer }

/** Headers Node's HTTP server writes itself (or that belong to one connection): not replayed. */
const OWN = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);

/** One request on a connection of its own (a cluster hands each new connection to the next worker). */
export function send(base: string, r: Request, headers = r.headers): Promise<Received> {
  const body = r.body?.replaceAll(COUNT, '0');
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${r.path}`, {
      method: r.method ?? 'GET', agent: false,
      headers: { ...headers, ...(body === undefined ? {} : { 'content-length': Buffer.byteLength(body) }) },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c)).on('error', reject).on('end', () => {
        const kept: Record<string, string> = {};
        for (let i = 0; i < res.rawHeaders.length; i += 2) {
          const [name, value] = [res.rawHeaders[i], res.rawHeaders[i + 1]];
          if (!OWN.has(name.toLowerCase())) kept[name] = kept[name] === undefined ? value : `${kept[name]}, ${value}`;
        }
        resolve({ status: res.statusCode!, headers: kept, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject).end(body);
  });
}

const keyOf = (r: Request) => `${r.method ?? 'GET'} ${r.path}`;

/** Kiosque's answer to a request was its own failure (a 5xx, a load shed 503): not an answer to compare with. */
export class FailedAnswer extends Error {}

const TRIES = 3;

/**
 * Kiosque's answer to one request, with, when it revalidates and gets its 304, the 200 it replaces.
 * A 5xx is asked again (a second apart, up to TRIES times), never recorded: the ceiling would replay
 * the error, and the ratio would compare Kiosque with bare Fastify sending a problem.
 */
async function answerTo(base: string, r: Request): Promise<Received & { notModified?: Record<string, string> }> {
  for (let attempt = 1; ; attempt++) {
    const got = await send(base, r);
    const { 'if-none-match': _, ...unconditional } = r.headers ?? {};
    const full = got.status === 304 ? await send(base, r, unconditional) : got;
    if (full.status < 500) return got.status === 304 ? { ...full, notModified: got.headers } : full;
    if (attempt === TRIES) {
      throw new FailedAnswer(`Kiosque answered ${keyOf(r)} with ${full.status} ${TRIES} times (${full.body.toString('utf8', 0, 300)}):`
        + ' the same-bytes ceiling would replay an error, not compared');
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/**
 * Sends each distinct request of the loads `copies` times in a row (one per worker), one at a time,
 * the whole list again until at least 20 have gone, and returns the first answer to each. What the
 * scenario reads is so brought back into memory (this machine pages out memory left unused, the
 * database's included) and into each worker's response cache, and the runs measure the steady state,
 * not 50 connections waiting on the disk for the same first answer. A request that revalidates is
 * also sent without its If-None-Match, for the 200 it replaces. Throws FailedAnswer when Kiosque
 * keeps answering one of them with a 5xx.
 */
export async function warmUpAndRecord(base: string, loads: Load[], copies: number): Promise<Answer[]> {
  const distinct = [...new Map(loads.flatMap((l) => l.requests).map((r) => [`${keyOf(r)} ${r.headers?.['if-none-match'] ?? ''}`, r])).values()];
  const answers = new Map<string, Answer>();
  let sent = 0;
  do {
    for (const r of distinct) {
      for (let i = 0; i < copies; i++, sent++) {
        if (sent >= distinct.length * copies || i > 0) {
          await send(base, r);
          continue;
        }
        const got = await answerTo(base, r);
        const answer = answers.get(keyOf(r)) ?? { key: keyOf(r), status: 0, headers: {}, body: '' };
        if (got.notModified || !answer.notModified) {
          Object.assign(answer, { status: got.status, headers: got.headers, body: got.body.toString('base64'), notModified: got.notModified });
        }
        answers.set(answer.key, answer);
      }
    }
  } while (sent < 20);
  return [...answers.values()];
}

/** Loads the answers into the ceiling server. */
export async function prime(ceilingUrl: string, answers: Answer[]) {
  const res = await fetch(`${ceilingUrl}/__bench/answers`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(answers) });
  if (!res.ok) throw new Error(`the ceiling refused the answers: ${res.status} ${await res.text()}`);
}
