import type { Executor } from '../../db/executor.js';
import { fromRow, insertSql, selectColumns, setClause, toParams } from '../../db/rows.js';
import { webhookDeliveries, webhooks } from '../../db/schema/sqlite.js';
import type { DeliveryRow, WebhookRow } from '../../db/schema.js';

export type NewDelivery = typeof webhookDeliveries.$inferInsert;
export type AttemptResult = Pick<DeliveryRow, 'status' | 'attempts' | 'nextAttemptAt' | 'lastAttemptAt' | 'lastStatus' | 'lastError'>;

const HOOK = selectColumns(webhooks, 'w');
const DELIVERY = selectColumns(webhookDeliveries, 'd');

export function createWebhooksRepository(sql: Executor) {
  const hook = (raw: unknown) => fromRow<WebhookRow>(sql.dialect, webhooks, raw as Record<string, unknown>);
  const hooks = async (text: string, params?: Record<string, unknown>) => (await sql.all(text, params)).map((r) => hook(r)!);
  return {
    list(limit: number, after?: string): Promise<WebhookRow[]> {
      return hooks(`SELECT ${HOOK} FROM webhooks w ${after === undefined ? '' : 'WHERE w.id > @after'} ORDER BY w.id LIMIT @limit`, { limit, after });
    },
    /** Every enabled webhook, for the fan-out. */
    enabled(): Promise<WebhookRow[]> {
      return hooks(`SELECT ${HOOK} FROM webhooks w WHERE w.enabled`);
    },
    async find(id: string): Promise<WebhookRow | undefined> {
      return hook(await sql.get(`SELECT ${HOOK} FROM webhooks w WHERE w.id = @id`, { id }));
    },
    async insert(row: WebhookRow): Promise<void> {
      await sql.run(insertSql(webhooks, row), toParams(webhooks, row));
    },
    /** Writes `row` if the stored version is still `row.version - 1`. */
    async update(row: WebhookRow): Promise<boolean> {
      return await sql.run(`UPDATE webhooks SET ${setClause(webhooks, row, ['id'])} WHERE id = @id AND version = @expected`,
        { ...toParams(webhooks, row), expected: row.version - 1 }) === 1;
    },
    async delete(id: string): Promise<void> {
      await sql.run('DELETE FROM webhooks WHERE id = @id', { id });
    },
    deliveries(webhookId: string, limit: number, before?: string): Promise<DeliveryRow[]> {
      return sql.all(`SELECT ${DELIVERY} FROM webhook_deliveries d WHERE d.webhook_id = @webhookId
        ${before === undefined ? '' : 'AND d.id < @before'} ORDER BY d.id DESC LIMIT @limit`, { webhookId, limit, before });
    },
    delivery(webhookId: string, id: string): Promise<DeliveryRow | undefined> {
      return sql.get(`SELECT ${DELIVERY} FROM webhook_deliveries d WHERE d.webhook_id = @webhookId AND d.id = @id`, { webhookId, id });
    },
    async addDeliveries(rows: NewDelivery[]): Promise<void> {
      for (const row of rows) await sql.run(insertSql(webhookDeliveries, row), toParams(webhookDeliveries, row));
    },
    /**
     * Takes up to `limit` deliveries due at `now` by moving their next attempt
     * past the lease: a process that dies mid-attempt leaves them to be tried
     * again when it runs out. One statement, so a claim is never shared.
     */
    claimDue(now: number, lease: number, limit: number): Promise<DeliveryRow[]> {
      return sql.all(`UPDATE webhook_deliveries SET next_attempt_at = @lease
        WHERE id IN (SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
          WHERE d.status = 'pending' AND d.next_attempt_at <= @now AND w.enabled
          ORDER BY d.next_attempt_at, d.id LIMIT @limit${sql.dialect.skipLocked('d')})
        RETURNING ${selectColumns(webhookDeliveries)}`, { now, lease, limit });
    },
    async recordAttempt(id: string, result: AttemptResult, now: number): Promise<void> {
      await sql.run(`UPDATE webhook_deliveries SET ${setClause(webhookDeliveries, result)}, updated_at = @now WHERE id = @id`, { ...result, id, now });
    },
  };
}

export type WebhooksRepository = ReturnType<typeof createWebhooksRepository>;
