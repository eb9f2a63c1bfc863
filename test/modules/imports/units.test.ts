import t from 'tap';
import { renderMarkdownSync } from '../../../src/content/render.js';
import { cut } from '../../../src/modules/imports/context.js';
import { htmlToMarkdown } from '../../../src/modules/imports/convert/html.js';
import { convertBody } from '../../../src/modules/imports/convert/job.js';
import { lexicalToMarkdown } from '../../../src/modules/imports/ghost/lexical.js';
import { ghostTime, mapGhostPost, siteAddress, type GhostSite } from '../../../src/modules/imports/ghost/map.js';
import { Notes } from '../../../src/modules/imports/notes.js';
import { createMediaStore } from '../../../src/modules/imports/repository.js';
import { retryWhenBusy } from '../../../src/modules/imports/run.js';
import { decodeSlug, legacyPath } from '../../../src/modules/imports/paths.js';
import { slugFrom, termSlug } from '../../../src/modules/imports/source.js';
import { wordpressHtml } from '../../../src/modules/imports/wordpress/content.js';
import { mapPost, wpTime } from '../../../src/modules/imports/wordpress/map.js';
import type { XmlNode } from '../../../src/modules/imports/wordpress/wxr.js';

const types = (markdown: string) => renderMarkdownSync(markdown).blocks.map((b) => b.type);

t.test('slugs, paths and cut strings', async (t) => {
  t.equal(cut('court', 10), 'court');
  t.equal(cut('un titre beaucoup trop long pour la limite', 20), 'un titre beaucoup…', 'at a word');
  t.equal(cut('anticonstitutionnellement', 10), 'anticonst…', 'one long word');
  t.equal(decodeSlug('%E0%A4%A'), '%E0%A4%A', 'not valid percent-encoding: as it is');
  t.same(slugFrom(''), { slug: null, original: null });
  t.same(slugFrom('%c3%a9t%c3%a9'), { slug: 'ete', original: 'été' });
  t.same(slugFrom('!!!'), { slug: null, original: '!!!' });
  t.same(slugFrom('é'.repeat(201)), { slug: 'e'.repeat(120), original: null }, 'too long to keep its spelling');
  t.equal(termSlug('', 'Économie', 'rubrique'), 'economie');
  t.equal(termSlug('', '???', 'rubrique'), 'rubrique');
  t.equal(legacyPath('/'), null);
  t.equal(legacyPath('http://['), null);
  t.equal(legacyPath('https://ancien.example/?p=12'), '/?p=12');
  t.equal(legacyPath('https://ancien.example/2019/%C3%A9t%C3%A9/?utm=1#haut'), '/2019/été');
});

t.test('HTML: what has no Markdown form is dropped and noted', async (t) => {
  const { markdown, notes } = htmlToMarkdown([
    '<blockquote><p>Une citation sans classe</p></blockquote>',
    '<blockquote class="twitter-tweet"><p>Un tweet sans lien</p></blockquote>',
    '<iframe></iframe><iframe src="javascript:alert(1)"></iframe><iframe src="//www.dailymotion.com/embed/video/x8"></iframe>',
    '<video><source src="https://media.example/v.mp4"></video><audio></audio>',
    '<img alt="sans adresse"><img src="data:image/png;base64,AA"><img src="images/a.jpg" alt="relative">',
    '<table><tr><th rowspan="2">A</th><th>B</th></tr><tr><td>1</td></tr></table>',
    '<figure><img src="https://img.example/b.jpg" alt="b"><figcaption><p>Une légende</p><p>sur deux paragraphes</p></figcaption></figure>',
    '<figure><img src="https://img.example/c.jpg" alt="c"><figcaption> </figcaption></figure>',
    '<form><input name="q"></form><svg><text>logo</text></svg><!-- a comment says nothing -->',
  ].join(''), 'https://ancien.example/blog/');
  t.same(types(markdown), ['quote', 'quote', 'embed', 'embed', 'image', 'table', 'image', 'paragraph', 'paragraph', 'image']);
  t.match(markdown, /<https:\/\/www\.dailymotion\.com\/embed\/video\/x8>/, 'protocol-relative: https');
  t.match(markdown, /https:\/\/ancien\.example\/blog\/images\/a\.jpg/, 'relative: against the site');
  t.same(notes.list(), [
    'image without a web address dropped (2)', 'element dropped with its content: <form>, <svg>',
    'table cell spanning several columns or rows made one cell', 'media without a web address dropped (3): <iframe>, <audio>',
  ]);
  t.equal(htmlToMarkdown('<p>sans site</p>').markdown, 'sans site\n');
});

