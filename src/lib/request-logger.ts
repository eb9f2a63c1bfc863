import type { FastifyBaseLogger, FastifyLogFn as LogFn } from 'fastify';

type Bindings = Parameters<FastifyBaseLogger['child']>[0];
type ChildLoggerOptions = NonNullable<Parameters<FastifyBaseLogger['child']>[1]>;

const LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace'] as const;

/**
 * A request's logger, bound to its request id like Fastify's own, but made
 * on the first line logged. Fastify gives every request a pino child, which
 * serialises its bindings whether or not anything is written; at the levels
 * a busy server runs at, most requests write nothing.
 */
class RequestLogger {
  #child: FastifyBaseLogger | undefined;

  constructor(readonly parent: FastifyBaseLogger, private readonly bindings: Bindings) {}

  get logger(): FastifyBaseLogger {
    return (this.#child ??= this.parent.child(this.bindings));
  }

  get level(): string {
    return this.#child?.level ?? this.parent.level;
  }

  set level(level: string) {
    this.logger.level = level;
  }

  child(bindings: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    return this.logger.child(bindings, options);
  }
}

interface RequestLogger extends Record<(typeof LEVELS)[number] | 'silent', LogFn> {}

for (const level of LEVELS) {
  RequestLogger.prototype[level] = function log(this: RequestLogger, ...args: Parameters<LogFn>) {
    // pino gives a level it does not write its `silent` method, a no-op: nothing to bind then.
    if (this.parent[level] === this.parent.silent) return;
    (this.logger[level] as (...a: unknown[]) => void)(...args);
  } as LogFn;
}
RequestLogger.prototype.silent = function silent() {} as LogFn;

/**
 * Fastify's `childLoggerFactory`. A route with its own log level or
 * serialisers gets pino's child at once, as before.
 */
export function requestLogger(parent: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger {
  if (options.level !== undefined || options.serializers !== undefined) return parent.child(bindings, options);
  return new RequestLogger(parent, bindings) as unknown as FastifyBaseLogger;
}
