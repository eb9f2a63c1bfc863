import t from 'tap';
import { admin, article, isProblem, makeApp, newsroom } from '../../helpers.js';

t.test('include=jsonLd adds schema.org NewsArticle with every property', async (t) => {
  const { app, clock } = await makeApp(t, { KIOSQUE_PUBLISHER_NAME: 'Le Kiosque', KIOSQUE_PUBLISHER_LOGO: 'https://cdn.example.fr/logo.png' });
  const { child, author, tag, tag2 } = await newsroom(app);
  const a = await article(app, {
    title: 'Les modèles & nous', standfirst: 'Ce qui change.', sectionId: child.id, authorIds: [author.id], tagIds: [tag.id, tag2.id],
    heroImage: { url: 'https://img.example.fr/ia.jpg', alt: 'Un robot' },
  });
  clock.advance(60_000);
  await app.inject({ method: 'PATCH', url: `/v1/articles/${a.id}`, headers: admin, payload: { standfirst: 'Ce qui change vraiment.' } });
  const res = await app.inject(`/v1/articles/${a.slug}?include=jsonLd`);
  t.equal(res.statusCode, 200);
  const url = `http://localhost:3000/actualites/ia/${a.slug}`;
  t.same(res.json().jsonLd, {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: 'Les modèles & nous',
    description: 'Ce qui change vraiment.',
    url,
    image: ['https://img.example.fr/ia.jpg'],
    datePublished: '2026-06-01T08:00:00.000Z',
    dateModified: '2026-06-01T08:01:00.000Z',
    author: [{ '@type': 'Person', name: 'Hélène Fabre', url: 'http://localhost:3000/v1/authors/helene-fabre' }],
    publisher: { '@type': 'Organization', name: 'Le Kiosque', logo: { '@type': 'ImageObject', url: 'https://cdn.example.fr/logo.png' } },
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    articleSection: 'Intelligence artificielle',
    inLanguage: 'fr',
    wordCount: 6,
    keywords: ['Élections', 'Paris'],
  });
  t.ok(res.json().body, 'the article keeps its body');
  t.notOk('jsonLd' in (await app.inject(`/v1/articles/${a.slug}`)).json(), 'only when asked for');
  const etag = (await app.inject(`/v1/articles/${a.slug}`)).headers.etag;
  t.not(res.headers.etag, etag, 'a variant with its own ETag');

  const trimmed = (await app.inject(`/v1/articles/${a.slug}?include=jsonLd&fields=id,title`)).json();
  t.same(Object.keys(trimmed), ['id', 'title', 'jsonLd'], '`fields` trims the article, not its JSON-LD');
  t.equal(trimmed.jsonLd.wordCount, 6);
  isProblem(t, await app.inject(`/v1/articles/${a.slug}?include=jsonld`), 400, 'INVALID_PARAMETER');
});

t.test('JSON-LD of an article without image, author or tags, and of a draft seen by a preview key', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Brève', sectionId: section.id });
  const ld = (await app.inject(`/v1/articles/${a.id}?include=jsonLd`)).json().jsonLd;
  t.same(ld.author, []);
  t.same(ld.publisher, { '@type': 'Organization', name: 'Kiosque' }, 'no logo unless configured');
  for (const key of ['image', 'keywords']) t.notOk(key in ld, `no ${key}`);
  const draft = await article(app, { title: 'Brouillon', sectionId: section.id, status: 'draft' });
  const preview = (await app.inject({ url: `/v1/articles/${draft.id}?include=jsonLd`, headers: admin })).json().jsonLd;
  t.notOk('datePublished' in preview, 'not published yet');
  t.equal(preview.headline, 'Brouillon');
});

t.test('the reader page carries the JSON-LD of its article', async (t) => {
  const { app } = await makeApp(t);
  const { section, author } = await newsroom(app);
  const a = await article(app, { title: 'En une', sectionId: section.id, authorIds: [author.id] });
  const page = (await app.inject(`/v1/pages/articles/${a.slug}`)).json();
  t.same(page.jsonLd, (await app.inject(`/v1/articles/${a.slug}?include=jsonLd`)).json().jsonLd);
  t.match(page.jsonLd, { '@type': 'NewsArticle', headline: 'En une', articleSection: 'Actualités', mainEntityOfPage: { '@id': page.article.url } });
});

t.test('the page carries its JSON-LD as text safe inside a <script>, whatever the title says', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const title = 'Fin </script><script>alert(1)</script> <!-- & \u2028 \u2029';
  const a = await article(app, { title, standfirst: '<b>gras</b> & «\u00a0guillemets\u00a0»', sectionId: section.id });
  const page = (await app.inject(`/v1/pages/articles/${a.slug}`)).json();
  t.notMatch(page.jsonLdScript, /[<>&\u2028\u2029]/, 'none of the characters that could end or break a script');
  t.match(page.jsonLdScript, '\\u003c/script\\u003e');
  t.same(JSON.parse(page.jsonLdScript), page.jsonLd, 'the same node, read back by any JSON parser');
  t.equal(JSON.parse(page.jsonLdScript).headline, title);
});
