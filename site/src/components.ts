import type { Article, HeroImage, SectionRef } from '@kiosque/client';
import { html, type Html } from './html.js';
import { frenchDate, frenchList, typo } from './typography.js';

/** The site's own address of an article: `/<section path>/<slug>`, as the API builds reader URLs. */
export const articlePath = (article: Pick<Article, 'section' | 'slug'>): string => `/${article.section?.path}/${article.slug}`;

export function breadcrumb(trail: SectionRef[], label = 'Fil d’Ariane'): Html {
  return html`<nav class="breadcrumb" aria-label="${label}"><ol>
${trail.map((s, i) => html`<li><a href="/${s.path}"${i === trail.length - 1 ? html` aria-current="location"` : ''}>${s.name}</a></li>`)}
</ol></nav>`;
}

export function byline(article: Article): Html {
  const authors = article.authors ?? [];
  if (authors.length === 0) return html``;
  const links = authors.map((a) => html`<a rel="author" href="/auteurs/${a.slug}">${a.name}</a>`);
  const joined = links.flatMap((link, i) => [i === 0 ? '' : i === links.length - 1 ? ' et ' : ', ', link]);
  return html`<p class="byline">Par ${joined}</p>`;
}

export function dateline(article: Article): Html {
  const published = article.firstPublishedAt ?? article.publishedAt;
  if (!published) return html``;
  const updated = article.updatedAt && article.updatedAt > published ? article.updatedAt : null;
  return html`<p class="dateline">Publié le <time datetime="${published}">${frenchDate(published)}</time>${
    updated ? html`, mis à jour le <time datetime="${updated}">${frenchDate(updated)}</time>` : ''}${
    article.readingTimeMinutes ? html` · ${article.readingTimeMinutes}\u00A0min de lecture` : ''}</p>`;
}

export function figure(image: HeroImage, options: { eager?: boolean } = {}): Html {
  const credit = image.credit ? html`<span class="credit">${typo(image.credit)}</span>` : '';
  return html`<figure class="hero">
<img src="${image.url}" alt="${image.alt}"${image.width ? html` width="${image.width}"` : ''}${image.height ? html` height="${image.height}"` : ''} ${options.eager ? html`fetchpriority="high"` : html`loading="lazy"`}>
${image.caption || image.credit ? html`<figcaption>${image.caption ? typo(image.caption) : ''} ${credit}</figcaption>` : ''}
</figure>`;
}

/** An article in a list: its section, title (a link), standfirst and date; the hero image for a lead. */
export function card(article: Article, options: { level?: 2 | 3; lead?: boolean; extra?: Html } = {}): Html {
  const heading = html`<a href="${articlePath(article)}">${typo(article.title ?? '')}</a>`;
  const level = options.level ?? 3;
  const published = article.firstPublishedAt ?? article.publishedAt;
  return html`<article class="card${options.lead ? ' lead' : ''}">
${options.lead && article.heroImage ? figure(article.heroImage, { eager: true }) : ''}
${article.section ? html`<p class="kicker">${article.section.name}</p>` : ''}
${level === 2 ? html`<h2>${heading}</h2>` : html`<h3>${heading}</h3>`}
${article.standfirst ? html`<p class="standfirst">${typo(article.standfirst)}</p>` : ''}
${options.extra}
${published ? html`<p class="meta"><time datetime="${published}">${frenchDate(published)}</time>${
    article.authors?.length ? ` · ${frenchList(article.authors.map((a) => a.name))}` : ''}</p>` : ''}
</article>`;
}

/** The link to the next page of a list, when there is one. */
export function pager(path: string, query: Record<string, string | undefined>, nextCursor: string | null | undefined, label = 'Articles plus anciens'): Html {
  if (!nextCursor) return html``;
  const params = new URLSearchParams(Object.entries({ ...query, cursor: nextCursor }).filter((e): e is [string, string] => e[1] !== undefined));
  return html`<nav class="pager" aria-label="Pages"><a rel="next" href="${path}?${params.toString()}">${label}</a></nav>`;
}
