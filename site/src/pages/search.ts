import type { SearchResult } from '@kiosque/client';
import { card, pager } from '../components.js';
import { html } from '../html.js';
import { typoHtml } from '../typography.js';
import type { Shell } from '../layout.js';

export interface SearchView {
  q: string;
  results: SearchResult[];
  nextCursor: string | null;
  /** Why the query could not be run (a 400 from the API), in the reader's words. */
  refused?: string;
}

/** The search form and its results, each with its snippet, matches in <mark>. */
export function searchPage(view: SearchView): Omit<Shell, 'sections'> {
  const heading = view.q ? `Recherche : ${view.q}` : 'Recherche';
  return {
    title: heading,
    main: html`<div class="search-page">
<h1>Recherche</h1>
<form role="search" aria-label="Recherche d’articles" action="/recherche" method="get">
<label for="q">Rechercher des articles</label>
<input id="q" type="search" name="q" value="${view.q}" maxlength="500">
<button type="submit">Rechercher</button>
</form>
${view.refused ? html`<p class="notice" role="alert">${view.refused}</p>` : ''}
${view.q && !view.refused ? html`<section aria-labelledby="resultats">
<h2 id="resultats">${view.results.length === 0 ? 'Aucun résultat' : 'Résultats'} pour « ${view.q} »</h2>
${view.results.map((r) => card(r.article, { extra: html`<p class="snippet">${typoHtml(r.snippetHtml!)}</p>` }))}
${pager('/recherche', { q: view.q }, view.nextCursor, 'Résultats suivants')}
</section>` : ''}
</div>`,
  };
}
