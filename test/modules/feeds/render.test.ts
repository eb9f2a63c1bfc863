import t from 'tap';
import { createCursors } from '../../../src/lib/cursor.js';
import { PUBLIC_READER } from '../../../src/lib/reader.js';
import { parseAtomFeed, parseJsonFeed, parseRssFeed } from 'feedsmith';
import { createRepositories } from '../../../src/db/repositories.js';
import { imageType, renderAtom, renderJsonFeed, renderRss } from '../../../src/modules/feeds/render.js';
import { buildFeed } from '../../../src/modules/feeds/service.js';
import { article, makeApp, newsroom } from '../../helpers.js';
import { fetchFeed } from './helpers.js';

t.test('without full content, feeds carry the summary only (the decision partner entitlements will make)', async (t) => {
  const { app, db, clock } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, { title: 'Résumé seul', standfirst: 'Le chapeau.', sectionId: section.id });
  const repos = createRepositories(db.sql);
  const deps = {
    ...repos, publicUrl: 'http://localhost:3000', now: () => clock.now, cursors: createCursors(Buffer.alloc(32)),
    publisher: { name: 'Le Kiosque', language: 'fr', rights: '© Le Kiosque' },
  };
  const { feed, etag } = await buildFeed(deps, { kind: 'site' }, 'rss', '/v1/feeds/rss', { limit: 20 }, PUBLIC_READER, false);
  t.equal(feed.items[0].html, null);
  t.not(etag, (await buildFeed(deps, { kind: 'site' }, 'rss', '/v1/feeds/rss', { limit: 20 }, PUBLIC_READER, true)).etag, 'the choice is part of the ETag');

  const rss = parseRssFeed(renderRss(feed));
  t.equal(rss.items![0].description, 'Le chapeau.');
  t.notOk(rss.items![0].content, 'no content:encoded');
  const atom = parseAtomFeed(renderAtom(feed));
  t.match(atom.entries![0], { summary: { value: 'Le chapeau.' } });
  t.notOk(atom.entries![0].content, 'no Atom content');
  const json = renderJsonFeed(feed);
  t.match(json.items[0], { summary: 'Le chapeau.', content_text: 'Le chapeau.' });
  t.notOk('content_html' in json.items[0]);
  t.equal(parseJsonFeed(JSON.stringify(json)).items!.length, 1);
});

t.test('the publisher logo, and a hero image without size or credit', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_PUBLISHER_NAME: 'Le Kiosque', KIOSQUE_PUBLISHER_LOGO: 'https://cdn.example.fr/logo.png' });
  const { section } = await newsroom(app);
  await article(app, { title: 'Image', sectionId: section.id, heroImage: { url: 'https://cdn.example.fr/i/42', alt: 'Texte alternatif' } });
  const { rss } = await fetchFeed(app, '/v1/feeds/rss');
  t.match(rss, { title: 'Le Kiosque', image: { url: 'https://cdn.example.fr/logo.png', title: 'Le Kiosque', link: 'http://localhost:3000/' } });
  t.same(rss!.items![0].enclosures, [{ url: 'https://cdn.example.fr/i/42', length: 0, type: 'application/octet-stream' }]);
  t.same(rss!.items![0].media!.contents, [{
    url: 'https://cdn.example.fr/i/42', medium: 'image', type: 'application/octet-stream', description: { value: 'Texte alternatif', type: 'plain' },
  }], 'the alt text describes an image without a caption');
  const { atom } = await fetchFeed(app, '/v1/feeds/atom');
  t.equal(atom!.logo, 'https://cdn.example.fr/logo.png');
  t.match(atom, { rights: { value: '© Le Kiosque. All rights reserved. Reproduction only under an agreement with the publisher.' } });
  t.equal((await app.inject('/v1/feeds/json')).json().icon, 'https://cdn.example.fr/logo.png');
});

t.test('the media type of an enclosure comes from the image URL\'s extension', async (t) => {
  const cases: [string, string][] = [
    ['https://x.fr/a.JPG', 'image/jpeg'], ['https://x.fr/a.jpeg?w=2', 'image/jpeg'], ['https://x.fr/b.png', 'image/png'],
    ['https://x.fr/c.webp', 'image/webp'], ['https://x.fr/d.avif', 'image/avif'], ['https://x.fr/e.gif', 'image/gif'],
    ['https://x.fr/f.svg', 'image/svg+xml'], ['https://x.fr/g.tiff', 'application/octet-stream'], ['https://x.fr/photo', 'application/octet-stream'],
  ];
  for (const [url, type] of cases) t.equal(imageType(url), type, url);
});
