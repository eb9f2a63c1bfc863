import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { AppContext } from '../../context.js';
import type { ChangeRow, DeliveryRow, WebhookRow } from '../../db/schema.js';
import type { Cursors } from '../../lib/cursor.js';
import { iso } from '../../lib/http.js';
import { newId } from '../../lib/ids.js';
import { createPoller, reportFailedTurn } from '../../lib/poller.js';
import type { Repositories, Transactor } from '../../db/repositories.js';
import type { ChangesRepository } from '../changes/repository.js';
import { toChange } from '../changes/service.js';
import type { WebhooksRepository, NewDelivery } from './repository.js';
import { post, type PostResult } from './post.js';
import { checkUrl, type GuardOptions } from './ssrf.js';
import { sign } from './signature.js';

export interface DeliveryOptions {
  allowLoopback: boolean;
  /** The whole exchange, at most 5 s. */
  timeoutMs: number;
  /** Attempts before a delivery is marked failed. */
  maxAttempts: number;
  /** The delay before the first retry; each next one doubles. */
  retryMs: number;
  maxResponseBytes?: number;
  /** How often the outbox and due deliveries are looked at, in milliseconds (1,000 by default). */
  pollMs?: number;
  /** Deliveries attempted at once. */
  concurrency?: number;
  lookup?: GuardOptions['lookup'];
}

type Deps = { transaction: Transactor; webhooks: WebhooksRepository; cursors: Cursors; now: () => number; log: Pick<FastifyBaseLogger, 'warn'> };

const WATERMARK = 'webhooks';
const BATCH = 500;

function matchesType(patterns: string[], type: string): boolean {
  return patterns.some((p) => p === '*' || p === type || (p.endsWith('.*') && type.startsWith(p.slice(0, -1))));
}

/** The ids a webhook's section filter covers now: its sections and their sub-sections. */
async function sectionSet(changes: ChangesRepository, hook: WebhookRow): Promise<Set<string> | null> {
  if (!hook.sectionIds) return null;
  const ids = new Set<string>();
  for (const id of hook.sectionIds) {
    const section = await changes.section(id);
    if (section) for (const child of await changes.subtree(section.path)) ids.add(child);
  }
  return ids;
}

function matches(hook: WebhookRow, sections: Set<string> | null, row: ChangeRow): boolean {
  if (row.seq <= hook.afterSeq || (!row.public && !hook.includeUnpublished) || !matchesType(hook.eventTypes, row.type)) return false;
  return sections === null || [row.sectionId, row.previousSectionId].some((id) => id !== null && sections.has(id));
}

export const payloadOf = (cursors: Cursors, row: ChangeRow): string =>
  JSON.stringify({ type: row.type, timestamp: iso(row.occurredAt), data: toChange(cursors, row) });

export function createDeliveryWorker(deps: Deps, options: DeliveryOptions) {
  const guard = { allowLoopback: options.allowLoopback, lookup: options.lookup };

  /** Turns one batch of changes into deliveries, moving the watermark with them; true when there may be more. */
  function fanOut(): Promise<boolean> {
    return deps.transaction(async ({ changes, webhooks }: Repositories) => {
      // Another instance fanning out now: this one leaves the turn to it.
      if (!await changes.takeTurn(WATERMARK)) return false;
      const after = await changes.cursor(WATERMARK) ?? 0;
      const { rows } = await changes.list(after, BATCH, { publicOnly: false, sectionIds: null });
      const now = deps.now();
      const hooks: { hook: WebhookRow; sections: Set<string> | null }[] = [];
      for (const hook of await webhooks.enabled()) hooks.push({ hook, sections: await sectionSet(changes, hook) });
      const deliveries: NewDelivery[] = rows.flatMap((row) => hooks.filter(({ hook, sections }) => matches(hook, sections, row))
        .map(({ hook }) => ({
          id: newId('msg', now), webhookId: hook.id, changeSeq: row.seq, eventType: row.type, payload: payloadOf(deps.cursors, row),
          status: 'pending' as const, attempts: 0, nextAttemptAt: now, createdAt: now, updatedAt: now,
        })));
      await webhooks.addDeliveries(deliveries);
      if (rows.length) await changes.setCursor(WATERMARK, rows[rows.length - 1].seq);
      return rows.length === BATCH;
    }, { wait: false });
  }

  async function send(hook: WebhookRow, delivery: DeliveryRow): Promise<PostResult> {
    let target: Awaited<ReturnType<typeof checkUrl>>;
    try {
      target = await checkUrl(hook.url, guard);
    } catch (err) {
      return { ok: false, status: null, error: (err as Error).message };
    }
    // Wall-clock seconds: receivers compare this with their own clock to refuse replays.
    const timestamp = Math.floor(Date.now() / 1000);
    const headers = {
      'webhook-id': delivery.id, 'webhook-timestamp': String(timestamp),
      'webhook-signature': sign(hook.secret, delivery.id, timestamp, delivery.payload),
    };
    return post(target.url, target.addresses, headers, delivery.payload, {
      timeoutMs: options.timeoutMs, maxResponseBytes: options.maxResponseBytes ?? 64 * 1024,
    });
  }

  async function attempt(delivery: DeliveryRow): Promise<void> {
    const hook = await deps.webhooks.find(delivery.webhookId);
    // Deleted meanwhile: its deliveries went with it.
    if (!hook) return;
    const result = await send(hook, delivery);
    const now = deps.now();
    const attempts = delivery.attempts + 1;
    const last = result.ok || attempts >= options.maxAttempts;
    if (!result.ok) deps.log.warn({ delivery: delivery.id, attempts, error: result.error }, 'webhook delivery failed');
    await deps.webhooks.recordAttempt(delivery.id, {
      status: result.ok ? 'succeeded' : last ? 'failed' : 'pending',
      attempts,
      nextAttemptAt: last ? null : now + options.retryMs * 2 ** (attempts - 1),
      lastAttemptAt: now, lastStatus: result.status, lastError: result.error,
    }, now);
  }

  return {
    fanOut,
    /** Fans out what the outbox holds, then attempts what is due. */
    async run(): Promise<void> {
      while (await fanOut());
      const now = deps.now();
      const due = await deps.transaction(({ webhooks }) => webhooks.claimDue(now, now + options.timeoutMs + 60_000, options.concurrency ?? 8), { wait: false });
      await Promise.all(due.map(attempt));
    },
  };
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The webhook deliveries worker; `run()` fans out and attempts what is due now. */
    webhookWorker: { run(): Promise<void> };
  }
}

/** Starts the worker with the app (polling), and stops it on close after the attempts in flight. */
export default fp(async function webhookWorker(app: FastifyInstance, { ctx, ...options }: { ctx: AppContext } & DeliveryOptions) {
  const worker = createDeliveryWorker({ transaction: ctx.transaction, webhooks: ctx.repos.webhooks, cursors: ctx.cursors, now: ctx.now, log: app.log }, options);
  const poller = createPoller(worker.run, options.pollMs ?? 1_000, reportFailedTurn(app.log, 'webhook worker failed'));
  app.decorate('webhookWorker', { run: poller.run });
  app.addHook('onReady', async () => poller.start());
  app.addHook('preClose', async () => poller.stop());
}, { name: 'webhook-worker' });
