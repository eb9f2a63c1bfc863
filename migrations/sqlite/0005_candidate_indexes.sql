DROP INDEX `article_tags_tag_idx`;--> statement-breakpoint
CREATE INDEX `article_tags_tag_idx` ON `article_tags` (`tag_id`,`article_id`);--> statement-breakpoint
DROP INDEX `articles_section_idx`;--> statement-breakpoint
CREATE INDEX `articles_section_idx` ON `articles` (`section_id`,`publish_at`);