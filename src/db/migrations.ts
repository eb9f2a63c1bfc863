import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DialectName } from './executor.js';

/** Each dialect's drizzle-kit migrations (SQL files and journal) live in their own folder. */
export const migrationsFolder = (dialect: DialectName) =>
  resolve(dirname(fileURLToPath(import.meta.url)), '../../migrations', dialect);
