/** PostgreSQL column types that store what SQLite stores (see postgres.ts). */
import {
  bigint, customType, doublePrecision,
} from 'drizzle-orm/pg-core';

export const text = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });
export const integer = (name: string) => bigint(name, { mode: 'number' });
export const real = (name: string) => doublePrecision(name);
export const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
/** The weighted full-text vector of an article (see migrations/postgres: the kiosque_* configurations). */
export const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

// Times are stored as epoch milliseconds (integers): they sort, compare and
// bind without mappers, which matters for prepared statements on hot paths.
export const timestamps = {
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  version: integer('version').notNull().default(1),
};
