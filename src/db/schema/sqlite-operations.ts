/** SQLite: what runs the service (keys, the change feed and its purges, webhooks, imports, secrets). */
import {
  sqliteTable, text, integer, blob, primaryKey, index, uniqueIndex,
} from 'drizzle-orm/sqlite-core';
import {
  changeEntities, deliveryStatuses, importKinds,
} from './shared.js';
import {
  articles, timestamps,
} from './sqlite-content.js';

export const apiKeys = sqliteTable('api_keys', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  // SHA-256 of the secret: keys are 256-bit random, so a fast hash is enough.
  hash: text('hash').notNull(),
  prefix: text('prefix').notNull(),
  scopes: text('scopes', { mode: 'json' }).$type<string[]>().notNull(),
  createdAt: integer('created_at').notNull(),
  lastUsedAt: integer('last_used_at'),
  revokedAt: integer('revoked_at'),
  // A partner's entitlements; null means unrestricted. `sections` are roots: their sub-sections are included.
  sections: text('sections', { mode: 'json' }).$type<string[]>(),
  fields: text('fields', { mode: 'json' }).$type<string[]>(),
  embargoAccess: integer('embargo_access', { mode: 'boolean' }).notNull().default(false),
  // Requests per minute; null takes the configured default for keys.
  rateLimit: integer('rate_limit'),
}, (t) => [uniqueIndex('api_keys_hash_unique').on(t.hash)]);

/** Requests per key and UTC day (epoch days), flushed in batches from memory. */
export const apiKeyUsage = sqliteTable('api_key_usage', {
  keyId: text('key_id').notNull().references(() => apiKeys.id, { onDelete: 'cascade' }),
  day: integer('day').notNull(),
  count: integer('count').notNull(),
}, (t) => [primaryKey({ columns: [t.keyId, t.day] })]);
/**
 * The outbox: one row per write of content, appended in the write's own
 * transaction, so the change feed and webhooks never miss or invent a change.
 * `seq` (AUTOINCREMENT: never reused) is the commit order, as SQLite has one
 * writer at a time. Rows outlive their entities: a delete is a tombstone.
 */
export const changes = sqliteTable('changes', {
  seq: integer('seq').primaryKey({ autoIncrement: true }),
  type: text('type').notNull(),
  entityType: text('entity_type', { enum: changeEntities }).notNull(),
  entityId: text('entity_id').notNull(),
  // The current slug, or the last one for a delete (a section's path).
  slug: text('slug').notNull(),
  version: integer('version').notNull(),
  // An article's section (after the write) and, when it moved, the one before: entitlements filter on both.
  sectionId: text('section_id'),
  previousSectionId: text('previous_section_id'),
  // Whether readers without preview may learn of it: the article was visible before or after the write.
  public: integer('public', { mode: 'boolean' }).notNull(),
  occurredAt: integer('occurred_at').notNull(),
  surrogateKeys: text('surrogate_keys', { mode: 'json' }).$type<string[]>().notNull(),
});

/**
 * When each surrogate key was last purged (the latest change naming it): an
 * answer's Last-Modified is never earlier, so it moves forward when an article
 * leaves a list, though no article left in it changed.
 */
export const purgedKeys = sqliteTable('purged_keys', {
  key: text('key').primaryKey(),
  at: integer('at').notNull(),
});

/** Named watermarks of the outbox's consumers (the schedule watcher, the webhook fan-out). */
export const outboxCursors = sqliteTable('outbox_cursors', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});

/**
 * Secrets every instance of a newsroom shares, made once by the first
 * instance that needs one: the key of list cursors, which a cursor made by one
 * process must open in any other, and after a restart.
 */
export const serverSecrets = sqliteTable('server_secrets', {
  name: text('name').primaryKey(),
  value: blob('value', { mode: 'buffer' }).notNull(),
  createdAt: integer('created_at').notNull(),
});

export const webhooks = sqliteTable('webhooks', {
  id: text('id').primaryKey(),
  url: text('url').notNull(),
  description: text('description'),
  eventTypes: text('event_types', { mode: 'json' }).$type<string[]>().notNull(),
  sectionIds: text('section_ids', { mode: 'json' }).$type<string[] | null>(),
  includeUnpublished: integer('include_unpublished', { mode: 'boolean' }).notNull(),
  enabled: integer('enabled', { mode: 'boolean' }).notNull(),
  // Kept in clear: every delivery is signed with it (HMAC needs the key itself).
  secret: text('secret').notNull(),
  // Changes up to this sequence predate the subscription and are not sent to it.
  afterSeq: integer('after_seq').notNull(),
  ...timestamps,
});

/** One message of one change to one webhook, with its attempts; pending ones survive a restart. */
export const webhookDeliveries = sqliteTable('webhook_deliveries', {
  id: text('id').primaryKey(),
  webhookId: text('webhook_id').notNull().references(() => webhooks.id, { onDelete: 'cascade' }),
  changeSeq: integer('change_seq').notNull(),
  eventType: text('event_type').notNull(),
  payload: text('payload').notNull(),
  status: text('status', { enum: deliveryStatuses }).notNull(),
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

/**
 * What an import made of each thing it read (`kiosque import`): the entity, and
 * a digest of each field as the source had it. Importing the same export again
 * finds every digest unchanged and writes nothing; a newer export changes only
 * the fields whose source changed. `source` names the site (`wordpress:<url>`, `ghost`).
 */
export const importEntries = sqliteTable('import_entries', {
  source: text('source').notNull(),
  kind: text('kind', { enum: importKinds }).notNull(),
  key: text('key').notNull(),
  entityId: text('entity_id').notNull(),
  digests: text('digests', { mode: 'json' }).$type<Record<string, string>>().notNull(),
  importedAt: integer('imported_at').notNull(),
}, (t) => [
  primaryKey({ columns: [t.source, t.kind, t.key] }),
  index('import_entries_entity_idx').on(t.entityId),
]);

/** The paths an article had on the site it was imported from (a WordPress permalink), so old URLs can be mapped. */
export const legacyPaths = sqliteTable('legacy_paths', {
  path: text('path').primaryKey(),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('legacy_paths_article_idx').on(t.articleId)]);
