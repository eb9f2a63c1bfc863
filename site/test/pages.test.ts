import t from 'tap';
import { buildSite } from '../src/app.js';
import { startSite } from '../src/server.js';
import { startDemoApi } from '../../test/demo-api.js';
import { ADMIN_KEY } from '../../test/helpers.js';

// The site against the API with the demo newsroom, over real HTTP, as
// `npm start` and `npm run site` run them. One API for the file: seeding takes seconds.
const { url: api } = await startDemoApi(t);
const site = await buildSite({ apiUrl: api, publicApiUrl: 'https://api.lekiosque.example', pageSize: 4 });
t.teardown(() => site.close());

const NBSP = '\u00A0';
const ARTICLE = '/actualites/ia/meridia-labs-devoile-aster-un-modele-de-langage-ouvert-entraine-en-france';
const get = (url: string, headers: Record<string, string> = {}) => site.inject({ url, headers });
/** The text between an element's opening tag and its closing one, for elements that do not nest. */
const inner = (body: string, open: RegExp, tag: string) => {
  const start = body.search(open);
  return start < 0 ? '' : body.slice(start, body.indexOf(`</${tag}>`, start));
};

t.test('the article page: every part of the seed\'s page from one page answer', async (t) => {
  const res = await get(ARTICLE);
  t.equal(res.statusCode, 200);
  t.equal(res.headers['content-type'], 'text/html; charset=utf-8');
  const body = res.body;
  t.match(body, '<html lang="fr">');
  t.match(inner(body, /<nav class="breadcrumb"/, 'nav'), /href="\/actualites">Actualités<\/a>.*href="\/actualites\/ia" aria-current="location">Intelligence artificielle/s);
  t.match(body, '<h1>Meridia Labs dévoile Aster, un modèle de langage ouvert entraîné en France</h1>');
  t.match(body, /<p class="standfirst">La jeune pousse parisienne/);
  t.match(body, `une IA «${NBSP}frugale et vérifiable${NBSP}»`, 'French spaces inside guillemets');
  t.match(body, /<p class="byline">Par <a rel="author" href="\/auteurs\/claire-marchetti">Claire Marchetti<\/a><\/p>/);
  t.match(body, /<p class="dateline">Publié le <time datetime="[^"]+">\d+(er)? \p{L}+ \d{4} à \d+\u00A0h\u00A0\d\d<\/time>/u);
  const hero = inner(body, /<figure class="hero">/, 'figure');
  t.match(hero, /<img src="https:\/\/cdn\.lekiosque\.example\/[^"]+" alt="Une salle de serveurs[^"]+" width="1600" height="900" fetchpriority="high">/);
  t.match(hero, /<figcaption>Le modèle Aster .* <span class="credit">Photo\u00A0: Marion Keller \/ Le Kiosque<\/span>/s);

  const toc = inner(body, /<nav class="toc"/, 'nav');
  t.match(toc, '<h2 id="sommaire">Sommaire</h2>');
  const anchors = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
  t.equal(anchors.length, 4, 'one entry per h2 of the body');
  for (const id of anchors) t.match(body, new RegExp(`<h2 id="${id}">`), `#${id} is a heading of the body`);

  const related = inner(body, /<section aria-labelledby="actualite">/, 'section');
  t.match(related, '<h2 id="actualite">Actualité</h2>');
  t.ok((related.match(/<article class="card/g) ?? []).length >= 3, 'related articles');
  t.match(related, /<h3><a href="\/actualites\/international\/[^"]+">IA\u00A0: Bruxelles précise/, 'each a title (linked on the site)…');
  t.match(related, /<p class="standfirst">La Commission européenne/, '…and its excerpt');
  t.match(related, /<article class="card external">\s*<p class="kicker">Ailleurs<\/p>\s*<h3><a href="https:\/\/www\.cnil\.fr[^"]*" rel="external">/, 'external links too');
  const popular = inner(body, /<section aria-labelledby="populaires">/, 'section');
  t.equal((popular.match(/<li><a href="\//g) ?? []).length, 5, 'five most read');

  t.match(body, `<meta name="kiosque-beacon" content="https://api.lekiosque.example/v1/articles/art_`);
  const ld = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(body)![1]!);
  t.match(ld, { '@type': 'NewsArticle', headline: 'Meridia Labs dévoile Aster, un modèle de langage ouvert entraîné en France' });
  t.match(body, /<ul class="tags" aria-label="Mots-clés"><li><a href="\/tags\/[a-z-]+">/);
});

t.test('the API\'s caching headers are passed through, and a browser\'s copy revalidated', async (t) => {
  const page = await fetch(`${api}/v1/pages/articles/meridia-labs-devoile-aster-un-modele-de-langage-ouvert-entraine-en-france`);
  const res = await get(ARTICLE);
  t.equal(res.headers['cache-control'], page.headers.get('cache-control'), 'the page answer\'s Cache-Control');
  t.equal(res.headers['last-modified'], new Date(Math.max(Date.parse(page.headers.get('last-modified')!), Date.parse(
    (await fetch(`${api}/v1/sections?limit=100`)).headers.get('last-modified')!))).toUTCString());
  for (const key of page.headers.get('surrogate-key')!.split(' ')) t.match(res.headers['surrogate-key'], key);
  t.match(res.headers['surrogate-key'], /\bsections\b/, 'and the navigation\'s keys');
  const etag = String(res.headers.etag);
  t.match(etag, /^"[\w-]{22}"$/);
  t.equal((await get(ARTICLE)).headers.etag, etag, 'stable while nothing changes');

  const revalidated = await get(ARTICLE, { 'if-none-match': `"autre", ${etag}` });
  t.equal(revalidated.statusCode, 304);
  t.equal(revalidated.body, '');
  t.equal((await get(ARTICLE, { 'if-none-match': '"autre"' })).statusCode, 200);
  t.match((await get('/')).headers['cache-control'], /max-age=30\b/, 'a front has the lists\' shorter one');
});

t.test('the home front, section fronts and their pages', async (t) => {
  const home = await get('/');
  t.equal(home.statusCode, 200);
  t.match(home.body, /<title>Le Kiosque<\/title>/);
  t.match(home.body, /<h1 class="visually-hidden">À la une<\/h1>/);
  t.match(home.body, /<article class="card lead">\s*<figure class="hero">/);
  t.match(home.body, /<h2 id="plus-lus">Les plus lus<\/h2>/);
  t.match(home.body, /<nav aria-label="Rubriques"><ul>\s*<li><a href="\/actualites">Actualités<\/a><\/li>/);
  const next = /<a rel="next" href="(\/\?cursor=[^"]+)">Articles plus anciens<\/a>/.exec(home.body)![1]!;
  const second = await get(next.replace(/&amp;/g, '&'));
  t.equal(second.statusCode, 200);
  const firstTitles = [...home.body.matchAll(/<h[23]><a href="([^"]+)"/g)].map((m) => m[1]);
  const secondTitles = [...second.body.matchAll(/<h[23]><a href="([^"]+)"/g)].map((m) => m[1]);
  t.same(firstTitles.filter((href) => secondTitles.includes(href)), [], 'the next page shows other articles');

  const news = await get('/actualites');
  t.equal(news.statusCode, 200);
  t.match(news.body, '<title>Actualités – Le Kiosque</title>');
  t.match(news.body, /<li><a href="\/actualites" aria-current="page">Actualités<\/a><\/li>/);
  t.match(news.body, /<nav aria-label="Sous-rubriques"><ul class="children"><li><a href="\/actualites\/ia">Intelligence artificielle<\/a>/);
  t.notMatch(news.body, 'class="breadcrumb"', 'no breadcrumb of one');
  const more = /<a rel="next" href="(\/actualites\?cursor=[^"]+)">/.exec(news.body)![1]!;
  const older = await get(more);
  t.equal(older.statusCode, 200);
  t.notMatch(older.body, 'card lead', 'no lead after the first page');

  const ia = await get('/actualites/ia/');
  t.equal(ia.statusCode, 200, 'a sub-section, with or without its trailing slash');
  t.match(ia.body, /<nav class="breadcrumb" aria-label="Fil d’Ariane">/);
  t.match(ia.body, '<h1>Intelligence artificielle</h1>');
});

t.test('tag and author pages', async (t) => {
  const tag = await get('/tags/intelligence-artificielle');
  t.equal(tag.statusCode, 200);
  t.match(tag.body, '<h1>Intelligence artificielle</h1>');
  t.match(tag.body, '<p class="standfirst">Sujet</p>');
  t.ok((tag.body.match(/<article class="card">/g) ?? []).length >= 3);
  const author = await get('/auteurs/claire-marchetti');
  t.equal(author.statusCode, 200);
  t.match(author.body, '<h1>Claire Marchetti</h1>');
  t.match(author.body, /<p class="standfirst">Journaliste au service Tech/);
  const paged = await get('/auteurs/claire-marchetti?cursor=x');
  t.equal(paged.statusCode, 502, 'a cursor the API did not issue is not the site\'s to explain');
  t.equal((await get('/tags/intelligence-artificielle?cursor=x')).statusCode, 502);
});

t.test('search: results with their snippets, matches highlighted', async (t) => {
  const empty = await get('/recherche?q=%20');
  t.equal(empty.statusCode, 200);
  t.match(empty.body, '<label for="q">Rechercher des articles</label>');
  t.notMatch(empty.body, 'Résultats');

  const res = await get('/recherche?q=intelligence%20artificielle');
  t.equal(res.statusCode, 200);
  t.match(res.body, '<title>Recherche : intelligence artificielle – Le Kiosque</title>');
  t.match(res.body, /<h2 id="resultats">Résultats pour « intelligence artificielle »<\/h2>/);
  t.match(res.body, /<p class="snippet">[^<]*(<\/?mark>[^<]*)+<\/p>/, 'snippets with <mark>');
  t.match(res.body, /<mark>intelligence<\/mark>/i);
  const next = /<a rel="next" href="(\/recherche\?q=[^"]+)">Résultats suivants<\/a>/.exec(res.body)![1]!;
  t.equal((await get(next.replace(/&amp;/g, '&'))).statusCode, 200);

  const none = await get('/recherche?q=zzyzxw');
  t.match(none.body, /Aucun résultat pour « zzyzxw »/);
  const refused = await get(`/recherche?q=${encodeURIComponent('-exclu')}`);
  t.equal(refused.statusCode, 400);
  t.match(refused.body, /<p class="notice" role="alert">Cette recherche ne peut pas aboutir/);
  const hostile = await get(`/recherche?q=${encodeURIComponent('<script>alert(1)</script>')}`);
  t.notMatch(hostile.body, '<script>alert', 'the query is escaped wherever it is shown');
});

