CREATE TABLE `server_secrets` (
	`name` text PRIMARY KEY NOT NULL,
	`value` blob NOT NULL,
	`created_at` integer NOT NULL
);
