import { Type, type Static } from 'typebox';

export const ProblemSchema = Type.Object({
  type: Type.String({ description: 'A URI naming the kind of problem: `urn:kiosque:problem:<code in kebab case>`.' }),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  code: Type.String({ description: 'Stable, upper snake case; switch on this.' }),
  requestId: Type.String(),
  errors: Type.Optional(Type.Array(Type.Object({
    pointer: Type.String({ description: 'JSON Pointer to the offending member of the body, query or path.' }),
    in: Type.Optional(Type.Union([Type.Literal('body'), Type.Literal('query'), Type.Literal('path'), Type.Literal('header')])),
    message: Type.String(),
  }))),
  limit: Type.Optional(Type.Object({
    name: Type.String({ description: 'Which limit: `depth`, `headings`, `tableCells`, `outputCharacters`, `renderTime` (ms of CPU) or `renderMemory` (MB).' }),
    maximum: Type.Integer(),
  }, { description: 'With `BODY_TOO_COMPLEX`: the limit the body is over.' })),
}, { $id: 'Problem', title: 'Problem', description: 'RFC 9457 problem details.' });

export type Problem = Static<typeof ProblemSchema>;

export const problemRef = Type.Ref('Problem');

const reasons: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 409: 'Conflict', 412: 'Precondition Failed', 413: 'Content Too Large',
  415: 'Unsupported Media Type', 422: 'Unprocessable Content', 428: 'Precondition Required', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable', 507: 'Insufficient Storage',
};

export function reasonPhrase(status: number): string {
  return reasons[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

const retryAfter = { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } };
export const rateLimitHeaders = {
  'ratelimit-limit': { description: 'Requests allowed in the current one-minute window.', schema: { type: 'integer' } },
  'ratelimit-remaining': { description: 'Requests left in the current window.', schema: { type: 'integer' } },
  'ratelimit-reset': { description: 'Seconds until the window resets.', schema: { type: 'integer' } },
};
// Headers of error answers are OpenAPI header objects here: Fastify serialises nothing for them.
const text = (description: string) => ({ description, schema: { type: 'string' } });
const headersOf: Record<number, Record<string, object>> = {
  // A read's 404 may be kept a short while by shared caches, and purged like the answers it stands for.
  404: {
    'cache-control': text('KIOSQUE_CACHE_CONTROL_NOT_FOUND for a read of something missing (`private` for keys that may see more); `no-store` otherwise.'),
    'surrogate-key': text('On a read: the keys that the writes which could make it exist purge (`articles`, `sections`, `authors`, `tags`).'),
    'cache-tag': text('The same keys, comma-separated.'),
    'edge-cache-tag': text('The same keys, comma-separated.'),
  },
  429: { ...rateLimitHeaders, 'retry-after': retryAfter },
  503: { 'retry-after': retryAfter },
};

/** One problem+json response per status, with its headers. */
function problemResponses(statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, {
    description: reasonPhrase(s),
    ...(headersOf[s] && { headers: headersOf[s] }),
    content: { 'application/problem+json': { schema: problemRef } },
  }]));
}

/**
 * The error responses a route documents, by status, all problem+json. Every
 * route may also get a malformed request (400: two Authorization headers), be
 * rate limited (429), shed under load (503) or fail (500).
 */
export function problems(...statuses: number[]) {
  return problemResponses([...new Set([...statuses, 400, 429, 503, 500])]);
}

/** The errors of a route exempt from rate limits and load shedding (health checks). */
export const unlimitedProblems = (...statuses: number[]) => problemResponses([...new Set([...statuses, 400, 500])]);
