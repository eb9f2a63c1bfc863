-- The default article order (newest first) sorts drafts by creation time and
-- everything else by publication time; this index serves that keyset.
CREATE INDEX `articles_newest_idx` ON `articles` (coalesce(`publish_at`, `created_at`), `id`);