t.test('missing pages, moved articles and a failing API', async (t) => {
  for (const url of ['/nulle-part', '/actualites/nulle-part', '/tags/inconnu', '/auteurs/inconnu', '/a/b/c/d']) {
    const res = await get(url);
    t.equal(res.statusCode, 404, url);
    t.match(res.body, '<h1>Page introuvable</h1>');
    t.match(res.body, '<nav aria-label="Rubriques">', 'with the navigation');
    t.equal(res.headers['cache-control'], 'no-store');
  }
  t.equal((await site.inject({ method: 'POST', url: '/' })).statusCode, 404);
  const moved = await get('/culture/meridia-labs-devoile-aster-un-modele-de-langage-ouvert-entraine-en-france');
  t.equal(moved.statusCode, 301);
  t.equal(moved.headers.location, ARTICLE);

  const down = await buildSite({ apiUrl: 'http://127.0.0.1:9' });
  t.teardown(() => down.close());
  for (const url of ['/', ARTICLE, '/recherche?q=climat']) {
    const res = await down.inject(url);
    t.equal(res.statusCode, 502);
    t.match(res.body, '<h1>Service momentanément indisponible</h1>');
  }
});

t.test('assets and security headers', async (t) => {
  const home = await get('/');
  t.match(home.headers['content-security-policy'], "connect-src 'self' https://api.lekiosque.example;", 'the beacon may reach the API');
  t.match(home.headers['content-security-policy'], "script-src 'self'; style-src 'self'");
  const css = /<link rel="stylesheet" href="([^"]+)">/.exec(home.body)![1]!;
  const js = /<script src="([^"]+)" defer><\/script>/.exec(home.body)![1]!;
  t.match(css, /^\/assets\/site\.css\?v=[0-9a-f]{10}$/);
  const style = await get(css);
  t.equal(style.headers['content-type'], 'text/css; charset=utf-8');
  t.equal(style.headers['cache-control'], 'public, max-age=31536000, immutable');
  const script = await get(js);
  t.equal(script.headers['content-type'], 'text/javascript; charset=utf-8');
  t.match(script.body, 'navigator.sendBeacon');
  t.equal((await get('/assets/secret.txt')).statusCode, 404);
});

