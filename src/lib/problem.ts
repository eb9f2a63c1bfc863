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
}, { $id: 'Problem', title: 'Problem', description: 'RFC 9457 problem details.' });

export type Problem = Static<typeof ProblemSchema>;

export const problemRef = Type.Ref('Problem');

const reasons: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 409: 'Conflict', 412: 'Precondition Failed', 413: 'Content Too Large',
  415: 'Unsupported Media Type', 428: 'Precondition Required', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable', 507: 'Insufficient Storage',
};

export function reasonPhrase(status: number): string {
  return reasons[status] ?? (status >= 500 ? 'Server Error' : 'Client Error');
}

/** The error responses a route documents, by status, all problem+json; every route may also fail with a 500. */
export function problems(...statuses: number[]) {
  return Object.fromEntries([...statuses, 500].map((s) => [s, {
    description: reasonPhrase(s),
    content: { 'application/problem+json': { schema: problemRef } },
  }]));
}
