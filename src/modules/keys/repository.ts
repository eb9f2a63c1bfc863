import type { Executor } from '../../db/executor.js';
import { fromRow, insertSql, selectColumns, toParams } from '../../db/rows.js';
import type { ApiKeyRow } from '../../db/schema.js';
import { apiKeys } from '../../db/schema/sqlite.js';
import type { KeyUse } from './usage.js';

const COLUMNS = selectColumns(apiKeys, 'k');

export function createKeysRepository(sql: Executor) {
  const d = sql.dialect;
  const row = (raw: unknown) => fromRow<ApiKeyRow>(sql.dialect, apiKeys, raw as Record<string, unknown>);
  return {
    /** Adds counted requests to their days, and moves each key's last use forward (in the caller's transaction). */
    async recordUsage(batch: KeyUse[]): Promise<void> {
      for (const use of batch) {
        // A key deleted meanwhile has nothing to count: the usage row is skipped.
        await sql.run(`INSERT INTO api_key_usage AS u (key_id, day, count)
          SELECT @keyId, CAST(@day AS BIGINT), CAST(@count AS BIGINT) WHERE EXISTS (SELECT 1 FROM api_keys WHERE id = @keyId)
          ON CONFLICT (key_id, day) DO UPDATE SET count = u.count + excluded.count`, { keyId: use.keyId, day: use.day, count: use.count });
        await sql.run(`UPDATE api_keys SET last_used_at = ${d.greatest('coalesce(last_used_at, 0)', 'CAST(@lastUsedAt AS BIGINT)')} WHERE id = @keyId`,
          { keyId: use.keyId, lastUsedAt: use.lastUsedAt });
      }
    },
    /** Requests per day since `fromDay` (epoch days), newest first. */
    async usage(keyId: string, fromDay: number): Promise<{ day: number; count: number }[]> {
      return sql.all('SELECT day, count FROM api_key_usage WHERE key_id = @keyId AND day >= @fromDay ORDER BY day DESC', { keyId, fromDay });
    },
    async insert(key: ApiKeyRow): Promise<void> {
      await sql.run(insertSql(apiKeys, key), toParams(apiKeys, key));
    },
    async findByHash(hash: string): Promise<ApiKeyRow | undefined> {
      return row(await sql.get(`SELECT ${COLUMNS} FROM api_keys k WHERE k.hash = @hash`, { hash }));
    },
    /** Newest first; ids (ULIDs) break ties between keys made in the same millisecond. */
    async list(): Promise<ApiKeyRow[]> {
      return (await sql.all(`SELECT ${COLUMNS} FROM api_keys k ORDER BY k.created_at DESC, k.id DESC`)).map((r) => row(r)!);
    },
    async findById(id: string): Promise<ApiKeyRow | undefined> {
      return row(await sql.get(`SELECT ${COLUMNS} FROM api_keys k WHERE k.id = @id`, { id }));
    },
    /** Marks the key revoked at `at`, unless it already is (the first revocation time is kept). */
    async revoke(id: string, at: number): Promise<void> {
      await sql.run('UPDATE api_keys SET revoked_at = @at WHERE id = @id AND revoked_at IS NULL', { id, at });
    },
  };
}

export type KeysRepository = ReturnType<typeof createKeysRepository>;
