import { Type, type Static } from 'typebox';
import type { ErrorObject, Options } from 'ajv';
import { standaloneValidator } from './plugins/schema-compilers.js';


export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_URL: Type.String({ pattern: '^(file:.+|postgres(ql)?://.+)$', default: 'file:data/kiosque.db' }),
  KIOSQUE_DB_POOL: Type.Integer({ minimum: 1, maximum: 1000, default: 10 }),
  PUBLIC_URL: Type.String({ pattern: '^https?://[^/]+(/.*[^/])?$', default: 'http://localhost:3000' }),
  KIOSQUE_SEED: Type.Enum(['demo', 'none'], { default: 'demo' }),
  KIOSQUE_ADMIN_KEY: Type.Optional(Type.String({ minLength: 24, maxLength: 200 })),
  KIOSQUE_ANONYMOUS_READ: Type.Boolean({ default: true }),
  KIOSQUE_CACHE_MB: Type.Integer({ minimum: 0, maximum: 16384, default: 64 }),
  KIOSQUE_CACHE_CONTROL_ITEM: Type.String({
    minLength: 1, maxLength: 300, default: 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400',
  }),
  KIOSQUE_CACHE_CONTROL_LIST: Type.String({
    minLength: 1, maxLength: 300, default: 'public, max-age=30, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400',
  }),
  KIOSQUE_CACHE_CONTROL_PARTNER: Type.String({ pattern: '^private\\b', maxLength: 300, default: 'private, max-age=30' }),
  KIOSQUE_CACHE_CONTROL_NOT_FOUND: Type.String({ minLength: 1, maxLength: 300, default: 'public, max-age=10, s-maxage=30' }),
  KIOSQUE_CACHE_KEYED_PUBLIC: Type.Boolean({ default: false }),
  KIOSQUE_RATE_LIMIT_ANONYMOUS: Type.Integer({ minimum: 0, maximum: 100_000_000, default: 600 }),
  KIOSQUE_RATE_LIMIT_KEY: Type.Integer({ minimum: 0, maximum: 100_000_000, default: 3000 }),
  // Where every instance counts rate limits together; without it, each counts its own.
  KIOSQUE_REDIS_URL: Type.Optional(Type.String({ pattern: '^rediss?://.+', maxLength: 2048 })),
  KIOSQUE_TRUST_PROXY: Type.String({ pattern: '^(false|true|[0-9]{1,2}|[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)*)$', default: 'false' }),
  KIOSQUE_CORS_ORIGINS: Type.String({ pattern: '^(\\*|https?://[^,\\s]+(,https?://[^,\\s]+)*)?$', maxLength: 2000, default: '*' }),
  KIOSQUE_CORS_CREDENTIALS: Type.Boolean({ default: false }),
  KIOSQUE_DOCS: Type.Boolean({ default: true }),
  KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: Type.Integer({ minimum: 0, maximum: 60_000, default: 2000 }),
  KIOSQUE_PUBLISHER_NAME: Type.String({ minLength: 1, maxLength: 200, default: 'Kiosque' }),
  KIOSQUE_PUBLISHER_LOGO: Type.Optional(Type.String({ pattern: '^https?://', maxLength: 2048 })),
  KIOSQUE_LANGUAGE: Type.String({ pattern: '^[a-z]{2,3}(-[A-Z]{2})?$', default: 'fr' }),
  KIOSQUE_COPYRIGHT_HOLDER: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  KIOSQUE_USAGE_TERMS: Type.String({ minLength: 1, maxLength: 2000, default: 'All rights reserved. Reproduction only under an agreement with the publisher.' }),
  KIOSQUE_REQUEST_TIMEOUT_MS: Type.Integer({ minimum: 1000, maximum: 600_000, default: 30_000 }),
  KIOSQUE_METRICS: Type.Enum(['admin', 'public', 'off'], { default: 'admin' }),
  // An ordinary long read of 200,000 characters renders in about 100 ms of processor time; a render that
  // allocates without end also keeps V8's collector threads busy beside it (1.5 s of the process's CPU for
  // 1 s of the render's), so a refusal is answered in about 2.5 times its budget on 2 cores.
  KIOSQUE_RENDER_TIME_MS: Type.Integer({ minimum: 100, maximum: 60_000, default: 500 }),
  KIOSQUE_RENDER_MEMORY_MB: Type.Integer({ minimum: 64, maximum: 4096, default: 128 }),
  KIOSQUE_RENDER_THREADS: Type.Optional(Type.Integer({ minimum: 1, maximum: 64 })),
  KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: Type.Boolean({ default: false }),
  KIOSQUE_WEBHOOKS_TIMEOUT_MS: Type.Integer({ minimum: 50, maximum: 5000, default: 5000 }),
  KIOSQUE_WEBHOOKS_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 20, default: 6 }),
  KIOSQUE_WEBHOOKS_RETRY_MS: Type.Integer({ minimum: 1000, maximum: 86_400_000, default: 120_000 }),
  // How often each most-read window's totals slide to the current hour (popular/rollup.ts); until then, past
  // an hour's end, its ranking is summed from the hourly buckets (right, but slower).
  KIOSQUE_VIEWS_ROLLUP_MS: Type.Integer({ minimum: 1000, maximum: 3_600_000, default: 10_000 }),
  // How often the stored related candidates of written articles (and their neighbours) are refreshed.
  KIOSQUE_RELATED_REFRESH_MS: Type.Integer({ minimum: 100, maximum: 3_600_000, default: 1000 }),
  // How many past versions of each article are kept: `all`, or a count (0 keeps no history at all).
  KIOSQUE_REVISIONS_KEEP: Type.String({ pattern: '^(all|0|[1-9][0-9]{0,8})$', default: 'all' }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
});

