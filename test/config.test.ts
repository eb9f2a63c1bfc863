import t from 'tap';
import { ConfigError, loadConfig, revisionsKept } from '../src/config.js';

function failure(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  throw new Error(`loadConfig(${JSON.stringify(env)}) did not fail`);
}

t.test('loadConfig gives the documented defaults', async (t) => {
  t.same(loadConfig({}), {
    PORT: 3000,
    HOST: '127.0.0.1',
    DATABASE_URL: 'file:data/kiosque.db',
    KIOSQUE_DB_POOL: 10,
    PUBLIC_URL: 'http://localhost:3000',
    KIOSQUE_SEED: 'demo',
    KIOSQUE_ANONYMOUS_READ: true,
    KIOSQUE_CACHE_MB: 64,
    KIOSQUE_CACHE_CONTROL_ITEM: 'public, max-age=60, s-maxage=300, stale-while-revalidate=600, stale-if-error=86400',
    KIOSQUE_CACHE_CONTROL_LIST: 'public, max-age=30, s-maxage=60, stale-while-revalidate=300, stale-if-error=86400',
    KIOSQUE_CACHE_CONTROL_PARTNER: 'private, max-age=30',
    KIOSQUE_CACHE_CONTROL_NOT_FOUND: 'public, max-age=10, s-maxage=30',
    KIOSQUE_CACHE_KEYED_PUBLIC: false,
    KIOSQUE_RATE_LIMIT_ANONYMOUS: 600,
    KIOSQUE_RATE_LIMIT_KEY: 3000,
    KIOSQUE_TRUST_PROXY: 'false',
    KIOSQUE_CORS_ORIGINS: '*',
    KIOSQUE_CORS_CREDENTIALS: false,
    KIOSQUE_DOCS: true,
    KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: 2000,
    KIOSQUE_PUBLISHER_NAME: 'Kiosque',
    KIOSQUE_LANGUAGE: 'fr',
    KIOSQUE_USAGE_TERMS: 'All rights reserved. Reproduction only under an agreement with the publisher.',
    KIOSQUE_REQUEST_TIMEOUT_MS: 30_000,
    KIOSQUE_METRICS: 'admin',
    KIOSQUE_RENDER_TIME_MS: 500,
    KIOSQUE_RENDER_MEMORY_MB: 128,
    KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: false,
    KIOSQUE_WEBHOOKS_TIMEOUT_MS: 5000,
    KIOSQUE_WEBHOOKS_MAX_ATTEMPTS: 6,
    KIOSQUE_WEBHOOKS_RETRY_MS: 120_000,
    KIOSQUE_VIEWS_ROLLUP_MS: 10_000,
    KIOSQUE_RELATED_REFRESH_MS: 1000,
    KIOSQUE_REVISIONS_KEEP: 'all',
    LOG_LEVEL: 'info',
  });
  t.notOk('KIOSQUE_ADMIN_KEY' in loadConfig({}), 'no bootstrap key unless one is set');
  t.notOk('KIOSQUE_RENDER_THREADS' in loadConfig({}), 'render threads follow the cores unless set');
});

t.test('loadConfig treats empty variables as unset and ignores unknown ones', async (t) => {
  const config = loadConfig({ PORT: '', KIOSQUE_ADMIN_KEY: '', PATH: '/usr/bin', HOME: '/root' });
  t.equal(config.PORT, 3000);
  t.notOk('KIOSQUE_ADMIN_KEY' in config);
  t.notOk('PATH' in config);
});

