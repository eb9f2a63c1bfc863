import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { apiKeys, type ApiKeyRow } from '../../db/schema.js';
import type { KeyUse } from './usage.js';

export function createKeysRepository(db: Db) {
  const client = db.$client;
  const byHash = db.select().from(apiKeys).where(eq(apiKeys.hash, sql.placeholder('hash'))).prepare();
  // A key deleted meanwhile has nothing to count: the usage row is skipped.
  const addUse = client.prepare(`INSERT INTO api_key_usage (key_id, day, count)
    SELECT @keyId, @day, @count WHERE EXISTS (SELECT 1 FROM api_keys WHERE id = @keyId)
    ON CONFLICT (key_id, day) DO UPDATE SET count = count + excluded.count`);
  const touch = client.prepare('UPDATE api_keys SET last_used_at = max(coalesce(last_used_at, 0), @lastUsedAt) WHERE id = @keyId');
  const addAll = client.transaction((batch: KeyUse[]) => {
    for (const use of batch) {
      addUse.run({ keyId: use.keyId, day: use.day, count: use.count });
      touch.run({ keyId: use.keyId, lastUsedAt: use.lastUsedAt });
    }
  });
  const usage = client.prepare('SELECT day, count FROM api_key_usage WHERE key_id = ? AND day >= ? ORDER BY day DESC');
  return {
    /** Adds counted requests to their days, and moves each key's last use forward, in one transaction. */
    recordUsage(batch: KeyUse[]): void {
      addAll(batch);
    },
    /** Requests per day since `fromDay` (epoch days), newest first. */
    usage(keyId: string, fromDay: number): { day: number; count: number }[] {
      return usage.all(keyId, fromDay) as { day: number; count: number }[];
    },
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
