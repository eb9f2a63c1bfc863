/** SQLite: the newsroom's content (sections, authors, tags, articles and what hangs on them). */
import {
  sql,
} from 'drizzle-orm';
import {
  sqliteTable, text, integer, real, primaryKey, index, uniqueIndex, type AnySQLiteColumn,
} from 'drizzle-orm/sqlite-core';
import {
  articleStatuses, linkKinds, pubStatuses, revisionEvents, tagTypes,
} from './shared.js';

// Times are stored as epoch milliseconds (integers): they sort, compare and
// bind without mappers, which matters for prepared statements on hot paths.
export const timestamps = {
  createdAt: integer('created_at').notNull(),
  updatedAt: integer('updated_at').notNull(),
  version: integer('version').notNull().default(1),
};

export const sections = sqliteTable('sections', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  description: text('description'),
  parentId: text('parent_id').references((): AnySQLiteColumn => sections.id, { onDelete: 'restrict' }),
  position: integer('position').notNull().default(0),
  path: text('path').notNull(),
  ...timestamps,
}, (t) => [
  uniqueIndex('sections_path_unique').on(t.path),
  index('sections_parent_idx').on(t.parentId, t.position),
]);

export const authors = sqliteTable('authors', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  bio: text('bio'),
  avatarUrl: text('avatar_url'),
  ...timestamps,
}, (t) => [uniqueIndex('authors_slug_unique').on(t.slug)]);

export const tags = sqliteTable('tags', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull(),
  name: text('name').notNull(),
  type: text('type', { enum: tagTypes }).notNull(),
  ...timestamps,
}, (t) => [uniqueIndex('tags_slug_unique').on(t.slug)]);

export const articles = sqliteTable('articles', {
  id: text('id').primaryKey(),
  slug: text('slug').notNull(),
  title: text('title').notNull(),
  standfirst: text('standfirst'),
  summary: text('summary').notNull(),
  toc: text('toc').notNull(),
  wordCount: integer('word_count').notNull(),
  readingTimeMinutes: integer('reading_time_minutes').notNull(),
  lang: text('lang').notNull().default('fr'),
  status: text('status', { enum: articleStatuses }).notNull().default('draft'),
  pubStatus: text('pub_status', { enum: pubStatuses }).notNull().default('usable'),
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
  // The bodies last (migration 0018): what is read of every row in a list or a search fits in its first page,
  // before the overflow pages that hold them. Rendered once at write time from `body` (see src/content).
  bodyHtml: text('body_html').notNull(),
  bodyBlocks: text('body_blocks').notNull(),
  bodyText: text('body_text').notNull(),
  body: text('body').notNull(),
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
  // Visibility and filters of an article found by id, without its row (a search's or related candidates'
  // checks): from an index page, not the row's table page.
  index('articles_visible_idx').on(t.id, t.status, t.pubStatus, t.publishAt, t.embargoUntil, t.sectionId, t.lang, t.createdAt),
]);

export const articleAuthors = sqliteTable('article_authors', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  authorId: text('author_id').notNull().references(() => authors.id, { onDelete: 'restrict' }),
  position: integer('position').notNull(),
}, (t) => [
  primaryKey({ columns: [t.articleId, t.authorId] }),
  index('article_authors_author_idx').on(t.authorId),
]);

export const articleTags = sqliteTable('article_tags', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  tagId: text('tag_id').notNull().references(() => tags.id, { onDelete: 'restrict' }),
  position: integer('position').notNull(),
}, (t) => [
  primaryKey({ columns: [t.articleId, t.tagId] }),
  // Newest first within a tag (ids are time-sortable): related candidates read the newest per tag.
  index('article_tags_tag_idx').on(t.tagId, t.articleId),
]);

