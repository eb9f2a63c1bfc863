import { ADMIN_KEY, TEST_ENV } from './helpers.js';
import { buildApp, type App } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { seedDemo } from '../src/db/seed/index.js';
import { freshDatabase } from './database.js';

export interface DemoApi {
  app: App;
  /** Where it listens: `http://127.0.0.1:<port>`. */
  url: string;
}

/**
 * The API with the demo newsroom, listening on a free port of the loopback
 * interface, as `npm start` serves it: what the typed client and the reader
 * site are tested against over real HTTP. Closed by t.teardown.
 */
export async function startDemoApi(t: { teardown(fn: () => unknown): void }, env: Record<string, string> = {}): Promise<DemoApi> {
  const { db, dispose } = await freshDatabase();
  const config = loadConfig({ KIOSQUE_ADMIN_KEY: ADMIN_KEY, KIOSQUE_SEED: 'none', ...TEST_ENV, ...env });
  await seedDemo({ db, now: Date.now, config });
  const app = await buildApp({ config, db });
  t.teardown(async () => {
    await app.close();
    await dispose();
  });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return { app, url };
}
