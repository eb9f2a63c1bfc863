-- Snippets read the index terms of a body's first tokens from here instead of stemming them again
-- on every search (NULL until the article is indexed again: `kiosque search reindex` fills every row).
-- The index leads from an FTS5 rowid to its article without reading the row, which a body fills.
ALTER TABLE `article_search` ADD `snippet_terms` text;--> statement-breakpoint
CREATE INDEX `article_search_rowid_idx` ON `article_search` (`rowid`,`article_id`);