CREATE TABLE "api_key_usage" (
	"key_id" text COLLATE "C" NOT NULL,
	"day" bigint NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "api_key_usage_key_id_day_pk" PRIMARY KEY("key_id","day")
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"name" text COLLATE "C" NOT NULL,
	"hash" text COLLATE "C" NOT NULL,
	"prefix" text COLLATE "C" NOT NULL,
	"scopes" text COLLATE "C" NOT NULL,
	"created_at" bigint NOT NULL,
	"last_used_at" bigint,
	"revoked_at" bigint,
	"sections" text COLLATE "C",
	"fields" text COLLATE "C",
	"embargo_access" boolean DEFAULT false NOT NULL,
	"rate_limit" bigint
);
--> statement-breakpoint
CREATE TABLE "article_authors" (
	"article_id" text COLLATE "C" NOT NULL,
	"author_id" text COLLATE "C" NOT NULL,
	"position" bigint NOT NULL,
	CONSTRAINT "article_authors_article_id_author_id_pk" PRIMARY KEY("article_id","author_id")
);
--> statement-breakpoint
CREATE TABLE "article_search" (
	"rowid" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "article_search_rowid_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"article_id" text COLLATE "C" NOT NULL,
	"lang" text COLLATE "C" NOT NULL,
	"title" text COLLATE "C" NOT NULL,
	"standfirst" text COLLATE "C" NOT NULL,
	"body" text COLLATE "C" NOT NULL,
	"tags" text COLLATE "C" NOT NULL,
	"authors" text COLLATE "C" NOT NULL,
	"search" "tsvector" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_slugs" (
	"slug" text COLLATE "C" PRIMARY KEY NOT NULL,
	"article_id" text COLLATE "C" NOT NULL,
	"created_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "article_tags" (
	"article_id" text COLLATE "C" NOT NULL,
	"tag_id" text COLLATE "C" NOT NULL,
	"position" bigint NOT NULL,
	CONSTRAINT "article_tags_article_id_tag_id_pk" PRIMARY KEY("article_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "article_views" (
	"article_id" text COLLATE "C" NOT NULL,
	"hour" bigint NOT NULL,
	"count" bigint NOT NULL,
	CONSTRAINT "article_views_article_id_hour_pk" PRIMARY KEY("article_id","hour")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"slug" text COLLATE "C" NOT NULL,
	"title" text COLLATE "C" NOT NULL,
	"standfirst" text COLLATE "C",
	"body" text COLLATE "C" NOT NULL,
	"body_html" text COLLATE "C" NOT NULL,
	"body_text" text COLLATE "C" NOT NULL,
	"body_blocks" text COLLATE "C" NOT NULL,
	"toc" text COLLATE "C" NOT NULL,
	"summary" text COLLATE "C" NOT NULL,
	"word_count" bigint NOT NULL,
	"reading_time_minutes" bigint NOT NULL,
	"lang" text COLLATE "C" DEFAULT 'fr' NOT NULL,
	"status" text COLLATE "C" DEFAULT 'draft' NOT NULL,
	"pub_status" text COLLATE "C" DEFAULT 'usable' NOT NULL,
	"section_id" text COLLATE "C" NOT NULL,
	"publish_at" bigint,
	"first_published_at" bigint,
	"embargo_until" bigint,
	"hero_image" text COLLATE "C",
	"canonical_url" text COLLATE "C",
	"seo_title" text COLLATE "C",
	"seo_description" text COLLATE "C",
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "authors" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"slug" text COLLATE "C" NOT NULL,
	"name" text COLLATE "C" NOT NULL,
	"bio" text COLLATE "C",
	"avatar_url" text COLLATE "C",
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "changes" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "changes_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" text COLLATE "C" NOT NULL,
	"entity_type" text COLLATE "C" NOT NULL,
	"entity_id" text COLLATE "C" NOT NULL,
	"slug" text COLLATE "C" NOT NULL,
	"version" bigint NOT NULL,
	"section_id" text COLLATE "C",
	"previous_section_id" text COLLATE "C",
	"public" boolean NOT NULL,
	"occurred_at" bigint NOT NULL,
	"surrogate_keys" text COLLATE "C" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_cursors" (
	"name" text COLLATE "C" PRIMARY KEY NOT NULL,
	"value" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "related_links" (
	"article_id" text COLLATE "C" NOT NULL,
	"position" bigint NOT NULL,
	"kind" text COLLATE "C" NOT NULL,
	"target_article_id" text COLLATE "C",
	"url" text COLLATE "C",
	"title" text COLLATE "C",
	"description" text COLLATE "C",
	"label" text COLLATE "C",
	CONSTRAINT "related_links_article_id_position_pk" PRIMARY KEY("article_id","position")
);
--> statement-breakpoint
CREATE TABLE "section_pins" (
	"section_id" text COLLATE "C" NOT NULL,
	"position" bigint NOT NULL,
	"article_id" text COLLATE "C" NOT NULL,
	CONSTRAINT "section_pins_section_id_position_pk" PRIMARY KEY("section_id","position")
);
--> statement-breakpoint
CREATE TABLE "sections" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"slug" text COLLATE "C" NOT NULL,
	"name" text COLLATE "C" NOT NULL,
	"description" text COLLATE "C",
	"parent_id" text COLLATE "C",
	"position" bigint DEFAULT 0 NOT NULL,
	"path" text COLLATE "C" NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"slug" text COLLATE "C" NOT NULL,
	"name" text COLLATE "C" NOT NULL,
	"type" text COLLATE "C" NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"webhook_id" text COLLATE "C" NOT NULL,
	"change_seq" bigint NOT NULL,
	"event_type" text COLLATE "C" NOT NULL,
	"payload" text COLLATE "C" NOT NULL,
	"status" text COLLATE "C" NOT NULL,
	"attempts" bigint NOT NULL,
	"next_attempt_at" bigint,
	"last_attempt_at" bigint,
	"last_status" bigint,
	"last_error" text COLLATE "C",
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "webhooks" (
	"id" text COLLATE "C" PRIMARY KEY NOT NULL,
	"url" text COLLATE "C" NOT NULL,
	"description" text COLLATE "C",
	"event_types" text COLLATE "C" NOT NULL,
	"section_ids" text COLLATE "C",
	"include_unpublished" boolean NOT NULL,
	"enabled" boolean NOT NULL,
	"secret" text COLLATE "C" NOT NULL,
	"after_seq" bigint NOT NULL,
	"created_at" bigint NOT NULL,
	"updated_at" bigint NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_key_usage" ADD CONSTRAINT "api_key_usage_key_id_api_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_authors" ADD CONSTRAINT "article_authors_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_authors" ADD CONSTRAINT "article_authors_author_id_authors_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."authors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_search" ADD CONSTRAINT "article_search_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_slugs" ADD CONSTRAINT "article_slugs_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_tags" ADD CONSTRAINT "article_tags_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_tags" ADD CONSTRAINT "article_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "article_views" ADD CONSTRAINT "article_views_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_links" ADD CONSTRAINT "related_links_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_links" ADD CONSTRAINT "related_links_target_article_id_articles_id_fk" FOREIGN KEY ("target_article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_pins" ADD CONSTRAINT "section_pins_section_id_sections_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."sections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "section_pins" ADD CONSTRAINT "section_pins_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_parent_id_sections_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."sections"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_webhooks_id_fk" FOREIGN KEY ("webhook_id") REFERENCES "public"."webhooks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_hash_unique" ON "api_keys" USING btree ("hash");--> statement-breakpoint
CREATE INDEX "article_authors_author_idx" ON "article_authors" USING btree ("author_id");--> statement-breakpoint
CREATE UNIQUE INDEX "article_search_article_unique" ON "article_search" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "article_search_search_idx" ON "article_search" USING gin ("search");--> statement-breakpoint
CREATE INDEX "article_slugs_article_idx" ON "article_slugs" USING btree ("article_id");--> statement-breakpoint
CREATE INDEX "article_tags_tag_idx" ON "article_tags" USING btree ("tag_id","article_id");--> statement-breakpoint
CREATE INDEX "article_views_hour_idx" ON "article_views" USING btree ("hour");--> statement-breakpoint
CREATE UNIQUE INDEX "articles_slug_unique" ON "articles" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "articles_updated_idx" ON "articles" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "articles_title_idx" ON "articles" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "articles_section_idx" ON "articles" USING btree ("section_id","publish_at");--> statement-breakpoint
CREATE INDEX "articles_publish_at_idx" ON "articles" USING btree ("publish_at");--> statement-breakpoint
CREATE INDEX "articles_embargo_idx" ON "articles" USING btree ("embargo_until") WHERE "articles"."embargo_until" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "articles_visible_idx" ON "articles" USING btree ("id","status","pub_status","publish_at","embargo_until","section_id","lang","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "authors_slug_unique" ON "authors" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "related_links_target_idx" ON "related_links" USING btree ("target_article_id");--> statement-breakpoint
CREATE INDEX "section_pins_article_idx" ON "section_pins" USING btree ("article_id");--> statement-breakpoint
CREATE UNIQUE INDEX "sections_path_unique" ON "sections" USING btree ("path");--> statement-breakpoint
CREATE INDEX "sections_parent_idx" ON "sections" USING btree ("parent_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "tags_slug_unique" ON "tags" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_due_idx" ON "webhook_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_webhook_idx" ON "webhook_deliveries" USING btree ("webhook_id","id");