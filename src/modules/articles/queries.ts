import { createHash } from 'node:crypto';
import createError from '@fastify/error';
import { NotFound } from '../../lib/errors.js';
import type { Cursors } from '../../lib/cursor.js';
import { isId } from '../../lib/ids.js';
import { boundedKeys, KEYS } from '../../lib/keys.js';
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
  return { links: rows.map((row) => toRelatedLink(row, deps.publicUrl, reader)), times: rows.map((r) => r.targetUpdatedAt ?? 0) };
}

/** The articles a representation shows: itself and the targets of its links. */
const shownIds = (id: string, links: RelatedLink[] = []) => [id, ...links.flatMap((l) => (l.article ? [l.article.id] : []))];

/**
 * What a CDN purges an article's answer by: the article, `refs` (the names of
 * its section, authors and tags), and with its links, the articles they show
 * (or `edits` when they are too many to name) and `articles`, which a linked
 * article purges when readers stop seeing it (its link then goes).
 */
export function itemKeys(id: string, links?: RelatedLink[]): string[] {
  return boundedKeys([id, KEYS.refs, ...(links ? [KEYS.articles] : [])], [{ ids: shownIds(id, links), spill: KEYS.edits }]);
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
    surrogateKeys: itemKeys(row.id, linked?.links),
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

/**
 * What a composite answer depends on, gathered from its parts: an ETag per
 * part, the latest change, and the surrogate keys to purge it by: its own
 * (collections, scopes) and the articles it shows, named while they fit
 * within the bound (lib/keys.ts), else `edits`.
 */
export class Validation {
  private readonly hash = createHash('sha1');
  lastModified = 0;
  readonly keys = new Set<string>();
  readonly shown = new Set<string>();

  add(etag: string, lastModified: number, keys: Iterable<string> = []): this {
    this.hash.update(etag);
    this.lastModified = Math.max(this.lastModified, lastModified);
    for (const key of keys) this.keys.add(key);
    return this;
  }

  /** A part showing articles: their ids are its keys. */
  addShown(etag: string, lastModified: number, ids: Iterable<string>): this {
    this.add(etag, lastModified);
    for (const id of ids) this.shown.add(id);
    return this;
  }

  surrogateKeys(): string[] {
    return boundedKeys(this.keys, [{ ids: this.shown, spill: KEYS.edits }]);
  }

  /**
   * The combined validators; an empty answer changes when anything is published, so it is dated now.
   * `version` leads the ETag of an answer that If-Match may name (a section front: its pins).
   */
  result(now: number, version?: number) {
    const digest = this.hash.digest('base64url').slice(0, 22);
    return { etag: version === undefined ? `"${digest}"` : `"${version}-${digest}"`, lastModified: this.lastModified || now, surrogateKeys: this.surrogateKeys() };
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
  // Links show linked articles while readers can see them: one leaving purges `articles` (see itemKeys).
  validation.add(String(fields), 0, view.links ? [KEYS.articles] : []);
  return rows.map((row) => {
    const [b, t] = [bylines.get(row.id) ?? [], tags.get(row.id) ?? []];
    const linked = view.links ? linksOf(deps, row.id, view.reader, now) : undefined;
    const v = validators(row, b, t, JSON.stringify(linked?.links), now, linked?.times);
    validation.addShown(v.etag, v.lastModified, shownIds(row.id, linked?.links));
    return toArticle(row, b, t, { publicUrl: deps.publicUrl, now, format: view.format, fields, links: linked?.links });
  });
}

/** What a list's filters name, resolved to ids: its surrogate keys. */
export type ScopeDeps = {
  sections: Pick<Repositories['sections'], 'find'>;
  tags: Pick<Repositories['tags'], 'find'>;
  authors: Pick<Repositories['authors'], 'find'>;
};

/**
 * The keys of a list's members: the section, tags and author it is narrowed
 * to (whose articles' writes purge them), or `articles` for the whole site;
 * an unknown one is the key of its kind, purged when one is made. Lists by
 * update time change with every write: `edits`.
 */
function listKeys(deps: ScopeDeps, q: ListQuery): string[] {
  const keys: string[] = [KEYS.refs, ...(q.sort === 'updated' ? [KEYS.edits] : [])];
  if (q.section === undefined && q.tag === undefined && q.author === undefined) return [...keys, KEYS.articles];
  if (q.section !== undefined) keys.push(deps.sections.find(q.section)?.id ?? KEYS.sections);
  for (const tag of q.tag ?? []) keys.push(deps.tags.find(tag)?.id ?? KEYS.tags);
  if (q.author !== undefined) keys.push(deps.authors.find(q.author)?.id ?? KEYS.authors);
  return keys;
}


/**
 * The list a cursor belongs to: the sort and every filter. A cursor is a
 * position in one list; with other filters it is refused, not followed.
 */
function listOf(q: ListQuery): string {
  const tags = q.tag ? [...q.tag].sort() : null;
  return `articles|${JSON.stringify([q.sort, q.section ?? null, tags, q.author ?? null, q.lang ?? null, q.since ?? null, q.until ?? null])}`;
}

export function listArticles(deps: ReadDeps & ScopeDeps & { cursors: Cursors }, q: ListQuery, reader: Reader) {
  const now = deps.now();
  const include = commaList(q.include, ['body', 'links'], 'include') ?? [];
  const fields = commaList(q.fields, articleFields, 'fields');
  const body = include.includes('body') ? q.format : null;
  const rows = deps.articles.list({
    audience: audienceOf(reader, now),
    section: q.section, tags: q.tag, author: q.author, lang: q.lang,
    since: q.since ? Date.parse(q.since) : undefined, until: q.until ? Date.parse(q.until) : undefined,
    sort: q.sort, after: q.cursor ? deps.cursors.decode(q.cursor, listOf(q), 2) : undefined, limit: q.limit + 1, body,
  });
  const validation = new Validation().add(`${body}|${q.fields}|${q.include}`, 0, listKeys(deps, q));
  const kept = rows.slice(0, q.limit);
  const data = represent(deps, kept, now, validation, { format: body, fields, links: include.includes('links'), reader });
  const last = kept[kept.length - 1] as ArticleWithSection & { sortKey: string | number };
  const nextCursor = rows.length > q.limit ? deps.cursors.encode(listOf(q), [last.sortKey, last.id]) : null;
  validation.add(String(nextCursor), 0);
  return { data, nextCursor, shown: [...validation.shown], ...validation.result(now) };
}
