import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { codeOfStatus, isProblemCode, problems, reasonPhrase, type Problem, type ProblemCode } from '../lib/problem.js';
import { storageFailure } from '../lib/storage-errors.js';
import { errorCacheHeaders } from '../lib/http.js';

// Fastify's own error codes, renamed to the contract's stable codes.
const fastifyCodes: Record<string, ProblemCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'EMPTY_BODY',
  FST_ERR_CTP_INVALID_JSON_BODY: 'MALFORMED_JSON',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_CONTENT_LENGTH',
  FST_ERR_VALIDATION: 'VALIDATION_FAILED',
};

type Where = NonNullable<NonNullable<Problem['errors']>[number]['in']>;

const httpParts: Record<string, Where> = {
  body: 'body', querystring: 'query', params: 'path', headers: 'header',
};

interface ValidationIssue {
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
  /** Ajv always writes one (its `messages` option is on). */
  message: string;
}

function pointerOf(issue: ValidationIssue): string {
  const extra = issue.params.missingProperty ?? issue.params.additionalProperty;
  return extra === undefined ? issue.instancePath : `${issue.instancePath}/${String(extra)}`;
}

function messageOf(issue: ValidationIssue): string {
  return issue.keyword === 'additionalProperties' ? 'is not a known property' : issue.message;
}

function validationErrors(error: FastifyError): Problem['errors'] {
  // Fastify names the part on every validation error: body, querystring, params or headers.
  const where = httpParts[error.validationContext!];
  return (error.validation as ValidationIssue[]).map((issue) => ({
    pointer: pointerOf(issue), in: where, message: messageOf(issue),
  }));
}

/** Server-side answers given on purpose, whose code and message are safe to show. */
const DELIBERATE_5XX = new Set(['OVERLOADED']);
const deliberate = (error: FastifyError) => error.code !== undefined && DELIBERATE_5XX.has(error.code);

function codeOf(error: FastifyError, status: number): ProblemCode {
  if (status >= 500 && !deliberate(error)) return 'INTERNAL_ERROR';
  if (error.code && fastifyCodes[error.code]) return fastifyCodes[error.code];
  return isProblemCode(error.code) ? error.code : codeOfStatus(status);
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, problem: Omit<Problem, 'type' | 'title' | 'requestId'>) {
  const body: Problem = {
    type: `urn:kiosque:problem:${problem.code.toLowerCase().replace(/_/g, '-')}`,
    title: reasonPhrase(problem.status),
    ...problem,
    requestId: request.id,
  };
  return reply.code(problem.status).type('application/problem+json').send(body);
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A write that accepts any body and never reads it (the view beacon): no 400, 413 or 415 for bodies. */
    ignoresBody?: boolean;
  }
}

/** One error handler for everything: domain errors, Fastify's own, and bugs. */
export default fp(async function errors(app: FastifyInstance) {
  app.setErrorHandler(function handleError(error: FastifyError & Pick<Problem, 'errors' | 'limit'>, request, reply) {
    errorCacheHeaders(request, reply, error);
    const storage = storageFailure(error.code);
    if (storage) {
      request.log.error({ err: error }, 'database unavailable');
      if (storage.retryAfter) reply.header('retry-after', String(storage.retryAfter));
      return sendProblem(request, reply, { status: storage.status, code: storage.code, detail: storage.detail });
    }
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    const masked = status >= 500 && !deliberate(error);
    if (masked) request.log.error({ err: error }, 'request failed');
    const code = error.validation ? 'VALIDATION_FAILED' : codeOf(error, status);
    return sendProblem(request, reply, {
      status,
      code,
      detail: masked ? 'An unexpected error occurred; the request id identifies it in our logs.' : error.message,
      errors: error.validation ? validationErrors(error) : error.errors,
      limit: error.limit,
    });
  });

  // Any /v1 route may meet a busy or failing database (503); any path parameter a malformed
  // escape (400 BAD_URL, from the router); any write a full disk (507) and, whether it takes a
  // body or not, a body that is malformed (400), too large (413) or not JSON (415).
  app.addHook('onRoute', function documentFrameworkFailures(route) {
    const responses = route.schema?.response as Record<string, unknown> | undefined;
    if (!responses || !route.url.startsWith('/v1/')) return;
    const write = [route.method].flat().some((m) => m !== 'GET' && m !== 'HEAD');
    const bodies = write && !route.config?.ignoresBody;
    const statuses = [503, ...(write ? [507] : []), ...(bodies ? [400, 413, 415] : []), ...(route.url.includes(':') ? [400] : [])];
    route.schema = { ...route.schema, response: { ...problems(...statuses), ...responses } };
  });

  app.setNotFoundHandler(function routeNotFound(request, reply) {
    return sendProblem(request, reply, {
      status: 404, code: 'ROUTE_NOT_FOUND', detail: `No route ${request.method} ${request.url.split('?')[0]}`,
    });
  });
}, { name: 'errors' });
