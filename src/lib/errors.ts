import createError from '@fastify/error';

// Domain errors: each carries a stable `code` and `statusCode`; the error
// plugin turns them into problem+json. Messages are safe to show clients.
const NotFoundError = createError<[string]>('NOT_FOUND', '%s not found', 404);
/** A 404 naming what was not found: the subject says which writes could make it exist (lib/keys.ts). */
export class NotFound extends NotFoundError {
  constructor(readonly subject: string) {
    super(subject);
  }
}
export const Conflict = createError<[string]>('CONFLICT', '%s', 409);
export const InUse = createError<[string]>('IN_USE', '%s', 409);
export const PreconditionFailed = createError(
  'PRECONDITION_FAILED', 'If-Match does not match the current version of this resource', 412,
);
export const PreconditionRequired = createError(
  'PRECONDITION_REQUIRED', 'This write needs an If-Match header naming the current ETag', 428,
);
export const Unauthorized = createError<[string]>('UNAUTHORIZED', '%s', 401);
export const Forbidden = createError<[string]>('FORBIDDEN', '%s', 403);
export const TooManyRequests = createError<[string]>('RATE_LIMITED', 'Too many requests: %s', 429);
export const BodyTooComplex = createError<[string]>('BODY_TOO_COMPLEX', '%s', 422);
export const Overloaded = createError('OVERLOADED', 'The server is overloaded; retry after the time in Retry-After', 503);

export interface FieldError {
  pointer: string;
  message: string;
}

const InvalidBase = createError('VALIDATION_FAILED', 'The request is not valid', 400);

/** A 400 naming the fields at fault, for rules schemas cannot express. */
export function invalid(errors: FieldError[]): Error & { errors: FieldError[] } {
  return Object.assign(new InvalidBase(), { errors });
}
