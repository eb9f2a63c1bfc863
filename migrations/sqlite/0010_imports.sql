CREATE TABLE `import_entries` (
	`source` text NOT NULL,
	`kind` text NOT NULL,
	`key` text NOT NULL,
	`entity_id` text NOT NULL,
	`digests` text NOT NULL,
	`imported_at` integer NOT NULL,
	PRIMARY KEY(`source`, `kind`, `key`)
);
--> statement-breakpoint
CREATE INDEX `import_entries_entity_idx` ON `import_entries` (`entity_id`);--> statement-breakpoint
CREATE TABLE `legacy_paths` (
	`path` text PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `legacy_paths_article_idx` ON `legacy_paths` (`article_id`);