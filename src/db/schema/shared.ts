import type * as tables from './sqlite.js';

// What both dialects' schemas share: the values of enumerated columns, and the row types
// (taken from the SQLite tables; the PostgreSQL ones read back the same values).
export const tagTypes = ['topic', 'person', 'organisation', 'place', 'event'] as const;
export const articleStatuses = ['draft', 'scheduled', 'published', 'archived'] as const;
export const pubStatuses = ['usable', 'withheld', 'canceled'] as const;
export const linkKinds = ['article', 'external'] as const;
export const changeEntities = ['article', 'section', 'author', 'tag'] as const;
export const deliveryStatuses = ['pending', 'succeeded', 'failed'] as const;
export const revisionEvents = ['created', 'updated', 'restored'] as const;
export const importKinds = ['article', 'section', 'author', 'tag'] as const;

export type ArticleRow = typeof tables.articles.$inferSelect;
export type SectionRow = typeof tables.sections.$inferSelect;
export type AuthorRow = typeof tables.authors.$inferSelect;
export type TagRow = typeof tables.tags.$inferSelect;
export type ApiKeyRow = typeof tables.apiKeys.$inferSelect;
export type ChangeRow = typeof tables.changes.$inferSelect;
export type WebhookRow = typeof tables.webhooks.$inferSelect;
export type DeliveryRow = typeof tables.webhookDeliveries.$inferSelect;
export type RelatedLinkRow = typeof tables.relatedLinks.$inferInsert;
export type RevisionRow = typeof tables.articleRevisions.$inferSelect;
