import { and, desc, eq, lt, asc, gt } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { webhookDeliveries, webhooks, type DeliveryRow, type WebhookRow } from '../../db/schema.js';

export type NewDelivery = typeof webhookDeliveries.$inferInsert;
export type AttemptResult = Pick<DeliveryRow, 'status' | 'attempts' | 'nextAttemptAt' | 'lastAttemptAt' | 'lastStatus' | 'lastError'>;

export function createWebhooksRepository(db: Db) {
  const client = db.$client;
  // Claims due deliveries of enabled webhooks by moving their next attempt past the lease:
  // a process that dies mid-attempt leaves them to be tried again when it runs out.
  const claim = client.prepare(`UPDATE webhook_deliveries SET next_attempt_at = @lease
    WHERE id IN (SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
      WHERE d.status = 'pending' AND d.next_attempt_at <= @now AND w.enabled = 1
      ORDER BY d.next_attempt_at, d.id LIMIT @limit)
    RETURNING id`).pluck();
  return {
    list(limit: number, after?: string): WebhookRow[] {
      return db.select().from(webhooks).where(after === undefined ? undefined : gt(webhooks.id, after))
        .orderBy(asc(webhooks.id)).limit(limit).all();
    },
    /** Every enabled webhook, for the fan-out. */
    enabled(): WebhookRow[] {
      return db.select().from(webhooks).where(eq(webhooks.enabled, true)).all();
    },
    find(id: string): WebhookRow | undefined {
      return db.select().from(webhooks).where(eq(webhooks.id, id)).get();
    },
    insert(row: WebhookRow): void {
      db.insert(webhooks).values(row).run();
    },
    /** Writes `row` if the stored version is still `row.version - 1`. */
    update(row: WebhookRow): boolean {
      return db.update(webhooks).set(row)
        .where(and(eq(webhooks.id, row.id), eq(webhooks.version, row.version - 1))).run().changes === 1;
    },
    delete(id: string): void {
      db.delete(webhooks).where(eq(webhooks.id, id)).run();
    },
    deliveries(webhookId: string, limit: number, before?: string): DeliveryRow[] {
      const where = before === undefined ? eq(webhookDeliveries.webhookId, webhookId)
        : and(eq(webhookDeliveries.webhookId, webhookId), lt(webhookDeliveries.id, before));
      return db.select().from(webhookDeliveries).where(where).orderBy(desc(webhookDeliveries.id)).limit(limit).all();
    },
    delivery(webhookId: string, id: string): DeliveryRow | undefined {
      return db.select().from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.webhookId, webhookId), eq(webhookDeliveries.id, id))).get();
    },
    addDeliveries(rows: NewDelivery[]): void {
      if (rows.length) db.insert(webhookDeliveries).values(rows).run();
    },
    /** Takes up to `limit` deliveries due at `now`, leased until `lease`; returns them. */
    claimDue(now: number, lease: number, limit: number): DeliveryRow[] {
      const ids = client.transaction(() => claim.all({ now, lease, limit }) as string[]).immediate();
      return ids.map((id) => db.select().from(webhookDeliveries).where(eq(webhookDeliveries.id, id)).get()!);
    },
    recordAttempt(id: string, result: AttemptResult, now: number): void {
      db.update(webhookDeliveries).set({ ...result, updatedAt: now }).where(eq(webhookDeliveries.id, id)).run();
    },
  };
}

export type WebhooksRepository = ReturnType<typeof createWebhooksRepository>;
