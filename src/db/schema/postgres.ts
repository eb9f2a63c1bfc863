/**
 * The PostgreSQL schema: the tables of sqlite.ts, column for column, key for
 * key, index for index (test/db/schema-parity.test.ts holds them to it).
 * Integers are bigints (epoch milliseconds do not fit 32 bits), flags are
 * booleans, and text compares byte by byte (COLLATE "C"), as in SQLite: the
 * keyset cursors of lists sorted by name, title or path page alike on both.
 * JSON is stored as text, as in SQLite.
 */
import { sql } from 'drizzle-orm';
import {
  pgTable, bigint, boolean, customType, primaryKey, index, uniqueIndex, type AnyPgColumn,
} from 'drizzle-orm/pg-core';

const text = customType<{ data: string }>({ dataType: () => 'text COLLATE "C"' });
const integer = (name: string) => bigint(name, { mode: 'number' });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
/** The weighted full-text vector of an article (see migrations/postgres: the kiosque_* configurations). */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

// Times are stored as epoch milliseconds (integers): they sort, compare and
// bind without mappers, which matters for prepared statements on hot paths.
const timestamps = {
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  version: integer('version').notNull().default(1),
};

export const sections = pgTable('sections', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  description: text('description'),
  parentId: text('parent_id').references((): AnyPgColumn => sections.id, { onDelete: 'restrict' }),
  position: integer('position').notNull().default(0),
  path: text('path').notNull(),
  ...timestamps,
}, (t) => [
  uniqueIndex('sections_path_unique').on(t.path),
  index('sections_parent_idx').on(t.parentId, t.position),
]);

export const authors = pgTable('authors', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  bio: text('bio'),
  avatarUrl: text('avatar_url'),
  ...timestamps,
}, (t) => [uniqueIndex('authors_slug_unique').on(t.slug)]);

export const tags = pgTable('tags', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  type: text('type').notNull(),
  ...timestamps,
}, (t) => [uniqueIndex('tags_slug_unique').on(t.slug)]);

export const articles = pgTable('articles', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull(),
  title: text('title').notNull(),
  standfirst: text('standfirst'),
  body: text('body').notNull(),
  // Rendered once at write time from `body` (see src/content).
  bodyHtml: text('body_html').notNull(),
  bodyText: text('body_text').notNull(),
  bodyBlocks: text('body_blocks').notNull(),
  toc: text('toc').notNull(),
  summary: text('summary').notNull(),
  wordCount: integer('word_count').notNull(),
  readingTimeMinutes: integer('reading_time_minutes').notNull(),
  lang: text('lang').notNull().default('fr'),
  status: text('status').notNull().default('draft'),
  pubStatus: text('pub_status').notNull().default('usable'),
  sectionId: text('section_id').notNull().references(() => sections.id, { onDelete: 'restrict' }),
  // The instant the article is (or becomes) public; null for drafts never published.
  publishAt: integer('publish_at'),
  firstPublishedAt: integer('first_published_at'),
  embargoUntil: integer('embargo_until'),
  heroImage: text('hero_image'),
  canonicalUrl: text('canonical_url'),
  seoTitle: text('seo_title'),
  seoDescription: text('seo_description'),
  ...timestamps,
}, (t) => [
  // articles_newest_idx, on coalesce(publish_at, created_at), is in a custom
  // migration: drizzle-kit cannot generate expression indexes correctly.
  uniqueIndex('articles_slug_unique').on(t.slug),
  index('articles_updated_idx').on(t.updatedAt, t.id),
  index('articles_title_idx').on(t.title, t.id),
  index('articles_section_idx').on(t.sectionId, t.publishAt),
  // The next scheduled publication or embargo end (the response cache's expiry), and date filters.
  index('articles_publish_at_idx').on(t.publishAt),
  index('articles_embargo_idx').on(t.embargoUntil).where(sql`${t.embargoUntil} IS NOT NULL`),
  // Visibility and filters of an article found by id, without its row: the columns sit after ~40 KB of
  // body text, so each check of a search or related candidate read about ten overflow pages.
  index('articles_visible_idx').on(t.id, t.status, t.pubStatus, t.publishAt, t.embargoUntil, t.sectionId, t.lang, t.createdAt),
]);

export const articleAuthors = pgTable('article_authors', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  authorId: text('author_id').notNull().references(() => authors.id, { onDelete: 'restrict' }),
  position: integer('position').notNull(),
}, (t) => [
  primaryKey({ columns: [t.articleId, t.authorId] }),
  index('article_authors_author_idx').on(t.authorId),
]);

export const articleTags = pgTable('article_tags', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  tagId: text('tag_id').notNull().references(() => tags.id, { onDelete: 'restrict' }),
  position: integer('position').notNull(),
}, (t) => [
  primaryKey({ columns: [t.articleId, t.tagId] }),
  // Newest first within a tag (ids are time-sortable): related candidates read the newest per tag.
  index('article_tags_tag_idx').on(t.tagId, t.articleId),
]);

export const relatedLinks = pgTable('related_links', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  kind: text('kind').notNull(),
  targetArticleId: text('target_article_id').references(() => articles.id, { onDelete: 'cascade' }),
  url: text('url'),
  title: text('title'),
  description: text('description'),
  label: text('label'),
}, (t) => [
  primaryKey({ columns: [t.articleId, t.position] }),
  index('related_links_target_idx').on(t.targetArticleId),
]);

/** Every slug an article has had, so old URLs keep resolving. */
export const articleSlugs = pgTable('article_slugs', {
  slug: text('slug').primaryKey(),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('article_slugs_article_idx').on(t.articleId)]);

/**
 * The text the search index covers, one row per article, kept in the same
 * transaction as every article write, with its weighted tsvector (title A,
 * standfirst B, tags and authors C, body D) under a GIN index.
 */
export const articleSearch = pgTable('article_search', {
  rowid: integer('rowid').primaryKey().generatedAlwaysAsIdentity(),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  lang: text('lang').notNull(),
  title: text('title').notNull(),
  standfirst: text('standfirst').notNull(),
  body: text('body').notNull(),
  tags: text('tags').notNull(),
  authors: text('authors').notNull(),
  search: tsvector('search').notNull(),
}, (t) => [
  uniqueIndex('article_search_article_unique').on(t.articleId),
  index('article_search_search_idx').using('gin', t.search),
]);

/** Article history, one row per write of an article (see sqlite.ts). */
export const articleRevisions = pgTable('article_revisions', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  writtenAt: integer('written_at').notNull(),
  keyId: text('key_id').notNull(),
  keyName: text('key_name').notNull(),
  event: text('event').notNull(),
  restoredFrom: integer('restored_from'),
  changes: text('changes').notNull(),
  previous: text('previous'),
}, (t) => [primaryKey({ columns: [t.articleId, t.version] })]);

/** Views per article and hour (epoch hours), flushed in batches from memory. */
export const articleViews = pgTable('article_views', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  hour: integer('hour').notNull(),
  count: integer('count').notNull(),
}, (t) => [
  primaryKey({ columns: [t.articleId, t.hour] }),
  index('article_views_hour_idx').on(t.hour),
]);

/** Articles an editor pinned to the top of a section front, in order. */
export const sectionPins = pgTable('section_pins', {
  sectionId: text('section_id').notNull().references(() => sections.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
}, (t) => [
  primaryKey({ columns: [t.sectionId, t.position] }),
  index('section_pins_article_idx').on(t.articleId),
]);

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
