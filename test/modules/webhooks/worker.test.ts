import t from 'tap';
import { createCursors } from '../../../src/lib/cursor.js';
import { createDeliveryWorker } from '../../../src/modules/webhooks/worker.js';
import type { WebhookRow } from '../../../src/db/schema.js';
import { testRepositories } from '../../database.js';

const hook = (over: Partial<WebhookRow>): WebhookRow => ({
  id: 'whk_1', url: 'http://93.184.216.34/', description: null, eventTypes: ['*'], sectionIds: null, includeUnpublished: true,
  enabled: true, secret: `whsec_${Buffer.alloc(32).toString('base64')}`, afterSeq: 0, createdAt: 0, updatedAt: 0, version: 1, ...over,
});

const options = { allowLoopback: false, timeoutMs: 100, maxAttempts: 2, retryMs: 1000 };

t.test('the fan-out goes through the outbox in batches, and a filter on a deleted section matches nothing', async (t) => {
  const { repos, transaction } = await testRepositories(t);
  for (let i = 0; i < 501; i++) {
    await repos.changes.append({
      type: 'article.updated', entityType: 'article', entityId: `art_${i}`, slug: 's', version: 1, sectionId: 'sec_gone',
      previousSectionId: null, public: true, occurredAt: 0, surrogateKeys: [],
    });
  }
  await repos.webhooks.insert(hook({ id: 'whk_all', enabled: true }));
  await repos.webhooks.insert(hook({ id: 'whk_gone', sectionIds: ['sec_gone'] }));
  const worker = createDeliveryWorker({ transaction, webhooks: repos.webhooks, cursors: createCursors(Buffer.alloc(32)), now: () => 0, log: { warn() {} } }, { ...options, concurrency: 0 });
  await worker.run();
  t.equal((await repos.webhooks.deliveries('whk_all', 1000)).length, 501, 'both batches');
  t.equal((await repos.webhooks.deliveries('whk_gone', 1000)).length, 0);
  t.equal(await repos.changes.cursor('webhooks'), 501);
});

t.test('a delivery whose webhook disappeared before its attempt is dropped', async (t) => {
  const { repos, transaction } = await testRepositories(t);
  await repos.changes.append({
    type: 'tag.created', entityType: 'tag', entityId: 'tag_1', slug: 't', version: 1, sectionId: null,
    previousSectionId: null, public: true, occurredAt: 0, surrogateKeys: ['tag_1'],
  });
  await repos.webhooks.insert(hook({}));
  const webhooks = { ...repos.webhooks, find: async () => undefined };
  const worker = createDeliveryWorker({ transaction, webhooks, cursors: createCursors(Buffer.alloc(32)), now: () => 0, log: { warn() {} } }, options);
  await worker.run();
  t.match(await repos.webhooks.deliveries('whk_1', 10), [{ attempts: 0, status: 'pending', lastAttemptAt: null }], 'no attempt made');
});
