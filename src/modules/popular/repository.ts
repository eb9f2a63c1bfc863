import type { Db } from '../../db/connection.js';

export function createViewsRepository(db: Db) {
  void db;
  return {};
}

export type ViewsRepository = ReturnType<typeof createViewsRepository>;
