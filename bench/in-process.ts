// The app the in-process measurements drive (bench/mixed-cost.ts, bench/write-cost.ts): a database file
// (a copy: they write to it), limits and load shedding off, an admin key to write with.
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/connection.js';

export const ADMIN = 'in-process-admin-key-0123456789abcdef';

export async function openApp(file: string) {
  const db = openDatabase(`file:${file}`);
  await db.migrate();
  const config = loadConfig({
    KIOSQUE_ADMIN_KEY: ADMIN, KIOSQUE_SEED: 'none', KIOSQUE_RATE_LIMIT_ANONYMOUS: '0', KIOSQUE_RATE_LIMIT_KEY: '0', KIOSQUE_MAX_EVENT_LOOP_DELAY_MS: '0',
  });
  const app = await buildApp({ config, db });
  await app.ready();
  const newest = ((await app.inject('/v1/articles?limit=100')).json() as { data: { id: string; slug: string }[] }).data;
  return { app, db, newest };
}
