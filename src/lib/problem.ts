import { Type, type Static } from 'typebox';

/**
 * Every `code` a problem may carry: clients switch on it, so the document
 * lists them as an enum and the error handler never sends another one (an
 * unlisted error code falls back to the one of its status).
 */
export const PROBLEM_CODES = [
  // by status, for client errors that carry no code of their own (codeOfStatus)
  'BAD_REQUEST', 'UNAUTHORIZED', 'FORBIDDEN', 'NOT_FOUND', 'METHOD_NOT_ALLOWED', 'NOT_ACCEPTABLE', 'CONFLICT',
  'PRECONDITION_FAILED', 'CONTENT_TOO_LARGE', 'PRECONDITION_REQUIRED', 'TOO_MANY_REQUESTS', 'CLIENT_ERROR',
  // Fastify's, renamed (plugins/errors.ts)
  'UNSUPPORTED_MEDIA_TYPE', 'PAYLOAD_TOO_LARGE', 'EMPTY_BODY', 'MALFORMED_JSON', 'INVALID_CONTENT_LENGTH', 'VALIDATION_FAILED',
  // the API's own
  'BAD_URL', 'ROUTE_NOT_FOUND', 'IN_USE', 'RATE_LIMITED', 'INVALID_CURSOR', 'INVALID_PARAMETER', 'INVALID_QUERY',
  'UNSAFE_WEBHOOK_URL', 'NOT_READY', 'OVERLOADED', 'DATABASE_BUSY', 'DATABASE_UNAVAILABLE', 'INSUFFICIENT_STORAGE',
  'BODY_TOO_COMPLEX', 'DUPLICATE_AUTHORIZATION',
  // every other server error, masked
  'INTERNAL_ERROR',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
const knownCodes = new Set<string>(PROBLEM_CODES);
export const isProblemCode = (code: unknown): code is ProblemCode => typeof code === 'string' && knownCodes.has(code);

export const ProblemSchema = Type.Object({
  type: Type.String({ description: 'A URI naming the kind of problem: `urn:kiosque:problem:<code in kebab case>`.' }),
  title: Type.String(),
  status: Type.Integer(),
  detail: Type.String(),
  code: Type.Enum(PROBLEM_CODES, { description: 'Stable, upper snake case; switch on this.' }),
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

const clientErrorCodes: Record<number, ProblemCode> = {
  400: 'BAD_REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 405: 'METHOD_NOT_ALLOWED', 406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT', 412: 'PRECONDITION_FAILED', 413: 'CONTENT_TOO_LARGE', 415: 'UNSUPPORTED_MEDIA_TYPE',
  428: 'PRECONDITION_REQUIRED', 429: 'TOO_MANY_REQUESTS',
};

/** The code of a client error that has none of the listed ones: its reason phrase in upper snake case. */
export const codeOfStatus = (status: number): ProblemCode => clientErrorCodes[status] ?? 'CLIENT_ERROR';

// Headers are given as schemas, as for success answers: @fastify/swagger makes each a header object.
const retryAfter = { type: 'integer', description: 'Seconds to wait before retrying.' };
export const rateLimitHeaders = {
  'ratelimit-limit': { type: 'integer', description: 'Requests allowed in the current one-minute window.' },
  'ratelimit-remaining': { type: 'integer', description: 'Requests left in the current window.' },
  'ratelimit-reset': { type: 'integer', description: 'Seconds until the window resets.' },
};
const text = (description: string) => ({ type: 'string', description });
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
