import type { DeliveryRow, WebhookRow } from '../../db/schema.js';
import { keysetPage, type Cursors } from '../../lib/cursor.js';
import { found, patchRow } from '../../lib/entities.js';
import { invalid, type FieldError } from '../../lib/errors.js';
import { iso, isoOrNull } from '../../lib/http.js';
import { newId } from '../../lib/ids.js';
import type { Repositories } from '../../db/repositories.js';
import { checkUrl, type GuardOptions } from './ssrf.js';
import { newSecret } from './signature.js';
import type { Delivery, NewWebhook, Webhook, WebhookCreate, WebhookPatch } from './schemas.js';

export type WebhookDeps = {
  webhooks: Repositories['webhooks'];
  sections: Pick<Repositories['sections'], 'find'>;
  changes: Pick<Repositories['changes'], 'latest'>;
  guard: GuardOptions;
  now: () => number;
};

export function toWebhook(row: WebhookRow): Webhook {
  return {
    id: row.id, url: row.url, description: row.description, eventTypes: row.eventTypes as Webhook['eventTypes'],
    sectionIds: row.sectionIds ?? null, includeUnpublished: row.includeUnpublished, enabled: row.enabled,
    createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt), version: row.version,
  };
}

export function toDelivery(row: DeliveryRow): Delivery {
  return {
    id: row.id, webhookId: row.webhookId, eventType: row.eventType, status: row.status, attempts: row.attempts,
    nextAttemptAt: isoOrNull(row.nextAttemptAt), lastAttemptAt: isoOrNull(row.lastAttemptAt),
    lastStatus: row.lastStatus, lastError: row.lastError, createdAt: iso(row.createdAt),
    payload: JSON.parse(row.payload) as Delivery['payload'],
  };
}

/** Section ids (or paths) as stored ids, naming each unknown one. */
async function sectionIdsOf(deps: WebhookDeps, refs: string[] | null | undefined): Promise<string[] | null | undefined> {
  if (!refs) return refs;
  const errors: FieldError[] = [];
  const rows = await Promise.all(refs.map((ref) => deps.sections.find(ref)));
  const ids = refs.map((ref, i) => {
    const row = rows[i];
    if (!row) errors.push({ pointer: `/sectionIds/${i}`, message: `no such section: ${ref}` });
    return row?.id ?? ref;
  });
  if (errors.length) throw invalid(errors);
  return [...new Set(ids)];
}

export async function createWebhook(deps: WebhookDeps, input: WebhookCreate): Promise<NewWebhook> {
  await checkUrl(input.url, deps.guard);
  const now = deps.now();
  const row: WebhookRow = {
    id: newId('whk', now), url: input.url, description: input.description ?? null, eventTypes: input.eventTypes,
    sectionIds: await sectionIdsOf(deps, input.sectionIds) ?? null, includeUnpublished: input.includeUnpublished ?? false,
    enabled: input.enabled ?? true, secret: newSecret(),
    // Changes already committed are not this subscriber's: it gets those after its creation.
    afterSeq: await deps.changes.latest(),
    createdAt: now, updatedAt: now, version: 1,
  };
  await deps.webhooks.insert(row);
  return { ...toWebhook(row), secret: row.secret };
}

export async function listWebhooks(deps: WebhookDeps & { cursors: Cursors }, limit: number, cursor?: string) {
  const after = cursor ? (deps.cursors.decode(cursor, 'webhooks', 1)[0] as string) : undefined;
  return keysetPage(await deps.webhooks.list(limit + 1, after), limit, (r) => deps.cursors.encode('webhooks', [r.id]), toWebhook);
}

export async function getWebhook(deps: WebhookDeps, id: string): Promise<Webhook> {
  return toWebhook(found(await deps.webhooks.find(id), 'Webhook'));
}

export async function updateWebhook(deps: WebhookDeps, id: string, patch: WebhookPatch, ifMatch?: string): Promise<Webhook> {
  const row = found(await deps.webhooks.find(id), 'Webhook');
  if (patch.url !== undefined) await checkUrl(patch.url, deps.guard);
  const sectionIds = await sectionIdsOf(deps, patch.sectionIds);
  const next = { ...patch, ...(sectionIds === undefined ? {} : { sectionIds }) } as Partial<WebhookRow>;
  return toWebhook(await patchRow(row, next, deps.now(), ifMatch, deps.webhooks.update));
}

export async function deleteWebhook(deps: WebhookDeps, id: string): Promise<void> {
  found(await deps.webhooks.find(id), 'Webhook');
  await deps.webhooks.delete(id);
}

export async function listDeliveries(deps: WebhookDeps & { cursors: Cursors }, webhookId: string, limit: number, cursor?: string) {
  found(await deps.webhooks.find(webhookId), 'Webhook');
  const list = `deliveries|${webhookId}`;
  const before = cursor ? (deps.cursors.decode(cursor, list, 1)[0] as string) : undefined;
  return keysetPage(await deps.webhooks.deliveries(webhookId, limit + 1, before), limit, (r) => deps.cursors.encode(list, [r.id]), toDelivery);
}

export async function getDelivery(deps: WebhookDeps, webhookId: string, id: string): Promise<Delivery> {
  return toDelivery(found(await deps.webhooks.delivery(webhookId, id), 'Delivery'));
}

/**
 * Sends a delivery again, whatever its state: the same message (same
 * webhook-id and body, a new timestamp and signature) with a fresh set of attempts.
 */
export async function replayDelivery(deps: WebhookDeps, webhookId: string, id: string): Promise<Delivery> {
  const row = found(await deps.webhooks.delivery(webhookId, id), 'Delivery');
  const now = deps.now();
  await deps.webhooks.recordAttempt(row.id, {
    status: 'pending', attempts: 0, nextAttemptAt: now, lastAttemptAt: row.lastAttemptAt, lastStatus: row.lastStatus, lastError: row.lastError,
  }, now);
  return getDelivery(deps, webhookId, id);
}
