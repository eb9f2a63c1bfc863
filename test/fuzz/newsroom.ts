import type { App } from '../../src/app.js';
import { ADMIN_KEY, admin, article, create } from '../helpers.js';

export interface FuzzNewsroom {
  /** Ids, slugs, paths, key ids and ETags of what the database holds: fuzzed strings draw on them. */
  known: string[];
  /** The ids, slugs and paths of one kind of thing (`article`, `section`, `author`, `tag`, `key`). */
  byKind: Record<string, string[]>;
  /** Authorization header values, by who is calling; `anonymous` sends none. */
  callers: Record<string, string | undefined>;
}

const DAY = 24 * 60 * 60 * 1000;

async function keyFor(app: App, name: string, scopes: string[]) {
  return create<{ id: string; key: string }>(app, '/v1/keys', { name, scopes });
}

async function taxonomy(app: App) {
  const news = await create(app, '/v1/sections', { name: 'Actualités', description: 'Le fil' });
  const ia = await create(app, '/v1/sections', { name: 'Intelligence artificielle', slug: 'ia', parentId: news.id });
  const deep = await create(app, '/v1/sections', { name: 'Modèles', parentId: ia.id, position: 2 });
  const culture = await create(app, '/v1/sections', { name: 'Culture' });
  const empty = await create(app, '/v1/sections', { name: 'Rubrique vide' });
  const empty2 = await create(app, '/v1/sections', { name: 'Sous-rubrique vide', parentId: culture.id });
  const authors = [
    await create(app, '/v1/authors', { name: 'Hélène Fabre', bio: 'Cheffe du service', avatarUrl: 'https://example.org/h.jpg' }),
    await create(app, '/v1/authors', { name: 'Karim Benali' }),
    await create(app, '/v1/authors', { name: 'Sans article' }),
    await create(app, '/v1/authors', { name: 'Pigiste sans article' }),
  ];
  const types = ['topic', 'person', 'organisation', 'place', 'event'];
  const tags = [];
  for (const [i, type] of types.entries()) tags.push(await create(app, '/v1/tags', { name: `Étiquette ${i} ${type}`, type }));
  tags.push(await create(app, '/v1/tags', { name: 'Étiquette inutilisée', type: 'topic' }));
  return { sections: [news, ia, deep, culture, empty, empty2], authors, tags };
}

/**
 * A small newsroom with something of everything: a section tree three deep
 * and an empty section, authors and tags of every type, articles of every
 * status and pubStatus (an embargo, a scheduled one already due), curated
 * links, a pinned front, counted views, and keys of every scope (one revoked).
 */
