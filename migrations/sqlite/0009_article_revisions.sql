CREATE TABLE `article_revisions` (
	`article_id` text NOT NULL,
	`version` integer NOT NULL,
	`written_at` integer NOT NULL,
	`key_id` text NOT NULL,
	`key_name` text NOT NULL,
	`event` text NOT NULL,
	`restored_from` integer,
	`changes` text NOT NULL,
	`previous` text,
	PRIMARY KEY(`article_id`, `version`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
