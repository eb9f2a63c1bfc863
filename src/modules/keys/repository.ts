import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { apiKeys, type ApiKeyRow } from '../../db/schema.js';

export function createKeysRepository(db: Db) {
  const byHash = db.select().from(apiKeys).where(eq(apiKeys.hash, sql.placeholder('hash'))).prepare();
  return {
    insert(row: typeof apiKeys.$inferInsert): void {
      db.insert(apiKeys).values(row).run();
    },
    findByHash(hash: string): ApiKeyRow | undefined {
      return byHash.get({ hash });
    },
    list(): ApiKeyRow[] {
      return db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt)).all();
    },
    findById(id: string): ApiKeyRow | undefined {
      return db.select().from(apiKeys).where(eq(apiKeys.id, id)).get();
    },
    revoke(id: string, at: number): boolean {
      return db.update(apiKeys).set({ revokedAt: at }).where(eq(apiKeys.id, id)).run().changes > 0;
    },
  };
}

export type KeysRepository = ReturnType<typeof createKeysRepository>;
