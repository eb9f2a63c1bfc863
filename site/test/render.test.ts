import t from 'tap';
import type { Article, ArticlePage, HeroImage, RelatedItem } from '@kiosque/client';
import { cachingHeaders, isFresh } from '../src/caching.js';
import { byline, card, dateline, figure, pager } from '../src/components.js';
import { escape, html, trusted } from '../src/html.js';
import { articlePage } from '../src/pages/article.js';
import { homePage, listingPage, sectionPage } from '../src/pages/lists.js';
import { searchPage } from '../src/pages/search.js';
import { siteConfig } from '../src/server.js';
import { frenchDate, frenchList, typo, typoHtml } from '../src/typography.js';

// The pieces pages are made of, on the edge cases the demo newsroom lacks.

const NBSP = '\u00A0';
const NNBSP = '\u202F';
const article = (fields: Partial<Article> = {}): Article => ({ id: 'art_1', ...fields });
const section = { id: 'sec_1', slug: 'culture', path: 'culture', name: 'Culture' };

t.test('html escapes what it is given, unless it is Html already', async (t) => {
  t.equal(escape(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  const hostile = '<script>alert(1)</script>';
  t.equal(html`<p>${hostile}</p>`.value, '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  t.equal(html`${[1, ' ', ['a', html`<b>b</b>`]]}${null}${undefined}${false}${0}`.toString(), '1 a<b>b</b>0');
  t.equal(html`${trusted('<mark>x</mark>')}`.value, '<mark>x</mark>');
});

t.test('French typography', async (t) => {
  t.equal(typo('Titre : sous-titre ; vraiment ! Pourquoi ? « Oui »'), `Titre${NBSP}: sous-titre${NNBSP}; vraiment${NNBSP}! Pourquoi${NNBSP}? «${NBSP}Oui${NBSP}»`);
  t.equal(typo("l'IA d'aujourd'hui..."), 'l’IA d’aujourd’hui…');
  t.equal(typo('12:30, https://example.org, "guillemets"'), '12:30, https://example.org, "guillemets"', 'no space is invented');
  t.equal(typoHtml('<p>Bruxelles : l&#x27;IA</p><pre><code>a : b\n</code></pre><p>c ? <em>d</em> !</p>').value,
    `<p>Bruxelles${NBSP}: l’IA</p><pre><code>a : b\n</code></pre><p>c${NNBSP}? <em>d</em>${NNBSP}!</p>`, 'text only, never code');
  t.equal(typoHtml('<p>&#39;cité&#39;</p>').value, '<p>&#39;cité&#39;</p>', 'a quote that is no apostrophe stays escaped');
  t.equal(frenchDate('2026-06-01T08:05:00Z'), `1er juin 2026 à 10${NBSP}h${NBSP}05`, 'Paris time, the first of the month');
  t.equal(frenchDate('2026-12-24T23:30:00Z'), `25 décembre 2026 à 0${NBSP}h${NBSP}30`);
  t.same([frenchList([]), frenchList(['A']), frenchList(['A', 'B']), frenchList(['A', 'B', 'C'])], ['', 'A', 'A et B', 'A, B et C']);
});

t.test('bylines, datelines, figures, cards and pagers with what is missing left out', async (t) => {
  const authors = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `aut_${i}`, slug: `a${i}`, name: `Nom ${i}` }));
  t.equal(byline(article()).value, '');
  t.equal(byline(article({ authors: [] })).value, '');
  t.match(byline(article({ authors: authors(2) })).value, /Par <a[^>]+>Nom 0<\/a> et <a/);
  t.match(byline(article({ authors: authors(3) })).value, /Nom 0<\/a>, <a[^>]+>Nom 1<\/a> et <a[^>]+>Nom 2/);

  t.equal(dateline(article()).value, '');
  t.match(dateline(article({ publishedAt: '2026-06-02T08:00:00Z' })).value, /^<p class="dateline">Publié le <time datetime="2026-06-02T08:00:00Z">2 juin 2026/);
  const updated = dateline(article({ firstPublishedAt: '2026-06-02T08:00:00Z', updatedAt: '2026-06-03T08:00:00Z', readingTimeMinutes: 3 })).value;
  t.match(updated, /, mis à jour le <time datetime="2026-06-03T08:00:00Z">.* · 3\u00A0min de lecture/);
  t.notMatch(dateline(article({ firstPublishedAt: '2026-06-02T08:00:00Z', updatedAt: '2026-06-01T08:00:00Z' })).value, 'mis à jour');

  const image: HeroImage = { url: 'https://img.example/a.jpg', alt: 'Une « image »' };
  t.equal(figure(image).value, '<figure class="hero">\n<img src="https://img.example/a.jpg" alt="Une « image »" loading="lazy">\n\n</figure>');
  t.match(figure({ ...image, caption: 'Légende : ici', credit: null }).value, `<figcaption>Légende${NBSP}: ici </figcaption>`);
  t.match(figure({ ...image, credit: 'AFP' }).value, '<figcaption> <span class="credit">AFP</span></figcaption>');

  const bare = card(article({ title: 'Seul' })).value;
  t.match(bare, '<h3><a href="/undefined/undefined">Seul</a></h3>');
  t.notMatch(bare, /kicker|standfirst|meta|<figure/);
  t.notMatch(card(article({ title: 'Sans image', section }), { lead: true, level: 2 }).value, '<figure');
  t.match(card(article({ publishedAt: '2026-06-02T08:00:00Z', authors: [] })).value, /<p class="meta"><time[^>]+>[^<]+<\/time><\/p>/);
  t.equal(card(article()).value.includes('<h3><a href="/undefined/undefined"></a></h3>'), true, 'no title: an empty link');

  t.equal(pager('/x', {}, null).value, '');
  t.match(pager('/recherche', { q: 'a b', other: undefined }, 'c1').value, '<a rel="next" href="/recherche?q=a+b&amp;cursor=c1">');
});

