CREATE TABLE `api_key_usage` (
	`key_id` text NOT NULL,
	`day` integer NOT NULL,
	`count` integer NOT NULL,
	PRIMARY KEY(`key_id`, `day`),
	FOREIGN KEY (`key_id`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `api_keys` ADD `sections` text;--> statement-breakpoint
ALTER TABLE `api_keys` ADD `fields` text;--> statement-breakpoint
ALTER TABLE `api_keys` ADD `embargo_access` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `api_keys` ADD `rate_limit` integer;