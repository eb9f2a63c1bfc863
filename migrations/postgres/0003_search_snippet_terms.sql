-- Snippets read the index terms of a body's first tokens from here instead of stemming them again
-- on every search (NULL until the article is indexed again: `kiosque search reindex` fills every row).
ALTER TABLE "article_search" ADD COLUMN "snippet_terms" text COLLATE "C";