// The apps the in-process measurements drive: openApp (bench/mixed-cost.ts, bench/write-cost.ts) on a database
// file (a copy: they write to it), limits and load shedding off, an admin key to write with; uncachedApp
// (bench/page-cost.ts, page-profile.ts, search-cost.ts) without the response cache, on a dataset or the demo.
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/connection.js';

export const ADMIN = 'in-process-admin-key-0123456789abcdef';

export async function openApp(file: string, env: Record<string, string> = {}) {
  const db = openDatabase(`file:${file}`);
  await db.migrate();
  const config = loadConfig({
    KIOSQUE_ADMIN_KEY: ADMIN, KIOSQUE_SEED: 'none', KIOSQUE_RATE_LIMIT_ANONYMOUS: '0', KIOSQUE_RATE_LIMIT_KEY: '0', KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: '0', ...env,
  });
  const app = await buildApp({ config, db });
  await app.ready();
  await app.viewRollup.run();
  const newest = ((await app.inject('/v1/articles?limit=100')).json() as { data: { id: string; slug: string }[] }).data;
  return { app, db, newest };
}

/**
 * The app without its response cache nor metrics, on the database `file` (migrated) or, without one, the demo newsroom in memory.
 * Both apps have rolled the most-read windows up, as a server has 10 s after its start (KIOSQUE_VIEWS_ROLLUP_MS): rankings then
 * come from the windows' totals, not summed from the hourly buckets as in its first seconds (10.7 against 1.7 ms of CPU
 * for /v1/popular on 10,040 articles).
 */
export async function uncachedApp(file: string | undefined) {
  const db = openDatabase(file ?? ':memory:');
  await db.migrate();
  const config = loadConfig({ KIOSQUE_SEED: file ? 'none' : 'demo', KIOSQUE_METRICS: 'off', KIOSQUE_RATE_LIMIT_ANONYMOUS: '0', KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: '0' });
  const app = await buildApp({ config, db, cacheBytes: 0 });
  await app.ready();
  await app.viewRollup.run();
  return { app, db };
}