t.test('the article page without the optional parts', async (t) => {
  const page: ArticlePage = { article: article({ title: 'Titre', section }), breadcrumb: [section], related: [], popular: [] };
  const bare = articlePage(page, 'https://api/v1/articles/art_1/views');
  t.notMatch(bare.main.value, /Sommaire|Actualité|Populaires|class="tags"|lang=/);
  t.notMatch(bare.head!.value, 'ld+json');
  t.equal(bare.title, 'Titre');
  t.equal(articlePage({ ...page, article: article() }, '').title, '');

  const external: RelatedItem = { source: 'curated', kind: 'external', title: 'Ailleurs : ici', url: 'https://ailleurs.example/', description: null, label: null, article: null, score: null };
  const labelled: RelatedItem = { ...external, kind: 'article', label: 'À lire', article: article({ title: 'Lié', section, slug: 'lie' }) };
  const toc = [{ id: 'a', title: 'A', level: 2 }, { id: 'b', title: 'B', level: 3 }];
  const full = articlePage({
    ...page, article: article({ title: 'Titre', section, toc, lang: 'fr', tags: [] }), related: [external, labelled],
    jsonLd: { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '</script><script>alert(1)</script>' } as ArticlePage['jsonLd'],
  }, '');
  t.match(full.main.value, '<li><a href="#a">A</a></li>\n</ol>', 'the Sommaire lists h2 headings only');
  t.match(full.main.value, `<p class="kicker">Ailleurs</p>\n<h3><a href="https://ailleurs.example/" rel="external">Ailleurs${NBSP}: ici</a></h3>\n\n</article>`);
  t.match(full.main.value, '<p class="label">À lire</p>');
  t.notMatch(full.main.value, 'Populaires');
  const untitled = articlePage({ ...page, popular: [{ article: article({ section, slug: 's' }), views: 3 }] }, '').main.value;
  t.match(untitled, '<li><a href="/culture/s"></a></li>', 'a most-read article trimmed of its title');
  t.match(full.head!.value, '"headline":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"', 'no text can close the JSON-LD element');
});

