CREATE TABLE "article_revisions" (
	"article_id" text COLLATE "C" NOT NULL,
	"version" bigint NOT NULL,
	"written_at" bigint NOT NULL,
	"key_id" text COLLATE "C" NOT NULL,
	"key_name" text COLLATE "C" NOT NULL,
	"event" text COLLATE "C" NOT NULL,
	"restored_from" bigint,
	"changes" text COLLATE "C" NOT NULL,
	"previous" text COLLATE "C",
	CONSTRAINT "article_revisions_article_id_version_pk" PRIMARY KEY("article_id","version")
);
--> statement-breakpoint
CREATE TABLE "import_entries" (
	"source" text COLLATE "C" NOT NULL,
	"kind" text COLLATE "C" NOT NULL,
	"key" text COLLATE "C" NOT NULL,
	"entity_id" text COLLATE "C" NOT NULL,
	"digests" text COLLATE "C" NOT NULL,
	"imported_at" bigint NOT NULL,
	CONSTRAINT "import_entries_source_kind_key_pk" PRIMARY KEY("source","kind","key")
);
--> statement-breakpoint
CREATE TABLE "legacy_paths" (
	"path" text COLLATE "C" PRIMARY KEY NOT NULL,
	"article_id" text COLLATE "C" NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "purged_keys" (
	"key" text COLLATE "C" PRIMARY KEY NOT NULL,
	"at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "server_secrets" (
	"name" text COLLATE "C" PRIMARY KEY NOT NULL,
	"value" "bytea" NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "article_revisions" ADD CONSTRAINT "article_revisions_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_paths" ADD CONSTRAINT "legacy_paths_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_entries_entity_idx" ON "import_entries" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "legacy_paths_article_idx" ON "legacy_paths" USING btree ("article_id");--> statement-breakpoint
-- A section's changes are filed under the section itself (as SQLite's 0013 does for its older rows).
UPDATE "changes" SET "section_id" = "entity_id" WHERE "entity_type" = 'section' AND "section_id" IS NULL;