t.test('Lexical: every node and card', async (t) => {
  const doc = (...children: object[]) => JSON.stringify({ root: { type: 'root', children } });
  const text = (value: string, format?: number) => ({ type: 'text', text: value, format });
  const { markdown, notes } = lexicalToMarkdown(doc(
    { type: 'heading', tag: 'h9', children: [text('Titre')] },
    { type: 'heading', tag: 'h3' },
    { type: 'paragraph', children: [text('a'), { type: 'tab' }, { type: 'autolink', url: 'https://a.example', children: [text('lien')] }, { type: 'unknown-inline', children: [text('dedans')] }, { type: 'no-children' }] },
    { type: 'paragraph', children: [] },
    { type: 'aside', children: [text('encadré')] },
    { type: 'list', listType: 'check', start: 3, children: [{ type: 'listitem', checked: true, children: [text('fait')] }, { type: 'listitem', children: [] }] },
    { type: 'list', listType: 'bullet' },
    { type: 'image' }, { type: 'image', src: 'https://img.example/a.jpg', title: 'Titre', caption: '' },
    { type: 'gallery' },
    { type: 'video', src: 'https://media.example/v.mp4', caption: 'Une vidéo' },
    { type: 'codeblock', code: 'x' },
    { type: 'toggle', heading: 'Question', content: '<p>Réponse</p>' },
    { type: 'button', buttonUrl: 'https://a.example/abonnement' },
    { type: 'button', buttonUrl: 'https://a.example/don', buttonText: 'Donner' },
    { type: 'html', html: '<p>En HTML</p>' },
    { type: 'paywall' },
  ));
  t.match(markdown, /^###### Titre\n\n###\n\na \[lien]\(https:\/\/a\.example\)dedans\n\n> encadré\n\n- \[x] fait\n/, 'headings clamped to h6, a tab a space, a check list');
  t.same(types(markdown), ['heading', 'heading', 'paragraph', 'quote', 'list', 'image', 'embed', 'paragraph', 'code', 'paragraph', 'paragraph', 'embed', 'paragraph', 'paragraph']);
  t.same(notes.list(), ['site card dropped (sign-up, paywall, product…): paywall']);
  t.throws(() => lexicalToMarkdown('{"version":1}'), /no root node/);
  t.equal(lexicalToMarkdown(doc()).markdown, '');
  t.equal(lexicalToMarkdown(JSON.stringify({ root: { type: 'root' } })).markdown, '');
});

t.test('WordPress content: shortcodes, galleries and blocks beyond the fixture', async (t) => {
  const media = createMediaStore();
  media.put({ id: 5, url: 'https://img.example/5.jpg', alt: 'cinq', caption: '', title: '', width: null, height: null }, 40, 2);
  media.put({ id: 4, url: 'https://img.example/4.jpg', alt: 'quatre', caption: 'Légende', title: '', width: null, height: null }, 40, 1);
  const notes = new Notes();
  const html = wordpressHtml([
    '[gallery]', '[gallery include="9"]', '[caption caption="Par attribut"]<img src="https://img.example/x.jpg" alt="x">[/caption]',
    '[caption]Sans image[/caption]', '[youtube]', '[audio mp3="https://media.example/a.mp3"]', '[sic]', '[[échappé]]',
  ].join('\n\n'), { media, postId: 40, notes });
  t.same(types(htmlToMarkdown(html).markdown), ['image', 'paragraph', 'image', 'image', 'paragraph', 'paragraph', 'embed', 'paragraph', 'paragraph']);
  t.same(notes.list(), ['gallery image missing from the export', 'shortcode without a web address dropped: [youtube]']);
  const blocks = wordpressHtml('<!-- wp:embed {"url":"https://vimeo.com/1"} --><figure class="wp-block-embed"></figure><!-- /wp:embed --><!-- wp:freeform -->\n\n<!-- /wp:freeform --><!-- wp:spacer /-->', { media, postId: 1, notes });
  t.same(types(htmlToMarkdown(blocks).markdown), ['embed'], 'an embed block whose HTML lacks its address');
  media.close();
});

const item = (fields: Record<string, string>, extra: XmlNode[] = []): XmlNode => ({
  name: 'item', attrs: {}, text: '', children: [...Object.entries(fields).map(([name, text]) => ({ name, attrs: {}, text, children: [] })), ...extra],
});

t.test('WordPress posts: dates, statuses and fields at their edges', async (t) => {
  t.equal(wpTime('2026-02-30 10:00:00'), Date.UTC(2026, 2, 2, 10), 'rolled over as PHP does');
  t.equal(wpTime('0000-00-00 00:00:00'), null);
  t.equal(wpTime('hier'), null);
  const now = Date.UTC(2026, 5, 1);
  const site = { baseUrl: undefined, lang: 'fr', categoryKeys: new Map(), media: { byId: () => undefined, ofParent: () => [] }, now };
  const meta = (key: string, value: string): XmlNode => item({ 'wp:meta_key': key, 'wp:meta_value': value });
  const post = mapPost(item({ 'wp:post_id': '5', 'wp:status': 'future', 'wp:post_password': 'secret', 'wp:post_modified': '2030-01-01 00:00:00' },
    [{ ...meta('_thumbnail_id', '77'), name: 'wp:postmeta' }, { ...meta('_yoast_wpseo_canonical', 'https://partenaire.example/a'), name: 'wp:postmeta' },
      { name: 'category', attrs: { domain: 'language', nicename: 'xx_XX' }, text: '', children: [] }]), site);
  t.match(post, { title: 'Sans titre', status: 'archived', publishAt: null, createdAt: now, updatedAt: now, slug: null, authorKeys: [], lang: 'fr', sectionKey: null, canonicalUrl: 'https://partenaire.example/a' });
  t.same(post.notes.list(), ['password-protected in WordPress: archived (hidden from readers)', 'featured image missing from the export: 77']);
  t.equal(convertBody(post.body.job()).markdown, '', 'an item without a body');
});

t.test('Ghost rows at their edges', async (t) => {
  t.equal(ghostTime(1_700_000_000_000), 1_700_000_000_000);
  t.equal(ghostTime(Number.NaN), null);
  t.equal(ghostTime('pas une date'), null);
  t.equal(ghostTime(null), null);
  const site: GhostSite = { siteUrl: 'https://gazette.example/', lang: 'fr', tagsOf: new Map(), authorsOf: new Map(), metaOf: new Map(), publicTags: new Set(), now: Date.UTC(2026, 5, 1) };
  t.equal(siteAddress('__GHOST_URL__/a.jpg', site), 'https://gazette.example/a.jpg');
  t.equal(siteAddress('/b.jpg', site), 'https://gazette.example/b.jpg');
  t.equal(siteAddress('mailto:x@y.z', site), null);
  t.equal(siteAddress(null, site), null);
  const post = mapGhostPost({ id: 'p1', slug: 'Été 2026', status: 'published', locale: 'en', feature_image: 'https://img.example/u.jpg', feature_image_alt: 'alt', feature_image_caption: 'cap', meta_title: 'T', meta_description: 'D' }, site);
  t.match(post, { title: 'Sans titre', slug: 'ete-2026', formerSlugs: ['Été 2026'], lang: 'en', publishAt: null, heroImage: { alt: 'alt', caption: 'cap' }, seo: { title: 'T', description: 'D' } });
});

t.test('a batch waits for another process\'s write lock, a few times', async (t) => {
  let calls = 0;
  const busy = Object.assign(new Error('database is locked'), { code: 'SQLITE_BUSY' });
  t.equal(await retryWhenBusy(async () => (++calls < 3 ? (() => { throw busy; })() : 'written')), 'written');
  t.equal(calls, 3);
  await t.rejects(retryWhenBusy(async () => { throw busy; }), busy, 'then gives up');
  await t.rejects(retryWhenBusy(async () => { throw new Error('other'); }), /other/, 'any other error at once');
  const serialization = Object.assign(new Error('could not serialize access'), { code: '40001' });
  calls = 0;
  t.equal(await retryWhenBusy(async () => (++calls < 2 ? (() => { throw serialization; })() : 'written')), 'written',
    'PostgreSQL\'s serialisation failure is tried again too');
});

t.test('exports with the least they can have: every field falls back to something', async (t) => {
  const { makeApp, tempDir, admin } = await import('../../helpers.js');
  const { importFile } = await import('./helpers.js');
  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const dir = tempDir('import-least');
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  await test.app.inject({ method: 'POST', url: '/v1/authors', headers: admin, payload: { name: 'anon' } });
  await test.app.inject({ method: 'POST', url: '/v1/tags', headers: admin, payload: { name: 'X', slug: 'x', type: 'topic' } });
  const wxr = join(dir, 'least.xml');
  writeFileSync(wxr, `<rss xmlns:wp="http://wordpress.org/export/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:x="urn:autre"><channel>
<x:chose/>
<wp:category><wp:category_nicename>%E2%9C%93</wp:category_nicename><wp:cat_name></wp:cat_name><wp:category_parent>absente</wp:category_parent></wp:category>
<wp:tag><wp:tag_slug>x</wp:tag_slug><wp:tag_name></wp:tag_name></wp:tag>
<wp:author><wp:author_login>anon</wp:author_login></wp:author>
<item><wp:post_type>attachment</wp:post_type><wp:post_id>3</wp:post_id><guid>https://x.example/a.jpg</guid></item>
<item><wp:post_id>5</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><wp:post_name>deux</wp:post_name><title>Deux</title></item>
<item><wp:post_id>1</wp:post_id><wp:post_type>post</wp:post_type><wp:status>publish</wp:status><title>${'Très long titre '.repeat(25)}</title>
<category domain="category" nicename="%E2%9C%93"></category><category domain="category" nicename="nouvelle">Nouvelle</category><category domain="category" nicename="autre"></category>
<category domain="post_tag" nicename="x"></category><category domain="post_tag" nicename="inconnu">Inconnu</category><category domain="author" nicename="cap-invite">Invité</category>
<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>3</wp:meta_value></wp:postmeta>
<wp:postmeta><wp:meta_key>_wp_old_slug</wp:meta_key><wp:meta_value>deux</wp:meta_value></wp:postmeta>
<category domain="author" nicename="cap-fantome"></category>
<content:encoded><![CDATA[[caption caption="Légende seule" /] [caption]<img src="https://x.example/b.jpg" alt="b">[/caption]]]></content:encoded></item>
<item><wp:post_id>2</wp:post_id></item>
<item><wp:post_type>post</wp:post_type><wp:post_id>4</wp:post_id></item>
</channel></rss>`);
  const { summary, reports } = await importFile(test, 'wordpress', wxr);
  t.match(summary, {
    source: `wordpress:${wxr}`, posts: { created: 2 }, authors: { matched: 1, created: 2 }, tags: { matched: 1, created: 1 },
    skipped: { 'post type "(none)"': 1, 'post status "(none)"': 1 }, unknown: { '<{urn:autre}:chose>': 1 },
  });
  t.same(reports.find((r) => r.key === '1')!.notes, [
    'also filed under another category (one section per article): Nouvelle, autre', 'title longer than 300 characters: cut', 'old slug already used by another article: deux',
  ]);
  const a = (await test.app.inject({ method: 'GET', url: '/v1/articles?limit=10&sort=oldest&fields=slug,section,authors,tags,heroImage,lang', headers: admin })).json().data;
  t.match(a.find((x: { slug: string }) => x.slug.startsWith('tres-long')), {
    section: { path: 'rubrique', name: '✓' }, lang: 'fr', heroImage: { url: 'https://x.example/a.jpg', caption: null },
    authors: [{ name: 'Invité' }, { name: 'fantome' }], tags: [{ slug: 'x' }, { slug: 'inconnu' }],
  });

  const ghost = join(dir, 'least.json');
  writeFileSync(ghost, JSON.stringify({ db: [{ data: {
    posts: [{ id: 'g1', html: '<p>x</p>', status: 'published', published_at: '2026-01-01T00:00:00Z', feature_image: 'https://x.example/f.jpg', feature_image_alt: 'ancien alt' },
      { id: 'g2', type: 'page' }, { id: 'g3', status: 'inconnu' }],
    posts_tags: [{ post_id: 'g1', tag_id: 't1' }], posts_authors: [{ post_id: 'g1', author_id: 'u1' }], posts_meta: [{ post_id: 'g1' }],
    tags: [{ id: 't1' }], users: [{ id: 'u1', slug: 'sans-nom' }],
  } }] }));
  const g = await importFile(test, 'ghost', ghost);
  t.match(g.summary, { posts: { created: 1 }, skipped: { 'Ghost page': 1, 'post status "inconnu"': 1 }, sections: { matched: 1 } });
  const post = (await test.app.inject({ method: 'GET', url: '/v1/articles/sans-titre', headers: admin })).json();
  t.match(post, { section: { path: 'rubrique' }, authors: [{ name: 'sans-nom' }], heroImage: { alt: 'ancien alt' } });
});

t.test('Lexical and HTML leftovers', async (t) => {
  const doc = (...children: object[]) => JSON.stringify({ root: { children } });
  t.same(types(lexicalToMarkdown(doc({ type: 'heading', tag: 'hx', children: [{ type: 'text', text: 'H' }] }, { type: 'quote', children: [{ type: 'text', text: 'q' }] },
    { type: 'list', listType: 'number', children: [{ type: 'listitem' }, { type: 'listitem', children: [{ type: 'text', text: 'un' }] }] })).markdown), ['heading', 'quote', 'list']);
  t.same(types(htmlToMarkdown('<blockquote class="instagram-media"><p>Voir <a href="https://www.instagram.com/p/abc/">ce post</a></p></blockquote>').markdown), ['embed']);
});
