import { and, desc, eq, isNull, sql } from 'drizzle-orm';
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
    /** Newest first; ids (ULIDs) break ties between keys made in the same millisecond. */
    list(): ApiKeyRow[] {
      return db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id)).all();
    },
    findById(id: string): ApiKeyRow | undefined {
      return db.select().from(apiKeys).where(eq(apiKeys.id, id)).get();
    },
    /** Marks the key revoked at `at`, unless it already is (the first revocation time is kept). */
    revoke(id: string, at: number): void {
      db.update(apiKeys).set({ revokedAt: at }).where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt))).run();
    },
  };
}

export type KeysRepository = ReturnType<typeof createKeysRepository>;
