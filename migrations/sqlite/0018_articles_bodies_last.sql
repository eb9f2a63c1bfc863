-- The article's metadata before its four bodies: a row's first page then holds what cards, lists, searches
-- and filters read, where they walked each row's overflow pages (tens of kilobytes of body) to reach it.
-- A rebuild (SQLite cannot move columns): the server runs migrations with foreign keys off (src/db/sqlite.ts),
-- so dropping the old table takes no bylines, tags, links or revisions with it, and rowids are kept.
CREATE TABLE `articles_new` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`standfirst` text,
	`summary` text NOT NULL,
	`toc` text NOT NULL,
	`word_count` integer NOT NULL,
	`reading_time_minutes` integer NOT NULL,
	`lang` text DEFAULT 'fr' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`pub_status` text DEFAULT 'usable' NOT NULL,
	`section_id` text NOT NULL,
	`publish_at` integer,
	`first_published_at` integer,
	`embargo_until` integer,
	`hero_image` text,
	`canonical_url` text,
	`seo_title` text,
	`seo_description` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`body_html` text NOT NULL,
	`body_blocks` text NOT NULL,
	`body_text` text NOT NULL,
	`body` text NOT NULL,
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE restrict
);--> statement-breakpoint
INSERT INTO `articles_new` (rowid, `id`, `slug`, `title`, `standfirst`, `summary`, `toc`, `word_count`, `reading_time_minutes`, `lang`, `status`, `pub_status`, `section_id`, `publish_at`, `first_published_at`, `embargo_until`, `hero_image`, `canonical_url`, `seo_title`, `seo_description`, `created_at`, `updated_at`, `version`, `body_html`, `body_blocks`, `body_text`, `body`) SELECT rowid, `id`, `slug`, `title`, `standfirst`, `summary`, `toc`, `word_count`, `reading_time_minutes`, `lang`, `status`, `pub_status`, `section_id`, `publish_at`, `first_published_at`, `embargo_until`, `hero_image`, `canonical_url`, `seo_title`, `seo_description`, `created_at`, `updated_at`, `version`, `body_html`, `body_blocks`, `body_text`, `body` FROM `articles`;--> statement-breakpoint
DROP TABLE `articles`;--> statement-breakpoint
ALTER TABLE `articles_new` RENAME TO `articles`;--> statement-breakpoint
CREATE UNIQUE INDEX `articles_slug_unique` ON `articles` (`slug`);--> statement-breakpoint
CREATE INDEX `articles_updated_idx` ON `articles` (`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `articles_title_idx` ON `articles` (`title`,`id`);--> statement-breakpoint
CREATE INDEX `articles_newest_idx` ON `articles` (coalesce(`publish_at`, `created_at`), `id`);--> statement-breakpoint
CREATE INDEX `articles_publish_at_idx` ON `articles` (`publish_at`);--> statement-breakpoint
CREATE INDEX `articles_embargo_idx` ON `articles` (`embargo_until`) WHERE "articles"."embargo_until" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `articles_section_idx` ON `articles` (`section_id`,`publish_at`);--> statement-breakpoint
CREATE INDEX `articles_visible_idx` ON `articles` (`id`,`status`,`pub_status`,`publish_at`,`embargo_until`,`section_id`,`lang`,`created_at`);