t.test('fronts, listings and search with nothing to show', async (t) => {
  t.match(homePage([], [], null).main.value, 'Aucun article publié pour l’instant.');
  t.notMatch(homePage([], [], null).main.value, 'Les plus lus');
  t.match(homePage([], [{ article: article({ section, slug: 's' }), views: 1 }], null).main.value, '<li><a href="/culture/s"></a></li>');
  const front = {
    section: { ...section, description: null, parentId: null, position: 0, createdAt: '', updatedAt: '', version: 1, feeds: { rss: '', atom: '', json: '' } },
    breadcrumb: [section], pinned: [], articles: [], meta: { limit: 12, nextCursor: null },
  };
  const empty = sectionPage(front, 'c1').main.value;
  t.match(empty, 'Aucun article dans cette rubrique');
  t.notMatch(empty, /Sous-rubriques|class="standfirst"|class="breadcrumb"/);
  t.notMatch(sectionPage({ ...front, articles: [article({ section })] }, 'c1').main.value, 'card lead', 'no lead on a later page');

  const tag = listingPage({ kind: 'tag', tag: { id: 'tag_1', slug: 'x', name: 'X', type: 'genre', createdAt: '', updatedAt: '', version: 1 } as never }, [], null);
  t.match(tag.main.value, 'Aucun article pour l’instant.');
  t.notMatch(tag.main.value, 'standfirst', 'a type without a label says nothing');
  const author = listingPage({ kind: 'author', author: { id: 'aut_1', slug: 'y', name: 'Y', bio: null, avatarUrl: null, createdAt: '', updatedAt: '', version: 1 } }, [], null);
  t.notMatch(author.main.value, 'standfirst');

  t.match(searchPage({ q: '', results: [], nextCursor: null }).title, 'Recherche');
  const refused = searchPage({ q: 'x', results: [], nextCursor: null, refused: 'Non.' }).main.value;
  t.match(refused, '<p class="notice" role="alert">Non.</p>');
  t.notMatch(refused, 'resultats');
});

t.test('caching headers from the API\'s answers', async (t) => {
  const answer = (headers: Record<string, string>) => new Response(null, { headers });
  const nav = answer({ etag: '"n"', 'cache-control': 'public, max-age=30', 'last-modified': 'Mon, 01 Jun 2026 08:00:00 GMT', 'surrogate-key': 'sections sec_1' });
  const page = answer({ etag: '"p"', 'cache-control': 'public, max-age=60', 'last-modified': 'Tue, 02 Jun 2026 08:00:00 GMT', 'surrogate-key': 'art_1 sec_1' });
  const list = answer({ etag: '"l"', 'cache-control': 'public, max-age=20' });
  const headers = cachingHeaders([page], nav);
  t.match(headers, { 'cache-control': 'public, max-age=60', 'last-modified': 'Tue, 02 Jun 2026 08:00:00 GMT', 'surrogate-key': 'art_1 sec_1 sections' });
  t.match(headers.etag, /^"[\w-]{22}"$/);
  t.not(cachingHeaders([page], answer({ etag: '"n2"' })).etag, headers.etag, 'a change anywhere changes the page\'s ETag');
  t.equal(cachingHeaders([page, list], nav)['cache-control'], 'public, max-age=20', 'the shortest of the page\'s own');
  t.equal(cachingHeaders([answer({ 'cache-control': 'no-cache' }), list], nav)['cache-control'], 'no-cache');
  t.same(cachingHeaders([], nav), { etag: cachingHeaders([], nav).etag, 'cache-control': 'public, max-age=30', 'last-modified': 'Mon, 01 Jun 2026 08:00:00 GMT', 'surrogate-key': 'sections sec_1' });
  t.same(cachingHeaders([answer({})], answer({})), {}, 'nothing to pass on: no validator is invented');

  t.equal(isFresh('"a", "b"', '"b"'), true);
  t.equal(isFresh('"a"', '"b"'), false);
  t.equal(isFresh(undefined, '"b"'), false);
  t.equal(isFresh('"b"', undefined), false);
});

t.test('npm run site reads its environment', async (t) => {
  t.same(siteConfig({}), { apiUrl: 'http://localhost:3000', publicApiUrl: 'http://localhost:3000', logger: true, port: 3001, host: '127.0.0.1' });
  t.same(siteConfig({ KIOSQUE_API_URL: 'http://api:3000', KIOSQUE_PUBLIC_API_URL: 'https://api.example', SITE_LOG: 'off', SITE_PORT: '8080', SITE_HOST: '0.0.0.0' }),
    { apiUrl: 'http://api:3000', publicApiUrl: 'https://api.example', logger: false, port: 8080, host: '0.0.0.0' });
});
