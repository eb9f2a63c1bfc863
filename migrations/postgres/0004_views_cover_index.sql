DROP INDEX "article_views_hour_idx";--> statement-breakpoint
CREATE INDEX "article_views_hour_cover_idx" ON "article_views" USING btree ("hour","article_id","count");