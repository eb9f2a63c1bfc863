import type { ArticlePage, RelatedItem } from '@kiosque/client';
import { articlePath, breadcrumb, byline, card, dateline, figure } from '../components.js';
import { html, trusted, type Html } from '../html.js';
import { typo, typoHtml } from '../typography.js';
import type { Shell } from '../layout.js';

/** A related item; the site reads anonymously, so titles and snippets are always there (only partner keys trim them). */
function related(item: RelatedItem): Html {
  if (item.article) return card(item.article, { extra: item.label ? html`<p class="label">${item.label}</p>` : undefined });
  return html`<article class="card external">
<p class="kicker">${item.label ?? 'Ailleurs'}</p>
<h3><a href="${item.url}" rel="external">${typo(item.title!)}</a></h3>
${item.description ? html`<p class="standfirst">${typo(item.description)}</p>` : ''}
</article>`;
}

/** JSON-LD inside a script element: `<` escaped, so no text of the article can close the element. */
const jsonLd = (value: unknown): Html => trusted(`<script type="application/ld+json">${JSON.stringify(value).replace(/</g, '\\u003c')}</script>`);

/** The reader's article page, every part of it from the one page answer. */
export function articlePage(page: ArticlePage, beaconUrl: string): Omit<Shell, 'sections'> {
  const { article } = page;
  const toc = article.toc?.filter((entry) => entry.level === 2) ?? [];
  const main = html`<div class="page-article">
${breadcrumb(page.breadcrumb)}
<article class="article"${article.lang && article.lang !== 'fr' ? html` lang="${article.lang}"` : ''}>
<header>
<h1>${typo(article.title ?? '')}</h1>
${article.standfirst ? html`<p class="standfirst">${typo(article.standfirst)}</p>` : ''}
${byline(article)}
${dateline(article)}
</header>
${article.heroImage ? figure(article.heroImage, { eager: true }) : ''}
${toc.length > 0 ? html`<nav class="toc" aria-labelledby="sommaire"><h2 id="sommaire">Sommaire</h2><ol>
${toc.map((entry) => html`<li><a href="#${entry.id}">${typo(entry.title)}</a></li>`)}
</ol></nav>` : ''}
<div class="body">${typoHtml(article.body?.html ?? '')}</div>
${article.tags?.length ? html`<ul class="tags" aria-label="Mots-clés">${article.tags.map((t) => html`<li><a href="/tags/${t.slug}">${t.name}</a></li>`)}</ul>` : ''}
</article>
<aside class="rail" aria-label="À lire aussi">
${page.related.length > 0 ? html`<section aria-labelledby="actualite"><h2 id="actualite">Actualité</h2>${page.related.map(related)}</section>` : ''}
${page.popular.length > 0 ? html`<section aria-labelledby="populaires"><h2 id="populaires">Populaires</h2><ol class="popular">
${page.popular.map(({ article: a }) => html`<li><a href="${articlePath(a)}">${typo(a.title ?? '')}</a></li>`)}
</ol></section>` : ''}
</aside>
</div>`;
  return {
    title: article.title ?? '',
    description: article.standfirst,
    current: article.section?.path,
    lang: article.lang,
    main,
    head: html`<meta name="kiosque-beacon" content="${beaconUrl}">
<link rel="canonical" href="${article.url}">
${page.jsonLd ? jsonLd(page.jsonLd) : ''}`,
  };
}
