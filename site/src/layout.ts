import { html, type Html } from './html.js';
import type { SectionRef } from '@kiosque/client';

export interface Shell {
  /** The page's own title; the site's name follows it in <title>. */
  title: string;
  description?: string | null | undefined;
  /** Top-level sections, for the header's navigation. */
  sections: SectionRef[];
  /** The section this page belongs to, marked as current in the navigation. */
  current?: string | undefined;
  main: Html;
  /** Extra <head> content: JSON-LD, the beacon's address, a canonical link. */
  head?: Html | undefined;
  /** The language of the main content when it is not French. */
  lang?: string | undefined;
}

export interface SiteInfo {
  name: string;
  /** Versioned URLs of the stylesheet and script (their content hash), cached for a year. */
  css: string;
  js: string;
}

/** The page every route answers: header with the sections, main content, footer. */
export function layout(site: SiteInfo, shell: Shell): Html {
  const top = shell.current?.split('/')[0];
  return html`<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${shell.title === site.name ? site.name : `${shell.title} – ${site.name}`}</title>
${shell.description ? html`<meta name="description" content="${shell.description}">` : ''}
<link rel="stylesheet" href="${site.css}">
<script src="${site.js}" defer></script>
${shell.head}
</head>
<body>
<a class="skip" href="#contenu">Aller au contenu</a>
<header class="masthead">
<p class="brand"><a href="/">${site.name}</a></p>
<form class="search" role="search" aria-label="Recherche rapide" action="/recherche" method="get">
<label for="q-header">Rechercher</label>
<input id="q-header" type="search" name="q" maxlength="500" placeholder="Un mot, une « expression »">
<button type="submit">OK</button>
</form>
<nav aria-label="Rubriques"><ul>
${shell.sections.map((s) => html`<li><a href="/${s.path}"${s.path === top ? html` aria-current="page"` : ''}>${s.name}</a></li>`)}
</ul></nav>
</header>
<main id="contenu" tabindex="-1"${shell.lang && shell.lang !== 'fr' ? html` lang="${shell.lang}"` : ''}>
${shell.main}
</main>
<footer class="footer">
<p>${site.name} — un site de démonstration construit sur l’API Kiosque.</p>
<p><a href="/recherche">Recherche</a></p>
</footer>
</body>
</html>
`;
}
