import type { components } from './schema.js';

export type Problem = components['schemas']['Problem'];
export type ProblemCode = Problem['code'];

/**
 * An answer that is not a success, as an error to throw: the API's
 * `application/problem+json` body, typed, with its stable `code` to switch on.
 * A body that is not a problem (a proxy's error page) leaves `problem` null.
 */
export class KiosqueProblem extends Error {
  override readonly name = 'KiosqueProblem';
  readonly status: number;
  readonly problem: Problem | null;
  readonly response: Response;

  constructor(response: Response, body: unknown) {
    const problem = isProblem(body) ? body : null;
    super(problem ? `${problem.status} ${problem.code}: ${problem.detail}` : `HTTP ${response.status} from ${response.url}`);
    this.status = response.status;
    this.problem = problem;
    this.response = response;
  }

  /** The problem's stable code, or null when the answer was no problem+json. */
  get code(): ProblemCode | null {
    return this.problem?.code ?? null;
  }
}

function isProblem(body: unknown): body is Problem {
  const candidate = body as Partial<Problem> | null;
  return typeof candidate === 'object' && candidate !== null && typeof candidate.code === 'string' && typeof candidate.status === 'number';
}
