import type { Db } from '../../db/connection.js';

export function createSearchRepository(db: Db) {
  void db;
  return {};
}

export type SearchRepository = ReturnType<typeof createSearchRepository>;