t.test('loadConfig coerces text into numbers and booleans', async (t) => {
  const config = loadConfig({
    PORT: '8080', HOST: '0.0.0.0', DATABASE_URL: 'file:/var/lib/kiosque/k.db', PUBLIC_URL: 'https://www.example.fr/info',
    KIOSQUE_SEED: 'none', KIOSQUE_ADMIN_KEY: 'a'.repeat(24), KIOSQUE_ANONYMOUS_READ: 'false', KIOSQUE_CACHE_MB: '0', LOG_LEVEL: 'warn',
  });
  t.match(config, {
    PORT: 8080, HOST: '0.0.0.0', DATABASE_URL: 'file:/var/lib/kiosque/k.db', PUBLIC_URL: 'https://www.example.fr/info',
    KIOSQUE_SEED: 'none', KIOSQUE_ADMIN_KEY: 'a'.repeat(24), KIOSQUE_ANONYMOUS_READ: false, KIOSQUE_CACHE_MB: 0, LOG_LEVEL: 'warn',
    KIOSQUE_PUBLISHER_NAME: 'Kiosque', KIOSQUE_LANGUAGE: 'fr',
    KIOSQUE_USAGE_TERMS: 'All rights reserved. Reproduction only under an agreement with the publisher.',
    KIOSQUE_REQUEST_TIMEOUT_MS: 30_000, KIOSQUE_METRICS: 'admin',
    KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: false, KIOSQUE_WEBHOOKS_TIMEOUT_MS: 5000, KIOSQUE_WEBHOOKS_MAX_ATTEMPTS: 6, KIOSQUE_WEBHOOKS_RETRY_MS: 120_000,
  });
  const edge = loadConfig({ KIOSQUE_RATE_LIMIT_KEY: '10', KIOSQUE_CORS_CREDENTIALS: 'true', KIOSQUE_CORS_ORIGINS: 'https://a.fr', KIOSQUE_DOCS: 'false' });
  t.match(edge, { KIOSQUE_RATE_LIMIT_KEY: 10, KIOSQUE_CORS_CREDENTIALS: true, KIOSQUE_DOCS: false });
  t.equal(loadConfig({ KIOSQUE_ANONYMOUS_READ: 'true' }).KIOSQUE_ANONYMOUS_READ, true);
  t.equal(loadConfig({ PORT: '0' }).PORT, 0, 'port 0 asks the system for a free port');
  t.equal(loadConfig({ PORT: '65535' }).PORT, 65535);
  t.equal(loadConfig({ KIOSQUE_REQUEST_TIMEOUT_MS: '5000' }).KIOSQUE_REQUEST_TIMEOUT_MS, 5000);
  t.equal(loadConfig({ KIOSQUE_METRICS: 'off' }).KIOSQUE_METRICS, 'off');
  t.equal(loadConfig({ KIOSQUE_VIEWS_ROLLUP_MS: '60000' }).KIOSQUE_VIEWS_ROLLUP_MS, 60_000);
  t.throws(() => loadConfig({ KIOSQUE_REQUEST_TIMEOUT_MS: '10' }), /KIOSQUE_REQUEST_TIMEOUT_MS must be >= 1000/);
  t.throws(() => loadConfig({ KIOSQUE_METRICS: 'everyone' }), /KIOSQUE_METRICS must be one of admin, public, off/);
  t.throws(() => loadConfig({ KIOSQUE_VIEWS_ROLLUP_MS: '10' }), /KIOSQUE_VIEWS_ROLLUP_MS must be >= 1000/);
});

t.test('loadConfig names each bad variable, its problem and its value, in one message', async (t) => {
  const message = failure({ PORT: 'abc', KIOSQUE_SEED: 'x', PUBLIC_URL: 'ftp://x' });
  t.match(message, /^Invalid configuration:\n/);
  const lines = message.split('\n').slice(1).map((l) => l.trim());
  t.equal(lines.length, 3, 'one line per bad variable');
  t.ok(lines.includes('PORT must be integer: got "abc"'), message);
  t.ok(lines.includes('KIOSQUE_SEED must be one of demo, none: got "x"'), message);
  t.ok(lines.some((l) => l.startsWith('PUBLIC_URL must match pattern') && l.endsWith('got "ftp://x"')), message);
});

t.test('loadConfig refuses out-of-range and malformed values', async (t) => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ PORT: '65536' }, /^PORT must be <= 65535/],
    [{ PORT: '-1' }, /^PORT must be >= 0/],
    [{ PORT: '80.5' }, /^PORT must be integer/],
    [{ DATABASE_URL: 'mysql://db/kiosque' }, /^DATABASE_URL must match pattern/],
    [{ DATABASE_URL: 'file:' }, /^DATABASE_URL must match pattern/],
    [{ PUBLIC_URL: 'https://example.fr/' }, /^PUBLIC_URL must match pattern/],
    [{ PUBLIC_URL: 'example.fr' }, /^PUBLIC_URL must match pattern/],
    [{ KIOSQUE_ANONYMOUS_READ: 'yes' }, /^KIOSQUE_ANONYMOUS_READ must be boolean: got "yes"$/],
    [{ KIOSQUE_PUBLISHER_LOGO: 'logo.png' }, /^KIOSQUE_PUBLISHER_LOGO must match pattern/],
    [{ KIOSQUE_LANGUAGE: 'French' }, /^KIOSQUE_LANGUAGE must match pattern/],
    [{ LOG_LEVEL: 'verbose' }, /^LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent: got "verbose"$/],
  ];
  for (const [env, expected] of cases) {
    const lines = failure(env).split('\n').slice(1).map((l) => l.trim());
    t.equal(lines.length, 1, JSON.stringify(env));
    t.match(lines[0], expected, JSON.stringify(env));
  }
});

