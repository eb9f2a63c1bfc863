-- Full-text index over article_search. It indexes stemmed, accent-folded forms
-- of each column (written by the search module, one token per source token)
-- and reads the original text back from article_search for snippets, which
-- is why the token streams of both must line up.
CREATE VIRTUAL TABLE `article_fts` USING fts5(
  title, standfirst, body, tags, authors,
  content = 'article_search', content_rowid = 'rowid',
  tokenize = 'unicode61 remove_diacritics 2'
);
