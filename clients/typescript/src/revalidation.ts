import type { Middleware } from 'openapi-fetch';

interface Stored {
  etag: string;
  body: string;
  headers: [string, string][];
}

export interface RevalidationOptions {
  /** How many answers to keep (least recently used go first); 500 by default. */
  maxEntries?: number;
  /** Answers longer than this (in characters) are not kept; 1,000,000 by default. */
  maxBodyLength?: number;
}

/** Marks an answer served from the client's copy after the API said 304 Not Modified. */
export const REVALIDATED_HEADER = 'x-kiosque-revalidated';

/**
 * ETag revalidation for GETs: the client keeps the last answer of each URL
 * (per key) with its ETag, sends it back in If-None-Match, and on a 304 hands
 * the kept body on as a 200, with the 304's fresher headers. The API does
 * almost no work for a 304, and nothing is downloaded again.
 */
export function revalidation(options: RevalidationOptions = {}): Middleware {
  const maxEntries = options.maxEntries ?? 500;
  const maxBodyLength = options.maxBodyLength ?? 1_000_000;
  const kept = new Map<string, Stored>();
  const keyOf = (request: Request) => `${request.headers.get('authorization') ?? ''} ${request.headers.get('accept') ?? ''} ${request.url}`;

  return {
    onRequest({ request }) {
      const stored = request.method === 'GET' && !request.headers.has('if-none-match') ? kept.get(keyOf(request)) : undefined;
      if (!stored) return undefined;
      const revalidating = new Request(request);
      revalidating.headers.set('if-none-match', stored.etag);
      return revalidating;
    },
    async onResponse({ request, response }) {
      if (request.method !== 'GET') return undefined;
      const key = keyOf(request);
      const stored = kept.get(key);
      if (response.status === 304 && stored) {
        kept.delete(key);
        kept.set(key, stored);
        const headers = new Headers(stored.headers);
        response.headers.forEach((value, name) => headers.set(name, value));
        headers.set(REVALIDATED_HEADER, 'true');
        return new Response(stored.body, { status: 200, headers });
      }
      const etag = response.headers.get('etag');
      if (response.status !== 200 || !etag) return undefined;
      const body = await response.clone().text();
      if (body.length > maxBodyLength) return undefined;
      kept.delete(key);
      kept.set(key, { etag, body, headers: [...response.headers] });
      if (kept.size > maxEntries) kept.delete(kept.keys().next().value!);
      return undefined;
    },
  };
}
