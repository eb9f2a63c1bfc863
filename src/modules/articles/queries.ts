import { createHash } from 'node:crypto';
import createError from '@fastify/error';
import { NotFound } from '../../lib/errors.js';
import { decodeCursor, encodeCursor, type ListFilters } from '../../lib/cursor.js';
import { isId } from '../../lib/ids.js';
import { allowedFields, audienceOf, type Audience, type Reader } from '../../lib/reader.js';
import type { Repositories } from '../../db/repositories.js';
import { toArticle, validators } from './representation.js';
import type { ArticleVersions, ArticleWithSection, Versioned } from './repository.js';
import { articleFields, type Article, type ArticleSort, type BodyFormat } from './schemas.js';
import type { RelatedLink } from '../links/schemas.js';
import { toRelatedLink } from '../links/service.js';

const BadParameter = createError<[string]>('INVALID_PARAMETER', '%s', 400);

export type ReadDeps = {
  articles: Repositories['articles'];
  links: Pick<Repositories['links'], 'forArticle'>;
  publicUrl: string;
  now: () => number;
};

export interface Shape {
  format: BodyFormat;
  fields?: string;
  include?: string;
}

/** Parses a comma list against what is allowed, with a 400 naming the odd one out. */
export function commaList(value: string | undefined, allowed: readonly string[], name: string): string[] | null {
  if (value === undefined) return null;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = items.find((i) => !allowed.includes(i));
  if (unknown !== undefined) throw new BadParameter(`${name}: unknown value "${unknown}"; allowed: ${allowed.join(', ')}`);
  return items;
}

function groupBy<T extends { articleId: string }>(rows: T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.articleId);
    if (list) list.push(row);
    else map.set(row.articleId, [row]);
  }
  return map;
}

/** Looks an article up by id, slug or former slug: a renamed article keeps answering on its old slugs. */
function bySlugOrId<T>(deps: Pick<ReadDeps, 'articles'>, idOrSlug: string, find: (key: 'id' | 'slug', value: string) => T | undefined) {
  const key = isId(idOrSlug, 'art') ? 'id' : 'slug';
  const row = find(key, idOrSlug);
  if (row || key === 'id') return row;
  const id = deps.articles.idForOldSlug(idOrSlug);
  return id === undefined ? undefined : find('id', id);
}

/** Finds an article by id, slug or former slug, as this caller may see it. */
export function findArticle(deps: Pick<ReadDeps, 'articles'>, idOrSlug: string, body: BodyFormat | null, audience: Audience | null) {
  return bySlugOrId(deps, idOrSlug, (key, value) => deps.articles.find(key, value, { body, audience }));
}

/** The links an article shows this caller, and the times they last changed. */
function linksOf(deps: Pick<RepresentDeps, 'links' | 'publicUrl'>, id: string, reader: Reader, now: number) {
  const rows = deps.links.forArticle(id, audienceOf(reader, now));
  return { links: rows.map((row) => toRelatedLink(row, deps.publicUrl)), times: rows.map((r) => r.targetUpdatedAt ?? 0) };
}

/** What a CDN purges an article's answers by: it, its section, authors, tags and linked articles. */
function surrogateKeysOf(row: Pick<ArticleVersions, 'id' | 'sectionId'>, bylines: Versioned[], tags: Versioned[], links: RelatedLink[] = []): string[] {
  return [
    row.id, row.sectionId, ...bylines.map((b) => b.id), ...tags.map((t) => t.id),
    ...links.flatMap((l) => (l.article ? [l.article.id] : [])),
  ];
}

/** The parts and fields a shape asks for, checked (a 400) before anything is read. */
function parseShape(shape: Shape, reader: Reader) {
  return {
    include: commaList(shape.include, ['body', 'links', 'jsonLd'], 'include') ?? ['body'],
    fields: allowedFields(reader, commaList(shape.fields, articleFields, 'fields'), articleFields),
  };
}

/** What an answer of this shape depends on: validators and surrogate keys, and the links it shows. */
function dependencies(
  deps: ReadDeps, row: Omit<ArticleVersions, 'bylines' | 'tags'>, bylines: Versioned[], tags: Versioned[],
  shape: Shape, parsed: ReturnType<typeof parseShape>, reader: Reader, now: number,
) {
  const linked = parsed.include.includes('links') ? linksOf(deps, row.id, reader, now) : undefined;
  // Links show their targets' titles and standfirsts, so all of what they show is part of the variant.
  const variant = `${shape.format}|${parsed.fields}|${shape.include}|${JSON.stringify(linked?.links)}`;
  return {
    links: linked?.links,
    ...validators(row, bylines, tags, variant, now, linked?.times),
    surrogateKeys: surrogateKeysOf(row, bylines, tags, linked?.links),
  };
}

export function getArticle(deps: ReadDeps, idOrSlug: string, shape: Shape, reader: Reader) {
  const now = deps.now();
  const parsed = parseShape(shape, reader);
  const row = findArticle(deps, idOrSlug, shape.format, audienceOf(reader, now));
  if (!row) throw new NotFound('Article');
  const [bylines, tags] = [deps.articles.bylines([row.id]), deps.articles.tags([row.id])];
  const { links, etag, lastModified, surrogateKeys } = dependencies(deps, row, bylines, tags, shape, parsed, reader, now);
  return {
    article: toArticle(row, bylines, tags, { publicUrl: deps.publicUrl, now, format: shape.format, fields: parsed.fields, links }),
    etag, lastModified, surrogateKeys, row,
  };
}

