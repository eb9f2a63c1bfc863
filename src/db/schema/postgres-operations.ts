/** PostgreSQL: what runs the service (see sqlite-operations.ts). */
import {
  pgTable, boolean, primaryKey, index, uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  text, integer, bytea, timestamps,
} from './postgres-columns.js';
import {
  articles,
} from './postgres-content.js';

export const apiKeys = pgTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  // SHA-256 of the secret: keys are 256-bit random, so a fast hash is enough.
  hash: text('hash').notNull(),
  prefix: text('prefix').notNull(),
  scopes: text('scopes').$type<string[]>().notNull(),
  createdAt: integer('created_at').notNull(),
  lastUsedAt: integer('last_used_at'),
  revokedAt: integer('revoked_at'),
  // A partner's entitlements; null means unrestricted. `sections` are roots: their sub-sections are included.
  sections: text('sections').$type<string[]>(),
  fields: text('fields').$type<string[]>(),
  embargoAccess: boolean('embargo_access').notNull().default(false),
  // Requests per minute; null takes the configured default for keys.
  rateLimit: integer('rate_limit'),
}, (t) => [uniqueIndex('api_keys_hash_unique').on(t.hash)]);

/** Requests per key and UTC day (epoch days), flushed in batches from memory. */
export const apiKeyUsage = pgTable('api_key_usage', {
  keyId: text('key_id').notNull().references(() => apiKeys.id, { onDelete: 'cascade' }),
  day: integer('day').notNull(),
  count: integer('count').notNull(),
}, (t) => [primaryKey({ columns: [t.keyId, t.day] })]);
/**
 * The outbox: one row per write of content, appended in the write's own
 * transaction. Writers take a transaction-scoped advisory lock before drawing
 * `seq` (see changes/postgres.ts), so sequence order is commit order, as with
 * SQLite's single writer. Rows outlive their entities: a delete is a tombstone.
 */
export const changes = pgTable('changes', {
  seq: integer('seq').primaryKey().generatedAlwaysAsIdentity(),
  type: text('type').notNull(),
  entityType: text('entity_type').notNull(),
  entityId: text('entity_id').notNull(),
  // The current slug, or the last one for a delete (a section's path).
  slug: text('slug').notNull(),
  version: integer('version').notNull(),
  // An article's section (after the write) and, when it moved, the one before: entitlements filter on both.
  sectionId: text('section_id'),
  previousSectionId: text('previous_section_id'),
  // Whether readers without preview may learn of it: the article was visible before or after the write.
  public: boolean('public').notNull(),
  occurredAt: integer('occurred_at').notNull(),
  surrogateKeys: text('surrogate_keys').$type<string[]>().notNull(),
});

/** When each surrogate key was last purged (see sqlite.ts). */
export const purgedKeys = pgTable('purged_keys', {
  key: text('key').primaryKey(),
  at: integer('at').notNull(),
});

/** Named watermarks of the outbox's consumers (the schedule watcher, the webhook fan-out). */
export const outboxCursors = pgTable('outbox_cursors', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});

/** Secrets every instance of a newsroom shares (see sqlite.ts). */
export const serverSecrets = pgTable('server_secrets', {
  name: text('name').primaryKey(),
  value: bytea('value').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const webhooks = pgTable('webhooks', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  description: text('description'),
  eventTypes: text('event_types').$type<string[]>().notNull(),
  sectionIds: text('section_ids').$type<string[] | null>(),
  includeUnpublished: boolean('include_unpublished').notNull(),
  enabled: boolean('enabled').notNull(),
  // Kept in clear: every delivery is signed with it (HMAC needs the key itself).
  secret: text('secret').notNull(),
  // Changes up to this sequence predate the subscription and are not sent to it.
  afterSeq: integer('after_seq').notNull(),
  ...timestamps,
});

/** One message of one change to one webhook, with its attempts; pending ones survive a restart. */
export const webhookDeliveries = pgTable('webhook_deliveries', {
  id: text('id').primaryKey(),
  webhookId: text('webhook_id').notNull().references(() => webhooks.id, { onDelete: 'cascade' }),
  changeSeq: integer('change_seq').notNull(),
  eventType: text('event_type').notNull(),
  payload: text('payload').notNull(),
  status: text('status').notNull(),
  attempts: integer('attempts').notNull(),
  nextAttemptAt: integer('next_attempt_at'),
  lastAttemptAt: integer('last_attempt_at'),
  lastStatus: integer('last_status'),
  lastError: text('last_error'),
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
}, (t) => [
  index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
  index('webhook_deliveries_webhook_idx').on(t.webhookId, t.id),
]);

/** What an import made of each thing it read (see sqlite.ts). */
export const importEntries = pgTable('import_entries', {
  source: text('source').notNull(),
  kind: text('kind').notNull(),
  key: text('key').notNull(),
  entityId: text('entity_id').notNull(),
  digests: text('digests').$type<Record<string, string>>().notNull(),
  importedAt: integer('imported_at').notNull(),
}, (t) => [
  primaryKey({ columns: [t.source, t.kind, t.key] }),
  index('import_entries_entity_idx').on(t.entityId),
]);

/** The paths an article had on the site it was imported from. */
export const legacyPaths = pgTable('legacy_paths', {
  path: text('path').primaryKey(),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('legacy_paths_article_idx').on(t.articleId)]);