export type Config = Static<typeof ConfigSchema>;


export const configAjvOptions: Options = { coerceTypes: true, useDefaults: true, allErrors: true, strict: false };
let validator: ReturnType<typeof standaloneValidator<Config>> | undefined;
// Compiled ahead of time with the route schemas (`npm run schemas`): compiling it was a tenth of a start.
const configValidator = () => (validator ??= standaloneValidator<Config>(ConfigSchema, configAjvOptions));

export class ConfigError extends Error {}

// Variables whose value must never be echoed into an error message (and so into logs).
const SECRETS = new Set(['KIOSQUE_ADMIN_KEY', 'KIOSQUE_REDIS_URL']);

// Every property has a default or is optional, so each error is about one variable.
function describe(error: ErrorObject, input: Record<string, unknown>): string {
  const name = error.instancePath.slice(1);
  const value = input[name];
  const got = SECRETS.has(name) ? `a value of ${String(value).length} characters` : JSON.stringify(value);
  const message = error.keyword === 'enum'
    ? `must be one of ${(error.params.allowedValues as string[]).join(', ')}`
    : error.message;
  return `${name} ${message}: got ${got}`;
}

/** Reads the environment into a typed config; throws one message naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const known = Object.keys(ConfigSchema.properties);
  const input: Record<string, unknown> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  const validate = configValidator();
  if (!validate(input)) {
    const lines = validate.errors!.map((e) => describe(e, input));
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const config = input as Config;
  // Browsers refuse credentials with a wildcard origin (Fetch standard): say so at start-up, not in a browser console.
  if (config.KIOSQUE_CORS_CREDENTIALS && config.KIOSQUE_CORS_ORIGINS === '*') {
    throw new ConfigError('Invalid configuration:\n  KIOSQUE_CORS_CREDENTIALS=true needs KIOSQUE_CORS_ORIGINS to list origins, not *');
  }
  return config;
}

/** KIOSQUE_REVISIONS_KEEP as a count: Infinity for `all`. */
export function revisionsKept(config: Pick<Config, 'KIOSQUE_REVISIONS_KEEP'>): number {
  return config.KIOSQUE_REVISIONS_KEEP === 'all' ? Infinity : Number(config.KIOSQUE_REVISIONS_KEEP);
}
