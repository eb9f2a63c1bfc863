CREATE TABLE `article_search` (
	`rowid` integer PRIMARY KEY NOT NULL,
	`article_id` text NOT NULL,
	`lang` text NOT NULL,
	`title` text NOT NULL,
	`standfirst` text NOT NULL,
	`body` text NOT NULL,
	`tags` text NOT NULL,
	`authors` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `article_search_article_unique` ON `article_search` (`article_id`);--> statement-breakpoint
CREATE TABLE `article_views` (
	`article_id` text NOT NULL,
	`hour` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`article_id`, `hour`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_views_hour_idx` ON `article_views` (`hour`);--> statement-breakpoint
CREATE TABLE `section_pins` (
	`section_id` text NOT NULL,
	`position` integer NOT NULL,
	`article_id` text NOT NULL,
	PRIMARY KEY(`section_id`, `position`),
	FOREIGN KEY (`section_id`) REFERENCES `sections`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `section_pins_article_idx` ON `section_pins` (`article_id`);