t.test('an article in another language, with nothing optional', async (t) => {
  const headers = { authorization: `Bearer ${ADMIN_KEY}` };
  const section = await (await fetch(`${api}/v1/sections`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Brèves' }) })).json() as { id: string };
  const created = await fetch(`${api}/v1/articles`, {
    method: 'POST', headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Xylophone quorum', body: 'Zwieback.', sectionId: section.id, lang: 'en', status: 'published' }),
  });
  const { slug } = await created.json() as { slug: string };
  const res = await get(`/breves/${slug}`);
  t.equal(res.statusCode, 200);
  t.match(res.body, '<main id="contenu" tabindex="-1" lang="en">');
  t.match(res.body, '<article class="article" lang="en">');
  t.notMatch(res.body, 'class="byline"');
  t.notMatch(res.body, 'Sommaire');
  t.notMatch(res.body, '<figure');
});

t.test('npm run site: the environment it reads', async (t) => {
  const started = await startSite({ KIOSQUE_API_URL: api, SITE_PORT: '0', SITE_LOG: 'off' });
  t.teardown(() => started.close());
  const address = started.server.address() as { port: number };
  const res = await fetch(`http://127.0.0.1:${address.port}/actualites`);
  t.equal(res.status, 200);
  t.match(res.headers.get('content-security-policy'), `connect-src 'self' ${new URL(api).origin};`, 'the beacon goes to the API it reads by default');
});
