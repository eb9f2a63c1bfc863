CREATE TABLE `article_view_totals` (
	`window_hours` integer NOT NULL,
	`article_id` text NOT NULL,
	`views` integer NOT NULL,
	PRIMARY KEY(`article_id`, `window_hours`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_view_totals_rank_idx` ON `article_view_totals` (`window_hours`,`views`,`article_id`);--> statement-breakpoint
CREATE TABLE `related_candidates` (
	`article_id` text NOT NULL,
	`candidate_id` text NOT NULL,
	`tag_score` real NOT NULL,
	`text_score` real NOT NULL,
	PRIMARY KEY(`article_id`, `candidate_id`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`candidate_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `related_candidates_candidate_idx` ON `related_candidates` (`candidate_id`);--> statement-breakpoint
CREATE TABLE `related_sets` (
	`article_id` text PRIMARY KEY NOT NULL,
	`computed_at` integer NOT NULL,
	`truncated` integer NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `view_windows` (
	`hours` integer PRIMARY KEY NOT NULL,
	`from_hour` integer NOT NULL
);
