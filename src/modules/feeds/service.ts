import type { Repositories } from '../../db/repositories.js';
import type { Publisher } from '../formats/publisher.js';
import type { Cursors } from '../../lib/cursor.js';
import { found } from '../../lib/entities.js';
import { receives, suggestionsFor, type Reader } from '../../lib/reader.js';
import { KEYS } from '../../lib/keys.js';
import { readableSection } from '../sections/service.js';
import { represent, Validation } from '../articles/cards.js';
import type { ArticleWithSection } from '../articles/repository.js';
import type { Static } from 'typebox';
import type { Article, HeroImageSchema } from '../articles/schemas.js';

export type HeroImage = Static<typeof HeroImageSchema>;
import { FEED_LIMIT, type FeedFormat, type FeedLinks, type FeedQuery } from './schemas.js';

export type FeedDeps = {
  articles: Repositories['articles'];
  links: Pick<Repositories['links'], 'forArticle'>;
  sections: Pick<Repositories['sections'], 'find' | 'lineage'>;
  tags: Pick<Repositories['tags'], 'find'>;
  authors: Pick<Repositories['authors'], 'find'>;
  publicUrl: string;
  publisher: Pick<Publisher, 'name' | 'logo' | 'language' | 'rights'>;
  now: () => number;
  cursors: Cursors;
};

export type FeedScope = { kind: 'site' } | { kind: 'sections' | 'tags' | 'authors'; key: string };

/** A feed item: what a field gives is undefined (or empty) for a partner key whose `fields` leave that field out. */
export interface FeedItem {
  id: string;
  url?: string;
  title?: string;
  summary?: string;
  /** The body as HTML, or null when the caller does not get full content. */
  html: string | null;
  published?: number;
  updated?: number;
  lang?: string;
  authors: { name: string; url: string }[];
  tags: { slug: string; name: string; url: string }[];
  image: HeroImage | null;
}

/** A feed page, whatever its format. */
export interface FeedModel {
  title: string;
  description: string;
  homeUrl: string;
  /** The feed's permanent identity: its first page in this format. */
  id: string;
  selfUrl: string;
  firstUrl: string;
  nextUrl: string | null;
  alternates: FeedLinks;
  language: string;
  updated: number;
  /** The Atom category scheme of tags: a tag's URL is the scheme and its slug. */
  tagScheme: string;
  publisher: FeedDeps['publisher'];
  items: FeedItem[];
}

/** The URLs of a scope's feed in each format, from its id (stable across renames and moves). */
export function feedLinks(publicUrl: string, scope: FeedScope): FeedLinks {
  const base = `${publicUrl}/v1/feeds${scope.kind === 'site' ? '' : `/${scope.kind}/${encodeURIComponent(scope.key)}`}`;
  return { rss: `${base}/rss`, atom: `${base}/atom`, json: `${base}/json` };
}

/** The permanent URI of an article: its API URL by id. Feeds, ninjs and JSON-LD identify articles by it. */
export const articleUri = (publicUrl: string, id: string) => `${publicUrl}/v1/articles/${id}`;
export const authorUrl = (publicUrl: string, slug: string) => `${publicUrl}/v1/authors/${slug}`;
export const tagUrl = (publicUrl: string, slug: string) => `${publicUrl}/v1/tags/${slug}`;

interface Resolved {
  filter: { section?: string; tags?: string[]; author?: string };
  title: string;
  description: string;
  homeUrl: string;
  stable: FeedScope;
}

/**
 * What a scope names, as a list filter and feed metadata; an unknown section, tag or author is a 404, and
 * so is a section outside a partner's entitlement (its name and description would tell it exists).
 */
async function resolve(deps: FeedDeps, scope: FeedScope, validation: Validation, reader: Reader): Promise<Resolved> {
  const site = deps.publisher.name;
  if (scope.kind === 'site') {
    validation.add('', 0, [KEYS.articles]);
    return { filter: {}, title: site, description: `${site}: the latest articles`, homeUrl: `${deps.publicUrl}/`, stable: scope };
  }
  const row = scope.kind === 'sections' ? await readableSection(deps, scope.key, reader)
    : scope.kind === 'tags' ? found(await deps.tags.find(scope.key), 'Tag') : found(await deps.authors.find(scope.key), 'Author');
  validation.add(`${row.id}.${row.version}`, row.updatedAt, [row.id]);
  const stable = { kind: scope.kind, key: row.id };
  const title = `${site} — ${row.name}`;
  if ('path' in row) {
    const description = row.description ?? `${site}: the latest articles in ${row.name}`;
    return { filter: { section: row.id }, title, description, homeUrl: `${deps.publicUrl}/${row.path}`, stable };
  }
  const description = `${site}: the latest articles ${scope.kind === 'tags' ? 'tagged' : 'by'} ${row.name}`;
  const filter = scope.kind === 'tags' ? { tags: [row.id] } : { author: row.id };
  return { filter, title, description, homeUrl: `${deps.publicUrl}/`, stable };
}

