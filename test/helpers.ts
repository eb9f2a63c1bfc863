import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tap, { type Test } from 'tap';
import { buildApp, type App, type AppOptions } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import type { Database } from '../src/db/connection.js';
import { exec, freshDatabase, triggers } from './database.js';
import { renderForStorage } from '../src/content/render.js';
import type { Renderer } from '../src/content/renderer.js';

export const ADMIN_KEY = 'test-admin-key-0123456789abcdef';
export const admin = { authorization: `Bearer ${ADMIN_KEY}` };

/**
 * Rate limits and load shedding are off unless a test turns them on: on a
 * busy test machine, a compile pause would shed requests, and most tests
 * send more requests a minute than an anonymous reader may.
 */
// The related refresh runs when a test asks (app.relatedRefresh.run()): answers never depend on a timer.
export const TEST_ENV = { KIOSQUE_RATE_LIMIT_ANONYMOUS: '0', KIOSQUE_RATE_LIMIT_KEY: '0', KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: '0', KIOSQUE_RELATED_REFRESH_MS: '3600000' };

/**
 * Bodies render on the test's own thread, within the same caps: a render
 * worker takes seconds to start under tap's TypeScript loader, and some 40
 * files write articles. The pool and its budget are tested on their own
 * (test/content/renderer.test.ts) and through the API (`renderer: 'pool'`).
 */
export const inThreadRenderer: Renderer = { renderMarkdown: async (source) => renderForStorage(source) };

export interface TestApp {
  app: App;
  db: Database;
  /** The injected clock: tests move time with `clock.now = …` or `clock.advance(ms)`. */
  clock: { now: number; advance(ms: number): void };
}

export const testClock = () => {
  const clock = { now: Date.parse('2026-06-01T08:00:00Z'), advance(ms: number) { clock.now += ms; } };
  return clock;
};

/**
 * A fresh app over a fresh, migrated database (SQLite in memory, or PostgreSQL:
 * see test/database.ts), with `options` for buildApp. Closed by t.teardown.
 */
export async function makeApp(
  t: { teardown(fn: () => unknown): void }, env: Record<string, string> = {},
  options: Partial<Omit<AppOptions, 'config' | 'db' | 'now' | 'renderer'>> & { verbose?: (sql: unknown) => void; sqlite?: string; on?: 'sqlite'; renderer?: 'pool' | Renderer } = {},
): Promise<TestApp> {
  const { verbose, sqlite, on, renderer, ...appOptions } = options;
  const { db, dispose } = await freshDatabase({ verbose, sqlite, on });
  const clock = testClock();
  const config: Config = loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none', ...TEST_ENV, ...env });
  const app = await buildApp({ config, db, now: () => clock.now, ...appOptions, renderer: renderer === 'pool' ? undefined : renderer ?? inThreadRenderer });
  t.teardown(async () => {
    await app.close();
    await dispose();
  });
  return { app, db, clock };
}

/**
 * A fresh directory under the system's temporary one, removed with what is in it
 * when the test file ends (after every subtest's own teardown has closed its databases).
 */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `kiosque-${name}-`));
  tap.teardown(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

type Injected = Awaited<ReturnType<App['inject']>>;

/** POSTs as admin and returns the parsed 201 body, failing loudly otherwise. */
export async function create<T = Record<string, any>>(app: App, url: string, payload: object): Promise<T> {
  const res: Injected = await app.inject({ method: 'POST', url, headers: admin, payload });
  if (res.statusCode !== 201) throw new Error(`POST ${url} → ${res.statusCode}: ${res.body}`);
  return res.json() as T;
}

/** A section, an author, a tag: what most article tests need. */
export async function newsroom(app: App) {
  const section = await create(app, '/v1/sections', { name: 'Actualités' });
  const child = await create(app, '/v1/sections', { name: 'Intelligence artificielle', slug: 'ia', parentId: section.id });
  const other = await create(app, '/v1/sections', { name: 'Culture' });
  const author = await create(app, '/v1/authors', { name: 'Hélène Fabre' });
  const tag = await create(app, '/v1/tags', { name: 'Élections', type: 'topic' });
  const tag2 = await create(app, '/v1/tags', { name: 'Paris', type: 'place' });
  return { section, child, other, author, tag, tag2 };
}

/** Creates an article as admin; published now unless `fields` say otherwise. */
export async function article(app: App, fields: Record<string, unknown>) {
  return create(app, '/v1/articles', { body: 'Un paragraphe.\n\n## Une partie\n\nDu texte.', status: 'published', ...fields });
}

/** Asserts a problem+json answer with this status and code; returns its body. */
export function isProblem(t: Test, res: { statusCode: number; headers: Record<string, unknown>; json(): any }, status: number, code: string) {
  t.equal(res.statusCode, status, `status ${status}`);
  t.match(String(res.headers['content-type']), /^application\/problem\+json/, 'problem+json');
  const body = res.json();
  t.match(body, { status, code, type: String, title: String, detail: String, requestId: String });
  return body;
}

/**
 * Simulates another writer that changed rows of `table` between a request's
 * checks and its write: until the returned function is called, every
 * `operation` on the table's rows is silently skipped (a trigger that ignores
 * it), so a conditional write matches no row, as when the version it expects
 * has moved on.
 */
export async function ignoreWrites({ db }: Pick<TestApp, 'db'>, table: string, operation: 'UPDATE' | 'DELETE') {
  const dialect = triggers[db.dialect.name];
  for (const sql of dialect.ignore(table, operation)) await exec(db, sql);
  return async () => { await exec(db, dialect.drop('other_writer', table)); };
}

/**
 * Simulates another writer between a request's checks and its write:
 * services read the injected clock in between, so the next read of the clock
 * runs `sql` first, in the request's own transaction (issued in its async
 * context), before the write's own statements. A write it makes fail rolls
 * back with it: tests assert what the refused write left, nothing.
 */
export function onNextClockRead({ db, clock }: Pick<TestApp, 'db' | 'clock'>, sql: string, params: Record<string, unknown>) {
  const at = clock.now;
  Object.defineProperty(clock, 'now', {
    configurable: true,
    get() {
      Object.defineProperty(clock, 'now', { value: at, writable: true, configurable: true, enumerable: true });
      void exec(db, sql, params);
      return at;
    },
  });
}

/** Makes every INSERT into `table` fail with an error (a trigger), until the returned function is called. */
export async function failInserts({ db }: Pick<TestApp, 'db'>, table: string) {
  const dialect = triggers[db.dialect.name];
  for (const sql of dialect.fail(table)) await exec(db, sql);
  return async () => { await exec(db, dialect.drop('failing', table)); };
}

export { freePort } from './free-port.js';

/**
 * The environment of a child process running `bin/kiosque.js`: this one's, with `extra`, recording no coverage.
 * The child compiles the sources with tsx, so its coverage of a file has other byte offsets than the test
 * processes', and c8, merging V8 ranges by URL, made nonsense of both (keys/service.ts at 45%, or every file
 * at 100%). Leaving tap's variables out is not enough: its processinfo hooks every spawn and puts its loader
 * and variables back, and only `_TAPJS_PROCESSINFO_COVERAGE_=0`, set here, turns the child's coverage off.
 */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const { NODE_V8_COVERAGE: _coverage, ...env } = process.env;
  return { ...env, _TAPJS_PROCESSINFO_COVERAGE_: '0', ...extra };
}
