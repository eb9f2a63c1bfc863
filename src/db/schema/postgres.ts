/**
 * The PostgreSQL schema: the tables of sqlite.ts, column for column, key for
 * key, index for index (test/db/schema-parity.test.ts holds them to it).
 * Integers are bigints (epoch milliseconds do not fit 32 bits), flags are
 * booleans, and text compares byte by byte (COLLATE "C"), as in SQLite: the
 * keyset cursors of lists sorted by name, title or path page alike on both.
 * JSON is stored as text, as in SQLite.
 */
export * from './postgres-content.js';
export * from './postgres-operations.js';
