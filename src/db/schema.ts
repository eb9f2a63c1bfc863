/**
 * The SQLite schema drizzle-kit reads (drizzle.config.ts) and the code imports: the content tables and
 * the operational ones, each in its own file, and the row types.
 */
export * from './schema-content.js';
export * from './schema-operations.js';
import { apiKeys, articleRevisions, articles, authors, sections, tags } from './schema-content.js';
import { changes, webhooks, webhookDeliveries } from './schema-operations.js';

export type ArticleRow = typeof articles.$inferSelect;
export type SectionRow = typeof sections.$inferSelect;
export type AuthorRow = typeof authors.$inferSelect;
export type TagRow = typeof tags.$inferSelect;
export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type ChangeRow = typeof changes.$inferSelect;
export type WebhookRow = typeof webhooks.$inferSelect;
export type DeliveryRow = typeof webhookDeliveries.$inferSelect;
export type RevisionRow = typeof articleRevisions.$inferSelect;
