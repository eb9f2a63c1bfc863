import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import tap, { type Test } from 'tap';
import { buildApp, type App, type AppOptions } from '../src/app.js';
import { loadConfig, type Config } from '../src/config.js';
import { migrateDatabase, openDatabase, type Db } from '../src/db/connection.js';
import { renderForStorage } from '../src/content/render.js';
import type { Renderer } from '../src/content/renderer.js';

export const ADMIN_KEY = 'test-admin-key-0123456789abcdef';
export const admin = { authorization: `Bearer ${ADMIN_KEY}` };

/**
 * Rate limits and load shedding are off unless a test turns them on: on a
 * busy test machine, a compile pause would shed requests, and most tests
 * send more requests a minute than an anonymous reader may.
 */
export const TEST_ENV = { KIOSQUE_RATE_LIMIT_ANONYMOUS: '0', KIOSQUE_RATE_LIMIT_KEY: '0', KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: '0' };

/**
 * Bodies render on the test's own thread, within the same caps: a render
 * worker takes seconds to start under tap's TypeScript loader, and some 40
 * files write articles. The pool and its budget are tested on their own
 * (test/content/renderer.test.ts) and through the API (`renderer: 'pool'`).
 */
export const inThreadRenderer: Renderer = { renderMarkdown: async (source) => renderForStorage(source) };

export interface TestApp {
  app: App;
  db: Db;
  /** The injected clock: tests move time with `clock.now = …` or `clock.advance(ms)`. */
  clock: { now: number; advance(ms: number): void };
}

/** A fresh app over a fresh, migrated in-memory database. Closed by t.teardown. */
export async function makeApp(
  t: { teardown(fn: () => unknown): void }, env: Record<string, string> = {},
  options: Pick<AppOptions, 'cacheBytes'> & { verbose?: (sql: unknown) => void; renderer?: 'pool' | Renderer } = {},
): Promise<TestApp> {
  const db = openDatabase(':memory:', { verbose: options.verbose });
  migrateDatabase(db);
  const clock = { now: Date.parse('2026-06-01T08:00:00Z'), advance(ms: number) { clock.now += ms; } };
  const config: Config = loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none', ...TEST_ENV, ...env });
  const renderer = options.renderer === 'pool' ? undefined : options.renderer ?? inThreadRenderer;
  const app = await buildApp({ config, db, now: () => clock.now, cacheBytes: options.cacheBytes, renderer });
  t.teardown(async () => {
    await app.close();
    db.$client.close();
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
 * Simulates another writer committing between a request's checks and its
 * write: services read the injected clock in between, so the next read of
 * the clock runs `sql` on another statement first.
 */
export function onNextClockRead({ db, clock }: Pick<TestApp, 'db' | 'clock'>, sql: string, ...params: string[]) {
  const at = clock.now;
  Object.defineProperty(clock, 'now', {
    configurable: true,
    get() {
      Object.defineProperty(clock, 'now', { value: at, writable: true, configurable: true, enumerable: true });
      db.$client.prepare(sql).run(...params);
      return at;
    },
  });
}

/** A TCP port free on 127.0.0.1 at the time of asking, for a server started as a child process. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * The environment of a child process running `bin/kiosque.js`: this one's, with `extra`, and tap's coverage
 * off (tap's processinfo hooks every child it spawns, whatever its environment, unless told so). The child
 * compiles the sources with tsx, so its coverage of a file has other byte offsets than the test processes'
 * and, merged with theirs, marks lines they ran as not run.
 */
export function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, _TAPJS_PROCESSINFO_COVERAGE_: '0', ...extra };
}
