import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

export interface PostOptions {
  timeoutMs: number;
  /** Bytes of the answer read at most; the rest is dropped with the connection. */
  maxResponseBytes: number;
}

export interface PostResult {
  ok: boolean;
  status: number | null;
  error: string | null;
}

function outcome(status: number, location: string | undefined): PostResult {
  if (status >= 200 && status < 300) return { ok: true, status, error: null };
  const error = status >= 300 && status < 400 ? `redirect${location ? ` to ${location}` : ''} not followed` : `HTTP ${status}`;
  return { ok: false, status, error };
}

/**
 * POSTs a body to a URL, connecting only to `addresses` (checked by the SSRF
 * guard: the host is not resolved again). Never follows a redirect; gives up
 * after `timeoutMs` for the whole exchange; reads at most `maxResponseBytes`.
 */
export function post(
  url: URL, addresses: { address: string; family: number }[], headers: Record<string, string>, body: string, options: PostOptions,
): Promise<PostResult> {
  // Node 20+ connects with autoSelectFamily by default, asking for every address at once (`all: true`);
  // were it off, the answer would not fit and the attempt would fail: never reach an unchecked address.
  const lookup = ((_hostname, _options, callback: (err: null, addresses: { address: string; family: number }[]) => void) => {
    callback(null, addresses);
  }) as LookupFunction;
  return new Promise((resolve) => {
    let settled = false;
    const finish = (result: PostResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.destroy();
      resolve(result);
    };
    const request = (url.protocol === 'https:' ? https : http).request(url, {
      method: 'POST', agent: false, lookup,
      headers: { ...headers, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'user-agent': 'Kiosque-Webhooks/1' },
    }, (response) => {
      const result = outcome(response.statusCode!, response.headers.location);
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxResponseBytes) finish(result);
      });
      response.on('end', () => finish(result));
      response.on('error', () => finish(result));
    });
    const timer = setTimeout(() => finish({ ok: false, status: null, error: `no answer within ${options.timeoutMs} ms` }), options.timeoutMs);
    request.on('error', (err) => finish({ ok: false, status: null, error: err.message }));
    request.end(body);
  });
}
