import t from 'tap';
import { admin, makeApp, tempDir } from '../../helpers.js';
import { importFile, variant, WXR } from './helpers.js';

// The round trip: a WordPress export (test/fixtures/imports/wordpress-newsroom.xml, an
// invented newsroom shaped like a real "All content" export) imported, then read back
// through the API as a front end would.

const dir = tempDir('import-wp');
const get = async (app: Awaited<ReturnType<typeof makeApp>>['app'], url: string, headers: Record<string, string> = admin) => {
  const res = await app.inject({ method: 'GET', url, headers });
  return { status: res.statusCode, body: res.json() };
};

t.test('posts, sections, authors, tags and images read back through the API', async (t) => {
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  const { summary } = await importFile(test, 'wordpress', WXR);
  t.same(summary.posts, { created: 10, updated: 0, unchanged: 0, matched: 0, failed: 0 });
  t.same(summary.skipped, {
    'term of taxonomy "nav_menu"': 1, 'term of taxonomy "language"': 1, 'post type "page"': 1,
    'post type "nav_menu_item"': 1, 'post type "evenement"': 1, 'post status "trash"': 1,
  }, 'pages, menus, custom types and trashed posts are skipped and counted');
  t.same(summary.unknown, { '<wp:theme_settings>': 1 }, 'an unknown element is skipped and counted');
  t.match(summary.sections, { created: 6, matched: 1 }, 'the section for posts without a category is the export\'s own "Non classé"');

  const sections = (await get(test.app, '/v1/sections?limit=100')).body.data.map((s: { path: string; name: string }) => `${s.path} ${s.name}`);
  t.same(sections, ['actualites Actualités', 'actualites/politique Politique', 'actualites/politique/municipales Municipales 2026',
    'culture Culture', 'economie Économie & entreprises', 'non-classe Non classé'], 'categories keep their hierarchy, names decoded');

  const { body: a } = await get(test.app, '/v1/articles/municipales-lyon-programme?format=blocks');
  t.match(a, {
    title: 'Municipales à Lyon : la majorité sortante dévoile son programme', status: 'published',
    section: { path: 'actualites/politique/municipales' },
    standfirst: 'Trois lignes de tramway, la gratuité pour les jeunes & un plan climat : le programme en détail.',
    publishedAt: '2026-02-14T07:30:00.000Z', firstPublishedAt: '2026-02-14T07:30:00.000Z',
    createdAt: '2026-02-14T07:30:00.000Z', updatedAt: '2026-02-15T09:05:12.000Z', lang: 'fr',
    heroImage: {
      url: 'https://www.gazette-du-rhone.example/wp-content/uploads/2026/02/meeting.jpg', alt: 'Des militants dans la halle Tony-Garnier',
      caption: 'Le meeting de samedi, à Gerland.', width: 1600, height: 1067,
    },
    seo: { title: null, description: 'Le programme de la majorité sortante pour les municipales à Lyon.' },
  });
  t.same(a.authors.map((x: { name: string }) => x.name), ['Mathilde Lefèvre', 'Julien Nguyễn'], 'Co-Authors Plus bylines, in order');
  t.same(a.tags.map((x: { slug: string; name: string }) => `${x.slug} ${x.name}`), ['elections Élections', 'lyon Lyon']);
  t.same(a.body.blocks.map((b: { type: string }) => b.type),
    ['paragraph', 'heading', 'list', 'quote', 'image', 'paragraph', 'embed', 'table', 'paragraph', 'paragraph']);
  const [intro, heading, list, quote, image, caption, embed, table] = a.body.blocks;
  t.match(intro.content, [{ text: 'La liste de la majorité sortante a présenté samedi son ' }, { text: 'programme', marks: ['bold'] }]);
  t.match(intro.content.find((s: { href?: string }) => s.href), { href: 'https://www.gazette-du-rhone.example/2026/01/20/meeting-gerland/' }, 'relative links made absolute');
  t.match(heading, { level: 2, text: 'Les transports d’abord' });
  t.match(list.items[1][1], { type: 'list', items: [[{ content: [{ text: 'dès la rentrée 2026' }] }]] }, 'nested lists stay nested');
  t.equal(quote.children.length, 2);
  t.match(image, { url: 'https://www.gazette-du-rhone.example/wp-content/uploads/2026/02/meeting.jpg', alt: 'Des militants dans la halle Tony-Garnier' });
  t.match(caption.content[0], { text: 'Le meeting de samedi, à Gerland. ', marks: ['italic'] }, 'a caption follows its image');
  t.same(embed, { type: 'embed', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', provider: 'youtube.com' });
  t.match(table, { header: [[{ text: 'Liste' }], [{ text: 'Intentions de vote' }]], rows: [[[{ text: 'Majorité sortante' }], [{ text: '34 %' }]], [[], []]] });
  t.notMatch(JSON.stringify(a.body), /contact-form|wp:|<!--/, 'no shortcode nor block comment is left');
});

t.test('a classic post: paragraphs, [caption], [gallery], embeds, dropped scripts; old slugs and paths resolve', async (t) => {
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  const { reports } = await importFile(test, 'wordpress', WXR);
  const { body: a } = await get(test.app, '/v1/articles/ete-vendanges-beaujolais?format=blocks', {});
  t.same(a.body.blocks.map((b: { type: string }) => b.type),
    ['paragraph', 'paragraph', 'image', 'paragraph', 'heading', 'list', 'image', 'paragraph', 'image', 'embed', 'embed', 'embed', 'paragraph']);
  t.match(a.body.blocks[1].content, [{ text: 'Les vignerons s\'adaptent : « On vendange la nuit, à la frontale. »' }, { type: 'break' }, {}], 'a single newline is a line break');
  t.match(a.body.blocks[2], { type: 'image', url: 'https://www.gazette-du-rhone.example/wp-content/uploads/2025/08/fleurie.jpg' });
  t.match(a.body.blocks[3].content, [{ text: 'Des vendangeurs à Fleurie, le 21 août.', marks: ['italic'] }]);
  t.match(a.body.blocks[5], { ordered: true, items: [[{ content: [{ text: 'Des degrés plus élevés' }] }], [{ content: [{ text: 'Moins d\'acidité [sic]' }] }]] }, '[sic] is text, not a shortcode');
  t.same(a.body.blocks.filter((b: { type: string }) => b.type === 'embed').map((b: { provider: string }) => b.provider), ['twitter.com', 'vimeo.com', 'google.com']);
  t.match(a.body.blocks.at(-1).content, [{ text: '[toc]' }]);
  t.notMatch(JSON.stringify(a), /alert/, 'scripts are dropped');
  t.match(a.section, { path: 'economie' });
  t.match(reports.find((r) => r.key === '11')!.notes, [
    'also filed under another category (one section per article): Culture', 'gallery image missing from the export',
    'element dropped with its content: <script>',
  ]);
  t.match(reports.find((r) => r.key === '10')!.notes, [
    'comment not imported (2)', 'also filed under another category (one section per article): Politique',
    'block drawn by the site (not saved in the post) dropped: core/latest-posts', 'reusable block not carried over: 77',
    'shortcode dropped (its text kept): [contact-form-7]',
  ]);

  for (const old of ['%C3%A9t%C3%A9-vendanges-beaujolais', 'programme-majorite-sortante', '%C3%A9lections-programme', 'elections-programme']) {
    const res = await get(test.app, `/v1/articles/${old}?fields=slug`, {});
    t.equal(res.status, 200, `old slug ${decodeURIComponent(old)}`);
  }
  const redirect = await get(test.app, `/v1/redirects?path=${encodeURIComponent('/2026/02/14/municipales-lyon-programme/')}`, {});
  t.match(redirect, { status: 200, body: {
    path: '/2026/02/14/municipales-lyon-programme', status: 301,
    location: 'http://localhost:3000/actualites/politique/municipales/municipales-lyon-programme',
    article: { slug: 'municipales-lyon-programme', title: String },
  } });
  for (const path of ['https://www.gazette-du-rhone.example/?p=10', '/2026/02/14/municipales-lyon-programme?utm_source=x']) {
    t.equal((await get(test.app, `/v1/redirects?path=${encodeURIComponent(path)}`, {})).body.article?.slug, 'municipales-lyon-programme', path);
  }
  t.equal((await get(test.app, `/v1/redirects?path=${encodeURIComponent('/2025/08/28/%c3%a9t%c3%a9-vendanges-beaujolais/')}`, {})).status, 200, 'a percent-encoded path');
});

t.test('statuses and dates: scheduled, drafts, private and password-protected posts, another language', async (t) => {
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  await importFile(test, 'wordpress', WXR);
  const list = (await get(test.app, '/v1/articles?limit=100&fields=slug,status,publishAt,lang')).body.data;
  const by = Object.fromEntries(list.map((a: { slug: string }) => [a.slug, a]));
  t.match(by['metro-e-ouest-lyonnais'], { status: 'scheduled', publishAt: '2030-01-02T06:00:00.000Z' });
  t.match(by['brouillon-les-coulisses-de-la-redaction'], { status: 'draft', publishAt: null }, 'a draft without a slug gets one from its title');
  t.match(by['tribune-fete-des-lumieres'], { status: 'draft' }, 'pending review is a draft');
  t.match(by.conges, { status: 'archived' }, 'private');
  t.match(by['enquete-loyers'], { status: 'archived' }, 'password-protected');
  t.match(by['festival-of-lights'], { status: 'published', lang: 'en' }, 'a Polylang language term');
  t.match(by.breve, { status: 'published' });
  const visible = (await get(test.app, '/v1/articles?limit=100&fields=slug', {})).body.data.map((a: { slug: string }) => a.slug).sort();
  t.same(visible, ['breve', 'ete-vendanges-beaujolais', 'festival-of-lights', 'grand-format-quartiers', 'municipales-lyon-programme']);
  for (const hidden of ['/?p=12', '/?p=13', '/2026/01/05/conges']) {
    t.equal((await get(test.app, `/v1/redirects?path=${encodeURIComponent(hidden)}`, {})).status, 404, `${hidden}: not to readers`);
    t.equal((await get(test.app, `/v1/redirects?path=${encodeURIComponent(hidden)}`)).status, 200, `${hidden}: to editors`);
  }
  const { body: long } = await get(test.app, '/v1/articles/grand-format-quartiers');
  t.ok(long.wordCount > 1500, 'a long body');
  t.same(long.toc.map((e: { title: string }) => e.title), [1, 2, 3, 4, 5].map((n) => `Épisode ${n} : à l’écoute des quartiers`));
  t.match(long.seo, { title: 'Six mois à l’écoute des quartiers de Lyon' }, 'Rank Math title');
  t.match((await get(test.app, '/v1/articles/breve')).body.section, { path: 'non-classe' });
  const found = (await get(test.app, '/v1/search?q=vendanges', {})).body.data.map((r: { article: { slug: string } }) => r.article.slug);
  t.same(found, ['ete-vendanges-beaujolais'], 'imported articles are searchable');
  const changes = (await get(test.app, '/v1/changes?limit=500')).body.data.map((c: { type: string }) => c.type);
  t.same(changes.filter((c: string) => c.startsWith('article')).sort(), [
    ...Array(5).fill('article.created'), ...Array(5).fill('article.published'),
  ], 'every article is in the change feed');
  t.equal(changes.filter((c: string) => /^(section|author|tag)\.created$/.test(c)).length, 6 + 3 + 4);
});

t.test('importing the same export again changes nothing', async (t) => {
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  await importFile(test, 'wordpress', WXR);
  const before = (await get(test.app, '/v1/changes?limit=500')).body.data.length;
  test.clock.advance(60_000);
  const { summary, reports } = await importFile(test, 'wordpress', WXR);
  t.same(summary.posts, { created: 0, updated: 0, unchanged: 10, matched: 0, failed: 0 });
  t.match(summary, { sections: { unchanged: 7 }, authors: { unchanged: 3 }, tags: { unchanged: 4 }, notes: {} });
  t.same(reports, [], 'nothing to report: nothing was written');
  t.equal((await get(test.app, '/v1/changes?limit=500')).body.data.length, before, 'no change recorded');
  t.equal((await get(test.app, '/v1/articles/municipales-lyon-programme')).body.version, 1);
});

t.test('a newer export updates what changed and nothing else; an article deleted since is imported again', async (t) => {
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  await importFile(test, 'wordpress', WXR);
  const edited = await test.app.inject({ method: 'PATCH', url: '/v1/articles/grand-format-quartiers', headers: admin, payload: { standfirst: 'Chapeau réécrit dans Kiosque' } });
  t.equal(edited.statusCode, 200);
  await test.app.inject({ method: 'DELETE', url: '/v1/articles/breve', headers: admin });
  test.clock.advance(60_000);
  const newer = variant(dir, WXR, 'newer.xml', [
    ['<title><![CDATA[Municipales à Lyon : la majorité sortante dévoile son programme]]></title>', '<title><![CDATA[Municipales : le programme de la majorité sortante]]></title>'],
    ['<p>Le scrutin aura lieu les 15 et 22 mars.</p>', '<p>Le scrutin aura lieu les 15 et 22 mars 2026.</p>'],
    ['<wp:post_modified_gmt><![CDATA[2026-02-15 09:05:12]]></wp:post_modified_gmt>', '<wp:post_modified_gmt><![CDATA[2026-03-01 10:00:00]]></wp:post_modified_gmt>'],
    ['<wp:cat_name><![CDATA[Culture]]></wp:cat_name>', '<wp:cat_name><![CDATA[Culture & loisirs]]></wp:cat_name>'.replace('&', '&amp;')],
    ['<wp:category_nicename><![CDATA[municipales]]></wp:category_nicename><wp:category_parent><![CDATA[politique]]></wp:category_parent>',
      '<wp:category_nicename><![CDATA[municipales]]></wp:category_nicename><wp:category_parent><![CDATA[actualites]]></wp:category_parent><wp:category_description>Le scrutin de 2026</wp:category_description>'],
    ['<wp:author_display_name><![CDATA[Julien Nguyễn]]></wp:author_display_name>', '<wp:author_display_name><![CDATA[Julien Nguyễn-Martin]]></wp:author_display_name>'],
    ['<wp:tag_name><![CDATA[Transports]]></wp:tag_name>', '<wp:tag_name><![CDATA[Transports en commun]]></wp:tag_name>'],
    ['Grand format : six mois à l’écoute des quartiers]]>', 'Grand format : six mois dans les quartiers]]>'],
  ]);
  const { summary } = await importFile(test, 'wordpress', newer);
  t.same(summary.posts, { created: 1, updated: 2, unchanged: 7, matched: 0, failed: 0 });
  t.match(summary, { sections: { updated: 2, unchanged: 5 }, authors: { updated: 1 }, tags: { updated: 1 } });
  t.match((await get(test.app, '/v1/sections/actualites%2Fmunicipales')).body, { description: 'Le scrutin de 2026', parent: { path: 'actualites' } }, 'moved under its new parent');
  t.equal((await get(test.app, '/v1/authors/julien-nguyen')).body.name, 'Julien Nguyễn-Martin');
  t.equal((await get(test.app, '/v1/tags/transports')).body.name, 'Transports en commun');
  const { body: a } = await get(test.app, '/v1/articles/municipales-lyon-programme?format=markdown');
  t.match(a, { title: 'Municipales : le programme de la majorité sortante', version: 2, updatedAt: '2026-03-01T10:00:00.000Z' });
  t.match(a.body.markdown, /15 et 22 mars 2026\./);
  t.match((await get(test.app, '/v1/articles/grand-format-quartiers')).body, {
    standfirst: 'Chapeau réécrit dans Kiosque', title: 'Grand format : six mois dans les quartiers', updatedAt: new Date(test.clock.now).toISOString(),
  }, 'an edit made in Kiosque stays; a source date older than that edit does not move updatedAt back');
  t.equal((await get(test.app, '/v1/sections/culture')).body.name, 'Culture & loisirs');
  t.equal((await get(test.app, '/v1/articles/breve')).status, 200, 'the deleted article is back');
  const types = (await get(test.app, '/v1/changes?limit=500')).body.data.map((c: { type: string }) => c.type);
  t.match(types.filter((type: string) => type.endsWith('.updated')).sort(), ['article.updated', 'article.updated', 'article.updated', 'author.updated', 'section.updated', 'section.updated', 'tag.updated'],
    'the edit in Kiosque, then the import\'s');
});

t.test('a dry run says what would happen and writes nothing', async (t) => {
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  const { summary, reports } = await importFile(test, 'wordpress', WXR, { dryRun: true });
  t.match(summary, { dryRun: true, posts: { created: 10 }, sections: { created: 6, matched: 1 }, authors: { created: 3 }, tags: { created: 4 } });
  t.ok(reports.some((r) => r.key === '10' && r.outcome === 'create'), 'what would be lost is said');
  t.equal((await get(test.app, '/v1/articles?limit=1')).body.data.length, 0);
  t.equal((await get(test.app, '/v1/sections')).body.data.length, 0);
  await importFile(test, 'wordpress', WXR);
  const again = await importFile(test, 'wordpress', WXR, { dryRun: true });
  t.match(again.summary, { posts: { unchanged: 10 }, sections: { unchanged: 7 } });
});

t.test('a post that cannot be written fails alone, and says why; a slug another article has gets the next one', async (t) => {
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  const section = (await test.app.inject({ method: 'POST', url: '/v1/sections', headers: admin, payload: { name: 'Brèves' } })).json();
  await test.app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload: { title: 'Une autre brève', slug: 'breve', body: 'x', sectionId: section.id } });
  const canonical = '<wp:postmeta><wp:meta_key><![CDATA[_yoast_wpseo_canonical]]></wp:meta_key><wp:meta_value><![CDATA[https://exa mple.fr/x]]></wp:meta_value></wp:postmeta>';
  const bad = variant(dir, WXR, 'bad-canonical.xml', [['<wp:post_id>18</wp:post_id>', `<wp:post_id>18</wp:post_id>${canonical}`]]);
  const { summary, reports } = await importFile(test, 'wordpress', bad);
  t.match(summary.posts, { created: 9, failed: 1 });
  t.match(reports.find((r) => r.key === '18'), { outcome: 'failed', error: '/canonicalUrl must match format "uri"' });
  t.match(reports.find((r) => r.key === '19'), { outcome: 'created', notes: ['slug taken by another article: breve → breve-2'] });
  const later = variant(dir, WXR, 'later.xml', [
    ['<wp:post_id>16</wp:post_id>', `<wp:post_id>16</wp:post_id>${canonical}`],
    ['<wp:post_name><![CDATA[tribune-fete-des-lumieres]]></wp:post_name>', '<wp:post_name><![CDATA[]]></wp:post_name>'],
  ]);
  const again = await importFile(test, 'wordpress', later);
  t.match(again.summary.posts, { created: 1, updated: 1, failed: 1 });
  t.match(again.reports.find((r) => r.key === '16'), { outcome: 'failed', error: '/canonicalUrl must match format "uri"' });
  t.equal((await get(test.app, '/v1/articles/tribune-fete-des-lumieres')).body.version, 1, 'a slug the source no longer has: the article keeps its own');
});