export async function seedNewsroom(app: App, now: number): Promise<FuzzNewsroom> {
  const { sections, authors, tags } = await taxonomy(app);
  const [news, ia, deep, culture] = sections;
  const at = (days: number) => new Date(now + days * DAY).toISOString();
  const byline = { authorIds: [authors[0].id, authors[1].id], tagIds: [tags[0].id, tags[1].id] };
  const articles = [
    await article(app, { title: 'Les élections municipales approchent', sectionId: news.id, ...byline, heroImage: { url: 'https://example.org/a.jpg', alt: 'Urne' } }),
    await article(app, { title: 'Un modèle de langage français', sectionId: deep.id, authorIds: [authors[1].id], tagIds: [tags[2].id], body: '## Contexte\n\nTexte **gras**.\n\n### Détail\n\n> Une citation\n\n- un\n- deux\n\n![image](https://example.org/i.png)' }),
    await article(app, { title: 'Festival de cinéma', sectionId: culture.id, lang: 'en', tagIds: [tags[3].id, tags[4].id], canonicalUrl: 'https://example.org/festival', seo: { title: 'SEO', description: null } }),
    await article(app, { title: 'Brouillon en cours', sectionId: ia.id, status: 'draft' }),
    await article(app, { title: 'Programmé demain', sectionId: ia.id, status: 'scheduled', publishAt: at(1) }),
    await article(app, { title: 'Programmé hier', sectionId: news.id, status: 'scheduled', publishAt: at(-1) }),
    await article(app, { title: 'Archives de la rédaction', sectionId: culture.id, status: 'archived' }),
    await article(app, { title: 'Article retiré', sectionId: news.id, pubStatus: 'withheld' }),
    await article(app, { title: 'Article annulé', sectionId: news.id, pubStatus: 'canceled' }),
    await article(app, { title: 'Sous embargo', sectionId: news.id, embargoUntil: at(2) }),
  ];
  const renamed = await app.inject({ method: 'PATCH', url: `/v1/articles/${articles[0].id}`, headers: admin, payload: { slug: 'elections-municipales' } });
  const links = await app.inject({
    method: 'PUT', url: `/v1/articles/${articles[0].id}/links`, headers: admin,
    payload: { links: [{ kind: 'article', articleId: articles[1].id, label: 'À lire' }, { kind: 'external', url: 'https://www.insee.fr', title: 'Insee' }] },
  });
  await app.inject({ method: 'PUT', url: `/v1/sections/${news.id}/pins`, headers: admin, payload: { articleIds: [articles[5].id] } });
  for (const a of articles.slice(0, 3)) {
    await app.inject({ method: 'POST', url: `/v1/articles/${a.slug}/views`, headers: { 'user-agent': 'Mozilla/5.0' } });
  }
  await app.views.flush();

  const keys = {
    read: await keyFor(app, 'Lecteur', ['content:read']),
    preview: await keyFor(app, 'Aperçu', ['content:preview']),
    write: await keyFor(app, 'Rédaction', ['content:write']),
    admin: await keyFor(app, 'Admin', ['admin']),
    revoked: await keyFor(app, 'Révoquée', ['content:read']),
  };
  await app.inject({ method: 'DELETE', url: `/v1/keys/${keys.revoked.id}`, headers: admin });

  const refs = (items: Array<Record<string, any>>) => items.flatMap((x) => [x.id, x.slug, x.path]).filter((x) => typeof x === 'string');
  const byKind: Record<string, string[]> = {
    article: refs(articles), section: refs(sections), author: refs(authors), tag: refs(tags), key: refs(Object.values(keys)),
    // Taken slugs make conflicts; a parent is a section.
    slug: [...sections, ...authors, ...tags, ...articles].map((x) => x.slug), parent: refs(sections),
  };
  const etags = [renamed, links].map((res) => String(res.headers.etag ?? ''));
  const known = [
    ...[...sections, ...authors, ...tags, ...articles].flatMap((x) => [x.id, x.slug]),
    ...sections.map((s) => s.path), ...Object.values(keys).map((k) => k.id),
    ...articles.map((a) => `"${a.version}-x"`), ...etags, '*', '"0"', '"1-x"', '"2-x"', 'W/"3-x"', at(0), at(-30), 'html', 'blocks', 'body,links', 'id,title,slug',
  ].filter((x) => typeof x === 'string' && x.length > 0);
  return {
    known: [...new Set(known)],
    byKind,
    callers: {
      anonymous: undefined,
      read: `Bearer ${keys.read.key}`,
      preview: `Bearer ${keys.preview.key}`,
      write: `Bearer ${keys.write.key}`,
      admin: `Bearer ${keys.admin.key}`,
      bootstrap: `bearer  ${ADMIN_KEY}`,
      revoked: `Bearer ${keys.revoked.key}`,
      unknown: 'Bearer kq_0000000000000000000000000000000000000000000',
      basic: 'Basic dXNlcjpwYXNz',
      empty: 'Bearer ',
      garbage: 'Bearer ☃',
    },
  };
}

/**
 * Adds an unused section, author and tag and a fresh article, so that each
 * write operation finds something it may delete or change, whatever the
 * operations before it did to the newsroom.
 */
export async function replenish(app: App, newsroom: FuzzNewsroom, round: number): Promise<void> {
  const section = await create(app, '/v1/sections', { name: `Rubrique de réserve ${round}` });
  const author = await create(app, '/v1/authors', { name: `Auteur de réserve ${round}` });
  const tag = await create(app, '/v1/tags', { name: `Étiquette de réserve ${round}`, type: 'event' });
  const fresh = await article(app, { title: `Article de réserve ${round}`, sectionId: section.id });
  const added = {
    section: [section.id, section.slug], author: [author.id, author.slug], tag: [tag.id, tag.slug], article: [fresh.id, fresh.slug],
    slug: [section.slug, author.slug, tag.slug, fresh.slug],
  };
  for (const [kind, values] of Object.entries(added)) {
    newsroom.byKind[kind].push(...values);
    newsroom.known.push(...values);
  }
}
