import { Type, type Static } from 'typebox';
import { Ajv } from 'ajv';


export const ConfigSchema = Type.Object({
  PORT: Type.Integer({ minimum: 0, maximum: 65535, default: 3000 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATABASE_URL: Type.String({ pattern: '^file:.+$', default: 'file:data/kiosque.db' }),
  PUBLIC_URL: Type.String({ pattern: '^https?://[^/]+(/.*[^/])?$', default: 'http://localhost:3000' }),
  KIOSQUE_SEED: Type.Union([Type.Literal('demo'), Type.Literal('none')], { default: 'demo' }),
  KIOSQUE_ADMIN_KEY: Type.Optional(Type.String({ minLength: 24, maxLength: 200 })),
  KIOSQUE_ANONYMOUS_READ: Type.Boolean({ default: true }),
  LOG_LEVEL: Type.Union(
    ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'].map((l) => Type.Literal(l)),
    { default: 'info' },
  ),
});

export type Config = Static<typeof ConfigSchema>;


const ajv = new Ajv({ coerceTypes: true, useDefaults: true, allErrors: true, strict: false });
const validateConfig = ajv.compile<Config>(ConfigSchema);

export class ConfigError extends Error {}

/** Reads the environment into a typed config; throws one message naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const known = Object.keys(ConfigSchema.properties);
  const input: Record<string, unknown> = {};
  for (const key of known) {
    const value = env[key];
    if (value !== undefined && value !== '') input[key] = value;
  }
  if (!validateConfig(input)) {
    const lines = (validateConfig.errors ?? []).map(
      (e) => `${e.instancePath.slice(1) || 'config'} ${e.message}: got ${JSON.stringify(input[e.instancePath.slice(1)])}`,
    );
    throw new ConfigError(`Invalid configuration:\n  ${[...new Set(lines)].join('\n  ')}`);
  }
  return input as Config;
}

/** The path of the SQLite file named by DATABASE_URL, or ':memory:'. */
export function databasePath(url: string): string {
  return url.slice('file:'.length);
}
