/**
 * The SQLite schema; postgres.ts is the same tables for PostgreSQL, and
 * test/db/schema-parity.test.ts holds them to the same columns, keys and indexes.
 */
export * from './sqlite-content.js';
export * from './sqlite-operations.js';