const time = (value: string | null | undefined) => (value ? Date.parse(value) : undefined);

/** An item made of the card as the caller receives it (cut to a partner's fields). */
function toItem(deps: FeedDeps, article: Article, row: ArticleWithSection & { bodyValue?: string }, fullContent: boolean): FeedItem {
  return {
    id: articleUri(deps.publicUrl, row.id),
    url: article.url,
    title: article.title,
    summary: article.standfirst,
    html: fullContent ? row.bodyValue! : null,
    published: time(article.publishedAt),
    updated: time(article.updatedAt),
    lang: article.lang,
    authors: (article.authors ?? []).map((a) => ({ name: a.name, url: authorUrl(deps.publicUrl, a.slug) })),
    tags: (article.tags ?? []).map((t) => ({ slug: t.slug, name: t.name, url: tagUrl(deps.publicUrl, t.slug) })),
    image: (article.heroImage ?? null) as HeroImage | null,
  };
}

/** `path` (the request's, without query) with this page's query. */
function pageUrl(publicUrl: string, path: string, limit: number, cursor: string | null): string {
  const query = new URLSearchParams();
  if (limit !== FEED_LIMIT.default) query.set('limit', String(limit));
  if (cursor !== null) query.set('cursor', cursor);
  const search = query.toString();
  return `${publicUrl}${path}${search ? `?${search}` : ''}`;
}

/**
 * One page of a feed: the newest visible articles of the scope, whoever
 * asks (previews never reach feeds), with the validators of everything shown.
 */
export async function buildFeed(deps: FeedDeps, scope: FeedScope, format: FeedFormat, path: string, q: FeedQuery, reader: Reader, fullContent: boolean) {
  const now = deps.now();
  const validation = new Validation().add(`feed|${format}|${q.limit}|${q.cursor}|${fullContent}`, 0, [KEYS.refs]);
  const scoped = await resolve(deps, scope, validation, reader);
  // A page of one feed: its scope, whatever the format.
  const list = `feed|${scoped.stable.kind}|${'key' in scoped.stable ? scoped.stable.key : ''}`;
  const rows = await deps.articles.list({
    audience: suggestionsFor(reader, now), ...scoped.filter, sort: 'newest', limit: q.limit + 1, body: fullContent ? 'html' : null,
    after: q.cursor ? deps.cursors.decode(q.cursor, list, 2) : undefined,
  });
  const kept = rows.slice(0, q.limit);
  const cards = await represent(deps, kept, now, validation, { format: null, fields: null, links: false, reader });
  const last = kept[kept.length - 1] as ArticleWithSection & { sortKey: number };
  const next = rows.length > q.limit ? deps.cursors.encode(list, [last.sortKey, last.id]) : null;
  validation.add(String(next), 0);
  const v = validation.result(now);
  const feed: FeedModel = {
    title: scoped.title, description: scoped.description, homeUrl: scoped.homeUrl,
    id: feedLinks(deps.publicUrl, scoped.stable)[format],
    selfUrl: pageUrl(deps.publicUrl, path, q.limit, q.cursor ?? null),
    firstUrl: pageUrl(deps.publicUrl, path, q.limit, null),
    nextUrl: next === null ? null : pageUrl(deps.publicUrl, path, q.limit, next),
    alternates: feedLinks(deps.publicUrl, scoped.stable),
    language: deps.publisher.language,
    tagScheme: tagUrl(deps.publicUrl, ''),
    // Dated by its articles' changes, unless the caller does not receive them: then by this answer.
    updated: receives(reader, 'updatedAt') ? v.lastModified : now,
    publisher: deps.publisher,
    items: kept.map((row, i) => toItem(deps, cards[i], row, fullContent)),
  };
  return { feed, ...v };
}
