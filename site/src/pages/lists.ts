import type { Article, Author, PopularItem, SectionFront, Tag } from '@kiosque/client';
import { articlePath, breadcrumb, card, pager } from '../components.js';
import { html, type Html } from '../html.js';
import { typo } from '../typography.js';
import type { Shell } from '../layout.js';

type Page = Omit<Shell, 'sections'>;

function mostRead(items: PopularItem[]): Html {
  if (items.length === 0) return html``;
  return html`<aside class="rail" aria-labelledby="plus-lus"><h2 id="plus-lus">Les plus lus</h2><ol class="popular">
${items.map(({ article }) => html`<li><a href="${articlePath(article)}">${typo(article.title ?? '')}</a></li>`)}
</ol></aside>`;
}

/** The home front: the latest article as the lead, the next ones, the most read. */
export function homePage(latest: Article[], popular: PopularItem[], nextCursor: string | null): Page {
  const [lead, ...rest] = latest;
  return {
    title: 'Le Kiosque',
    description: 'L’actualité en continu : politique, économie, culture, sciences et sport.',
    main: html`<div class="front">
<h1 class="visually-hidden">À la une</h1>
<section class="stream" aria-label="Les derniers articles">
${lead ? card(lead, { level: 2, lead: true }) : html`<p>Aucun article publié pour l’instant.</p>`}
${rest.map((a) => card(a))}
${pager('/', {}, nextCursor)}
</section>
${mostRead(popular)}
</div>`,
  };
}

/** A section front: its breadcrumb, sub-sections, pinned then latest articles. */
export function sectionPage(front: SectionFront, cursor: string | undefined): Page {
  const { section } = front;
  const articles = [...front.pinned, ...front.articles];
  return {
    title: section.name,
    description: section.description,
    current: section.path,
    main: html`<div class="front">
${front.breadcrumb.length > 1 ? breadcrumb(front.breadcrumb) : ''}
<header class="front-header"><h1>${section.name}</h1>
${section.description ? html`<p class="standfirst">${typo(section.description)}</p>` : ''}
${section.children?.length ? html`<nav aria-label="Sous-rubriques"><ul class="children">${section.children.map((c) => html`<li><a href="/${c.path}">${c.name}</a></li>`)}</ul></nav>` : ''}
</header>
<section class="stream" aria-label="Articles">
${articles.length === 0 ? html`<p>Aucun article dans cette rubrique pour l’instant.</p>` : articles.map((a, i) => card(a, { level: 2, lead: i === 0 && !cursor }))}
${pager(`/${section.path}`, {}, front.meta.nextCursor)}
</section>
</div>`,
  };
}

const tagKinds: Record<string, string> = { topic: 'Sujet', person: 'Personnalité', organisation: 'Organisation', place: 'Lieu', event: 'Événement' };

/** The articles of a tag or of an author. */
export function listingPage(
  who: { kind: 'tag'; tag: Tag } | { kind: 'author'; author: Author }, articles: Article[], nextCursor: string | null,
): Page {
  const title = who.kind === 'tag' ? who.tag.name : who.author.name;
  const about = who.kind === 'tag' ? tagKinds[who.tag.type] : who.author.bio;
  const path = who.kind === 'tag' ? `/tags/${who.tag.slug}` : `/auteurs/${who.author.slug}`;
  return {
    title,
    description: about,
    main: html`<div class="front">
<header class="front-header"><h1>${title}</h1>${about ? html`<p class="standfirst">${typo(about)}</p>` : ''}</header>
<section class="stream" aria-label="Articles">
${articles.length === 0 ? html`<p>Aucun article pour l’instant.</p>` : articles.map((a) => card(a, { level: 2 }))}
${pager(path, {}, nextCursor)}
</section>
</div>`,
  };
}
