-- Full-text search. unaccent is a trusted extension (PostgreSQL 13+): the
-- database's owner may create it without being a superuser. Each language's
-- configuration folds accents, then stems with Snowball; the stemmers are
-- declared here without stop words, as SQLite's index keeps them too
-- ("pompes à chaleur" needs its "à"). Compound words (porte-parole) are
-- indexed as their parts only, as SQLite's tokenizer cuts them.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY kiosque_french_stem (TEMPLATE = snowball, LANGUAGE = french);
--> statement-breakpoint
CREATE TEXT SEARCH DICTIONARY kiosque_english_stem (TEMPLATE = snowball, LANGUAGE = english);
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION kiosque_french (COPY = pg_catalog.simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION kiosque_french ALTER MAPPING FOR asciiword, word, hword_part, hword_asciipart WITH unaccent, kiosque_french_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION kiosque_english (COPY = pg_catalog.simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION kiosque_english ALTER MAPPING FOR asciiword, word, hword_part, hword_asciipart WITH unaccent, kiosque_english_stem;
--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION kiosque_simple (COPY = pg_catalog.simple);
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION kiosque_simple ALTER MAPPING FOR asciiword, word, hword_part, hword_asciipart WITH unaccent, simple;
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION kiosque_french ALTER MAPPING FOR numword, hword_numpart WITH unaccent, simple;
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION kiosque_english ALTER MAPPING FOR numword, hword_numpart WITH unaccent, simple;
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION kiosque_simple ALTER MAPPING FOR numword, hword_numpart WITH unaccent, simple;
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION kiosque_french DROP MAPPING FOR asciihword, hword, numhword;
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION kiosque_english DROP MAPPING FOR asciihword, hword, numhword;
--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION kiosque_simple DROP MAPPING FOR asciihword, hword, numhword;
--> statement-breakpoint
-- The default article order (newest first), as SQLite's 0001_newest_index.
CREATE INDEX "articles_newest_idx" ON "articles" ((coalesce("publish_at", "created_at")), "id");
