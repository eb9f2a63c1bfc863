import { Type, type Static } from 'typebox';
import { ListQuery, Nullable, Timestamp } from '../../lib/schemas.js';
import type { Article } from '../articles/schemas.js';

export const SearchQuerySchema = Type.Object({
  q: Type.String({
    minLength: 1, maxLength: 500,
    description: 'Words (all must match), "exact phrases", -excluded words or -"phrases"; the last word matches as a prefix '
      + 'unless the query ends with a space or a quote. Accents, case and ligatures are folded and words are stemmed. At most 20 words or phrases, '
      + 'and 32 words in all, a phrase\'s words counted.',
  }),
  section: Type.Optional(Type.String({ maxLength: 300, description: 'A section id or path; its sub-sections are included.' })),
  tag: Type.Optional(Type.Array(Type.String({ maxLength: 200 }), { maxItems: 10, description: 'Tag ids or slugs; may repeat, every one must match.' })),
  author: Type.Optional(Type.String({ maxLength: 200, description: 'An author id or slug.' })),
  lang: Type.Optional(Type.String({ maxLength: 10, description: 'Only articles in this language; the query is then stemmed in it alone.' })),
  since: Type.Optional(Timestamp),
  until: Type.Optional(Timestamp),
  limit: Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'Results per page.' }),
  cursor: ListQuery.cursor,
});

export const SearchTermSchema = Type.Object({
  text: Type.String(),
  phrase: Type.Boolean({ description: 'Written in quotes.' }),
  exclude: Type.Boolean({ description: 'Written with a leading minus: no result contains it.' }),
  prefix: Type.Boolean({ description: 'The word being typed: it matches as a prefix.' }),
});

export const SearchResultSchema = Type.Object({
  article: Type.Ref('Article'),
  snippet: Type.Optional(Type.String({
    description: 'Plain text around the best match in the body (about 24 words, … where cut); left out for a partner key without `body`.',
  })),
  snippetHtml: Type.Optional(Type.String({ description: 'The same, HTML-escaped, with <mark>…</mark> around the matched words.' })),
  score: Type.Number({ description: 'Relevance, higher is better: −bm25 (title 10, standfirst 4, tags 3, authors 2, body 1) × (1 + 0.5 × 0.5^(age in days / 30)).' }),
});

export const SearchPageSchema = Type.Object({
  data: Type.Array(SearchResultSchema),
  meta: Type.Object({
    limit: Type.Integer(),
    nextCursor: Nullable(Type.String()),
    query: Type.Array(SearchTermSchema, { description: 'The query as it was understood.' }),
  }),
});

export type SearchQuery = Static<typeof SearchQuerySchema>;
export type SearchResult = Omit<Static<typeof SearchResultSchema>, 'article'> & { article: Article };
