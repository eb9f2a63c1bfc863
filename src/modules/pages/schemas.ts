import { Type, type Static } from 'typebox';
import { formats } from '../articles/schemas.js';
import { windows } from '../popular/schemas.js';

export const ArticlePageSchema = Type.Object({
  article: Type.Ref('Article', { description: 'The whole article: body (as `format`), toc, authors, tags, hero image.' }),
  breadcrumb: Type.Array(Type.Ref('SectionRef'), { description: 'The section path from the root ("Actualités › Intelligence artificielle").' }),
  related: Type.Array(Type.Ref('RelatedItem'), { description: '"Actualité": curated links first, then automatic matches.' }),
  popular: Type.Array(Type.Object({
    article: Type.Ref('Article'),
    views: Type.Integer(),
  }), { description: '"Populaires": most read in the window, the same section first, then site-wide.' }),
  jsonLd: Type.Optional(Type.Ref('NewsArticle', {
    description: 'schema.org NewsArticle of the article (for partner keys, only if their `fields` name `jsonLd`, and made of those fields).',
  })),
  jsonLdScript: Type.Optional(Type.String({
    description: 'The same JSON-LD as text ready to put as is inside a script element of type `application/ld+json`: '
      + '`<`, `>`, `&`, U+2028 and U+2029 are written as JSON `\\u` escapes, so no title can close the script.',
  })),
}, { $id: 'ArticlePage', title: 'ArticlePage' });

/** The query of the reader page: the body format, how many related and most-read articles, the most-read window. */
export const PageQuerySchema = Type.Object({
  format: Type.Enum(formats, { default: 'html' }),
  related: Type.Integer({ minimum: 0, maximum: 20, default: 6, description: 'How many related articles.' }),
  popular: Type.Integer({ minimum: 0, maximum: 20, default: 5, description: 'How many most-read articles.' }),
  window: Type.Enum(windows, { default: '24h', description: 'The most-read window.' }),
});

export type PageQuery = Static<typeof PageQuerySchema>;