export const relatedLinks = sqliteTable('related_links', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  kind: text('kind', { enum: linkKinds }).notNull(),
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
export const articleSlugs = sqliteTable('article_slugs', {
  slug: text('slug').primaryKey(),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  createdAt: integer('created_at').notNull(),
}, (t) => [index('article_slugs_article_idx').on(t.articleId)]);

/**
 * The text the search index covers, one row per article, kept in the same
 * transaction as every article write. `article_fts` (FTS5, created in a custom
 * migration) indexes stemmed forms of these columns and reads them back from
 * here for snippets, so its rowid is this table's `rowid`.
 */
export const articleSearch = sqliteTable('article_search', {
  rowid: integer('rowid').primaryKey(),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  lang: text('lang').notNull(),
  title: text('title').notNull(),
  standfirst: text('standfirst').notNull(),
  body: text('body').notNull(),
  tags: text('tags').notNull(),
  authors: text('authors').notNull(),
  /** The index terms of the body's tokens that snippets read (search/snippet-terms.ts), space-separated; null until indexed again. */
  snippetTerms: text('snippet_terms'),
}, (t) => [
  uniqueIndex('article_search_article_unique').on(t.articleId),
  // From an FTS rowid to its article without reading the row (bodies make each row a page or more).
  index('article_search_rowid_idx').on(t.rowid, t.articleId),
]);

/**
 * Article history: one row per write of an article, appended in the write's
 * own transaction. `version` is the version the write made; `previous` is the
 * article as it was just before (the version it replaced, as JSON; null for a
 * creation), so the current version lives only in `articles`. Rows go with
 * their article (a delete erases its history) and are pruned past
 * KIOSQUE_REVISIONS_KEEP.
 */
export const articleRevisions = sqliteTable('article_revisions', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  writtenAt: integer('written_at').notNull(),
  // The API key that wrote it: its id and, as it was named then, its name.
  keyId: text('key_id').notNull(),
  keyName: text('key_name').notNull(),
  event: text('event', { enum: revisionEvents }).notNull(),
  restoredFrom: integer('restored_from'),
  // The names of the fields this write changed, as a JSON array.
  changes: text('changes').notNull(),
  previous: text('previous'),
}, (t) => [primaryKey({ columns: [t.articleId, t.version] })]);

/** Views per article and hour (epoch hours), flushed in batches from memory. */
export const articleViews = sqliteTable('article_views', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  hour: integer('hour').notNull(),
  count: integer('count').notNull(),
}, (t) => [
  primaryKey({ columns: [t.articleId, t.hour] }),
  // Covering: the most-read rankings sum a window's buckets from the index alone (a 24-hour window
  // at 100,000 articles read 20,000 rows of the table through an index of hours, 4 times the work).
  index('article_views_hour_cover_idx').on(t.hour, t.articleId, t.count),
]);

/**
 * Views per article summed over each most-read window (by its length in hours), kept as views are
 * written and as windows slide (popular/rollup.ts), so that a ranking is a walk down an index (covering:
 * a section's ranking passes over the other sections' articles without reading the table).
 */
export const articleViewTotals = sqliteTable('article_view_totals', {
  windowHours: integer('window_hours').notNull(),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  views: integer('views').notNull(),
}, (t) => [
  primaryKey({ columns: [t.articleId, t.windowHours] }),
  index('article_view_totals_rank_idx').on(t.windowHours, t.views, t.articleId),
]);

/** Where each window's totals start: article_view_totals sums the buckets from `from_hour` on. */
export const viewWindows = sqliteTable('view_windows', {
  hours: integer('hours').notNull(),
  fromHour: integer('from_hour').notNull(),
}, (t) => [primaryKey({ columns: [t.hours] })]);

/**
 * Each article's automatic related candidates, computed when it or a neighbour is written
 * (related/refresh.ts): the part of the score from shared tags and the section, decayed by the
 * candidate's age at read time, and the part from shared words, which does not decay.
 */
export const relatedCandidates = sqliteTable('related_candidates', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  candidateId: text('candidate_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  tagScore: real('tag_score').notNull(),
  textScore: real('text_score').notNull(),
}, (t) => [
  primaryKey({ columns: [t.articleId, t.candidateId] }),
  index('related_candidates_candidate_idx').on(t.candidateId),
]);

/**
 * The articles whose candidates are stored, when they were computed, and a digest of what they were
 * computed from (related/refresh.ts `sourcesOf`: an edit that leaves it alone is not computed again);
 * the others' are computed when read.
 */
export const relatedSets = sqliteTable('related_sets', {
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
  computedAt: integer('computed_at').notNull(),
  truncated: integer('truncated').notNull(),
  inputs: text('inputs'),
}, (t) => [primaryKey({ columns: [t.articleId] })]);

/** Articles an editor pinned to the top of a section front, in order. */
export const sectionPins = sqliteTable('section_pins', {
  sectionId: text('section_id').notNull().references(() => sections.id, { onDelete: 'cascade' }),
  position: integer('position').notNull(),
  articleId: text('article_id').notNull().references(() => articles.id, { onDelete: 'cascade' }),
}, (t) => [
  primaryKey({ columns: [t.sectionId, t.position] }),
  index('section_pins_article_idx').on(t.articleId),
]);