/** What a revalidation needs: getArticle's validators and surrogate keys, from one statement that reads no body. */
export function articleValidators(deps: ReadDeps, idOrSlug: string, shape: Shape, reader: Reader) {
  const now = deps.now();
  const parsed = parseShape(shape, reader);
  const row = bySlugOrId(deps, idOrSlug, (key, value) => deps.articles.versions(key, value, audienceOf(reader, now)));
  if (!row) throw new NotFound('Article');
  const { etag, lastModified, surrogateKeys } = dependencies(deps, row, row.bylines, row.tags, shape, parsed, reader, now);
  return { etag, lastModified, surrogateKeys };
}

export interface ListQuery {
  section?: string;
  tag?: string[];
  author?: string;
  lang?: string;
  since?: string;
  until?: string;
  sort: ArticleSort;
  limit: number;
  cursor?: string;
  fields?: string;
  include?: string;
  format: BodyFormat;
}

/** The generic key every list answer carries: any article write purges it. */
export const LIST_KEY = 'articles';

/**
 * What a composite answer depends on, gathered from its parts: an ETag per
 * part, the latest change, and the surrogate keys to purge it by.
 */
export class Validation {
  private readonly hash = createHash('sha1');
  lastModified = 0;
  readonly keys = new Set<string>();

  add(etag: string, lastModified: number, keys: Iterable<string> = []): this {
    this.hash.update(etag);
    this.lastModified = Math.max(this.lastModified, lastModified);
    for (const key of keys) this.keys.add(key);
    return this;
  }

  /** The combined validators; an empty answer changes when anything is published, so it is dated now. */
  result(now: number) {
    return { etag: `"${this.hash.digest('base64url').slice(0, 22)}"`, lastModified: this.lastModified || now, surrogateKeys: [...this.keys] };
  }
}

export interface CardView {
  format: BodyFormat | null;
  /** The fields asked for; a partner's allow-list narrows them further. */
  fields: string[] | null;
  links: boolean;
  reader: Reader;
}

/** The default list representation for `reader`. */
export const cards = (reader: Reader): CardView => ({ format: null, fields: null, links: false, reader });

/**
 * List representations of rows, with their bylines and tags fetched in two
 * queries, each part added to `validation`.
 */
export type RepresentDeps = {
  articles: Pick<Repositories['articles'], 'bylines' | 'tags'>;
  links: Pick<Repositories['links'], 'forArticle'>;
  publicUrl: string;
};

export function represent(
  deps: RepresentDeps, rows: ArticleWithSection[], now: number, validation: Validation, view: CardView,
): Article[] {
  const ids = rows.map((r) => r.id);
  const bylines = groupBy(deps.articles.bylines(ids));
  const tags = groupBy(deps.articles.tags(ids));
  const fields = allowedFields(view.reader, view.fields, articleFields);
  validation.add(String(fields), 0);
  return rows.map((row) => {
    const [b, t] = [bylines.get(row.id) ?? [], tags.get(row.id) ?? []];
    const linked = view.links ? linksOf(deps, row.id, view.reader, now) : undefined;
    const v = validators(row, b, t, JSON.stringify(linked?.links), now, linked?.times);
    validation.add(v.etag, v.lastModified, surrogateKeysOf(row, b, t, linked?.links));
    return toArticle(row, b, t, { publicUrl: deps.publicUrl, now, format: view.format, fields, links: linked?.links });
  });
}

/** The filters of an article list, which its cursors are bound to. */
export const listFilters = (q: Omit<ListQuery, 'sort' | 'limit' | 'format'>): ListFilters => ({
  section: q.section, tag: q.tag, author: q.author, lang: q.lang, since: q.since, until: q.until,
});

export function listArticles(deps: ReadDeps, q: ListQuery, reader: Reader) {
  const now = deps.now();
  const filters = listFilters(q);
  const include = commaList(q.include, ['body', 'links'], 'include') ?? [];
  const fields = commaList(q.fields, articleFields, 'fields');
  const body = include.includes('body') ? q.format : null;
  const rows = deps.articles.list({
    audience: audienceOf(reader, now),
    section: q.section, tags: q.tag, author: q.author, lang: q.lang,
    since: q.since ? Date.parse(q.since) : undefined, until: q.until ? Date.parse(q.until) : undefined,
    sort: q.sort, after: q.cursor ? decodeCursor(q.cursor, q.sort, 2, filters) : undefined, limit: q.limit + 1, body,
  });
  const validation = new Validation().add(`${body}|${q.fields}|${q.include}`, 0, [LIST_KEY]);
  const kept = rows.slice(0, q.limit);
  const data = represent(deps, kept, now, validation, { format: body, fields, links: include.includes('links'), reader });
  const last = kept[kept.length - 1] as ArticleWithSection & { sortKey: string | number };
  const nextCursor = rows.length > q.limit ? encodeCursor(q.sort, [last.sortKey, last.id], filters) : null;
  validation.add(String(nextCursor), 0);
  return { data, nextCursor, ...validation.result(now) };
}
