import { Type } from 'typebox';

export const ArticlePageSchema = Type.Object({
  article: Type.Ref('Article', { description: 'The whole article: body (as `format`), toc, authors, tags, hero image.' }),
  breadcrumb: Type.Array(Type.Ref('SectionRef'), { description: 'The section path from the root ("Actualités › Intelligence artificielle").' }),
  related: Type.Array(Type.Ref('RelatedItem'), { description: '"Actualité": curated links first, then automatic matches.' }),
  popular: Type.Array(Type.Object({
    article: Type.Ref('Article'),
    views: Type.Integer(),
  }), { description: '"Populaires": most read in the window, the same section first, then site-wide.' }),
  jsonLd: Type.Optional(Type.Ref('NewsArticle', {
    description: 'schema.org NewsArticle of the article, to embed in the page as a script element of type `application/ld+json` (not for partner keys with a field allow-list).',
  })),
}, { $id: 'ArticlePage', title: 'ArticlePage' });
