import { createRequire } from 'node:module';
import type pg from 'pg';

let driver: typeof pg | undefined;

/**
 * node-postgres, loaded when a PostgreSQL database is first opened (it is CommonJS, so this
 * stays synchronous): a server on SQLite never loads it.
 */
export const loadPg = (): typeof pg => (driver ??= createRequire(import.meta.url)('pg') as typeof pg);
