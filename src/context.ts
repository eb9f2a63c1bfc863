import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { Repositories, Transactor } from './db/repositories.js';
import type { UsageRecorder } from './modules/keys/usage.js';
import type { Renderer } from './content/renderer.js';
import type { Cursors } from './lib/cursor.js';

/** What every module's routes are built with (see buildApp in app.ts). */
export interface AppContext {
  config: Config;
  db: Database;
  /** The clock, injectable so tests can move time (scheduled articles, embargoes). */
  now: () => number;
  /** Repositories outside any transaction: reads, and writes of one statement. */
  repos: Repositories;
  /** Opens a transaction with repositories built for it: services decide where one begins and ends. */
  transaction: Transactor;
  /** API key usage, counted in memory and written in batches. */
  keyUsage: UsageRecorder;
  /** Renders article bodies off the event loop, within the configured budget (imports use it too). */
  renderer: Renderer;
  /** Seals and opens list cursors with the newsroom's shared secret. */
  cursors: Cursors;
}
