CREATE TABLE `article_view_totals` (
	`window_hours` integer NOT NULL,
	`article_id` text NOT NULL,
	`views` integer NOT NULL,
	PRIMARY KEY(`article_id`, `window_hours`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `article_view_totals_rank_idx` ON `article_view_totals` (`window_hours`,`views`);--> statement-breakpoint
CREATE TABLE `view_windows` (
	`hours` integer PRIMARY KEY NOT NULL,
	`from_hour` integer NOT NULL
);
