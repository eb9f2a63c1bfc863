import { Type, type Static } from 'typebox';
import { Ajv, type ErrorObject } from 'ajv';


export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_URL: Type.String({ pattern: '^file:.+$', default: 'file:data/kiosque.db' }),
  PUBLIC_URL: Type.String({ pattern: '^https?://[^/]+(/.*[^/])?$', default: 'http://localhost:3000' }),
  KIOSQUE_SEED: Type.Enum(['demo', 'none'], { default: 'demo' }),
  KIOSQUE_ADMIN_KEY: Type.Optional(Type.String({ minLength: 24, maxLength: 200 })),
  KIOSQUE_ANONYMOUS_READ: Type.Boolean({ default: true }),
  KIOSQUE_CACHE_MB: Type.Integer({ minimum: 0, maximum: 16384, default: 64 }),
  KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: Type.Boolean({ default: false }),
  KIOSQUE_WEBHOOKS_TIMEOUT_MS: Type.Integer({ minimum: 50, maximum: 5000, default: 5000 }),
  KIOSQUE_WEBHOOKS_MAX_ATTEMPTS: Type.Integer({ minimum: 1, maximum: 20, default: 6 }),
  KIOSQUE_WEBHOOKS_RETRY_MS: Type.Integer({ minimum: 1000, maximum: 86_400_000, default: 120_000 }),
  LOG_LEVEL: Type.Enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], { default: 'info' }),
});

export type Config = Static<typeof ConfigSchema>;


const ajv = new Ajv({ coerceTypes: true, useDefaults: true, allErrors: true, strict: false });
const validateConfig = ajv.compile<Config>(ConfigSchema);

export class ConfigError extends Error {}

// Variables whose value must never be echoed into an error message (and so into logs).
const SECRETS = new Set(['KIOSQUE_ADMIN_KEY']);

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
  if (!validateConfig(input)) {
    const lines = validateConfig.errors!.map((e) => describe(e, input));
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return input as Config;
}

/** The path of the SQLite file named by DATABASE_URL, or ':memory:'. */
export function databasePath(url: string): string {
  return url.slice('file:'.length);
}