t.test('a bad KIOSQUE_ADMIN_KEY is named but never echoed', async (t) => {
  const secret = 'short-secret';
  const message = failure({ KIOSQUE_ADMIN_KEY: secret });
  t.match(message, 'KIOSQUE_ADMIN_KEY must NOT have fewer than 24 characters: got a value of 12 characters');
  t.notMatch(message, secret);
  const long = failure({ KIOSQUE_ADMIN_KEY: 'k'.repeat(201) });
  t.match(long, 'KIOSQUE_ADMIN_KEY must NOT have more than 200 characters');
  t.notMatch(long, 'kkkk');
});

t.test('DATABASE_URL names a SQLite file (the default) or a PostgreSQL server; KIOSQUE_DB_POOL its pool', async (t) => {
  t.equal(loadConfig({}).DATABASE_URL, 'file:data/kiosque.db', 'the default');
  t.equal(loadConfig({}).KIOSQUE_DB_POOL, 10);
  t.match(loadConfig({ DATABASE_URL: 'postgres://kiosque:secret@db.internal:5432/kiosque', KIOSQUE_DB_POOL: '40' }),
    { DATABASE_URL: 'postgres://kiosque:secret@db.internal:5432/kiosque', KIOSQUE_DB_POOL: 40 });
  t.equal(loadConfig({ DATABASE_URL: 'postgresql://h/k' }).DATABASE_URL, 'postgresql://h/k');
  t.match(failure({ DATABASE_URL: 'mysql://h/k' }), /DATABASE_URL must match pattern/);
  t.match(failure({ DATABASE_URL: 'data/kiosque.db' }), /DATABASE_URL must match pattern/, 'a bare path is not a URL');
  t.match(failure({ KIOSQUE_DB_POOL: '0' }), /KIOSQUE_DB_POOL must be >= 1/);
});

t.test('KIOSQUE_REDIS_URL: none by default (rate limits per instance), a Redis URL, never echoed when bad', async (t) => {
  t.notOk('KIOSQUE_REDIS_URL' in loadConfig({}));
  t.equal(loadConfig({ KIOSQUE_REDIS_URL: 'rediss://:s3cret@cache.internal:6380/0' }).KIOSQUE_REDIS_URL, 'rediss://:s3cret@cache.internal:6380/0');
  const message = failure({ KIOSQUE_REDIS_URL: 'http://:s3cret@cache.internal' });
  t.match(message, /KIOSQUE_REDIS_URL must match pattern .*: got a value of 29 characters/);
  t.notMatch(message, 's3cret');
});

t.test('webhook settings: loopback off by default, a timeout of at most 5 s', async (t) => {
  t.match(loadConfig({
    KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: 'true', KIOSQUE_WEBHOOKS_TIMEOUT_MS: '250', KIOSQUE_WEBHOOKS_MAX_ATTEMPTS: '8', KIOSQUE_WEBHOOKS_RETRY_MS: '5000',
  }), { KIOSQUE_WEBHOOKS_ALLOW_LOOPBACK: true, KIOSQUE_WEBHOOKS_TIMEOUT_MS: 250, KIOSQUE_WEBHOOKS_MAX_ATTEMPTS: 8, KIOSQUE_WEBHOOKS_RETRY_MS: 5000 });
  t.match(failure({ KIOSQUE_WEBHOOKS_TIMEOUT_MS: '6000' }), /KIOSQUE_WEBHOOKS_TIMEOUT_MS must be <= 5000/);
  t.match(failure({ KIOSQUE_WEBHOOKS_MAX_ATTEMPTS: '0' }), /KIOSQUE_WEBHOOKS_MAX_ATTEMPTS must be >= 1/);
});

t.test('KIOSQUE_REVISIONS_KEEP: every version by default, a count, or 0 for no history', async (t) => {
  t.equal(revisionsKept(loadConfig({})), Infinity);
  t.equal(revisionsKept(loadConfig({ KIOSQUE_REVISIONS_KEEP: 'all' })), Infinity);
  t.equal(revisionsKept(loadConfig({ KIOSQUE_REVISIONS_KEEP: '25' })), 25);
  t.equal(revisionsKept(loadConfig({ KIOSQUE_REVISIONS_KEEP: '0' })), 0);
  for (const bad of ['-1', 'none', '1.5', '007']) t.match(failure({ KIOSQUE_REVISIONS_KEEP: bad }), /KIOSQUE_REVISIONS_KEEP must match pattern/, bad);
});
