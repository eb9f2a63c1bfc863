CREATE TABLE "article_view_totals" (
	"window_hours" bigint NOT NULL,
	"article_id" text COLLATE "C" NOT NULL,
	"views" bigint NOT NULL,
	CONSTRAINT "article_view_totals_article_id_window_hours_pk" PRIMARY KEY("article_id","window_hours")
);
--> statement-breakpoint
CREATE TABLE "related_candidates" (
	"article_id" text COLLATE "C" NOT NULL,
	"candidate_id" text COLLATE "C" NOT NULL,
	"tag_score" double precision NOT NULL,
	"text_score" double precision NOT NULL,
	CONSTRAINT "related_candidates_article_id_candidate_id_pk" PRIMARY KEY("article_id","candidate_id")
);
--> statement-breakpoint
CREATE TABLE "related_sets" (
	"article_id" text COLLATE "C" NOT NULL,
	"computed_at" bigint NOT NULL,
	"truncated" bigint NOT NULL,
	CONSTRAINT "related_sets_article_id_pk" PRIMARY KEY("article_id")
);
--> statement-breakpoint
CREATE TABLE "view_windows" (
	"hours" bigint NOT NULL,
	"from_hour" bigint NOT NULL,
	CONSTRAINT "view_windows_hours_pk" PRIMARY KEY("hours")
);
--> statement-breakpoint
ALTER TABLE "article_view_totals" ADD CONSTRAINT "article_view_totals_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_candidates" ADD CONSTRAINT "related_candidates_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_candidates" ADD CONSTRAINT "related_candidates_candidate_id_articles_id_fk" FOREIGN KEY ("candidate_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "related_sets" ADD CONSTRAINT "related_sets_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "article_view_totals_rank_idx" ON "article_view_totals" USING btree ("window_hours","views","article_id");--> statement-breakpoint
CREATE INDEX "related_candidates_candidate_idx" ON "related_candidates" USING btree ("candidate_id");