import type { LimitExceeded } from '../../content/limits.js';
import { BodyTooComplex } from '../../lib/errors.js';

// Not toLocaleString: its first call loads ICU's number data, ~30-70 ms of blocked event loop on the first refusal.
const count = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');

/** What each limit is, said to an editor whose body is over it. */
function explain({ limit, maximum, actual }: LimitExceeded): string {
  switch (limit) {
    case 'depth':
      return `The body nests deeper than ${maximum} levels (quotes, lists, emphasis and links inside one another)`;
    case 'headings':
      return `The body has more than ${count(maximum)} headings`;
    case 'tableCells':
      return `The body's tables have ${count(actual!)} cells (rows count at their header's width); at most ${count(maximum)} are allowed`;
    case 'outputCharacters':
      return `The body renders to at least ${count(actual!)} characters; at most ${count(maximum)} are allowed`;
    case 'renderTime':
      return `The body took more than ${count(maximum)} ms of processor time to render (long runs of unmatched *, _, [ or > are the usual cause)`;
    case 'renderMemory':
      return `The body needed more than ${maximum} MB of memory to render`;
  }
}

/** The 422 of a body over a limit, naming it: `limit` for programs, `detail` and `errors` for people. */
export function tooComplex(exceeded: LimitExceeded) {
  const detail = explain(exceeded);
  return Object.assign(new BodyTooComplex(detail), {
    limit: { name: exceeded.limit, maximum: exceeded.maximum },
    errors: [{ pointer: '/body', in: 'body' as const, message: detail }],
  });
}
