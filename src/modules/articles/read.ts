import { NotFound } from '../../lib/errors.js';
import type { Cursors } from '../../lib/cursor.js';
import { KEYS } from '../../lib/keys.js';
import { isId } from '../../lib/ids.js';
import { allowedFields, audienceOf, type Audience, type Reader } from '../../lib/reader.js';
import type { Repositories } from '../../db/repositories.js';
import { commaList, itemKeys, linksOf, represent, Validation, type RepresentDeps } from './cards.js';
import { pick, toArticle, validators } from './representation.js';
import type { ArticleVersions, ArticleWithSection, Versioned } from './repository.js';
import { articleFields, type ArticleQuery, type ArticleShape } from './schemas.js';

/** The read service of articles: one article (by id, slug or former slug) and the list. */
export type ReadDeps = RepresentDeps & {
  articles: Repositories['articles'];
  now: () => number;
};

/**
 * Looks an article up by id, slug or former slug: a renamed article keeps
 * answering on its old slugs. Resolves with the row `find` gives for the id or slug.
 */
async function bySlugOrId<T>(deps: Pick<ReadDeps, 'articles'>, idOrSlug: string, find: (key: 'id' | 'slug', value: string) => Promise<T | undefined>) {
  const key = isId(idOrSlug, 'art') ? 'id' : 'slug';
  const row = await find(key, idOrSlug);
  if (row || key === 'id') return row;
  const id = await deps.articles.idForOldSlug(idOrSlug);
  return id === undefined ? undefined : find('id', id);
}

/** Finds an article by id, slug or former slug, as this caller may see it. */
export function findArticle(deps: Pick<ReadDeps, 'articles'>, idOrSlug: string, body: ArticleShape['format'] | null, audience: Audience | null) {
  return bySlugOrId(deps, idOrSlug, (key, value) => deps.articles.find(key, value, { body, audience }));
}

/** findArticle, with the article's bylines and tags read by the same statement. */
export function findArticleWithLines(deps: Pick<ReadDeps, 'articles'>, idOrSlug: string, body: ArticleShape['format'] | null, audience: Audience | null) {
  return bySlugOrId(deps, idOrSlug, (key, value) => deps.articles.findWithLines(key, value, { body, audience }));
}

/** The parts and fields a shape asks for, checked (a 400) before anything is read. */
function parseShape(shape: Partial<ArticleShape>, reader: Reader) {
  return {
    include: commaList(shape.include, ['body', 'links', 'jsonLd'], 'include') ?? ['body'],
    fields: allowedFields(reader, commaList(shape.fields, articleFields, 'fields'), articleFields),
  };
}

/** What an answer of this shape depends on: validators and surrogate keys, and the links it shows. */
async function dependencies(
  deps: ReadDeps, row: Omit<ArticleVersions, 'bylines' | 'tags'>, bylines: Versioned[], tags: Versioned[],
  shape: Partial<ArticleShape>, parsed: ReturnType<typeof parseShape>, reader: Reader, now: number,
) {
  const linked = parsed.include.includes('links') ? await linksOf(deps, row.id, reader, now) : undefined;
  // Links show their targets' titles and standfirsts, so all of what they show is part of the variant.
  const variant = `${shape.format}|${parsed.fields}|${shape.include}|${JSON.stringify(linked?.links)}`;
  return {
    links: linked?.links,
    ...validators(row, bylines, tags, variant, now, linked?.times),
    surrogateKeys: itemKeys(row.id, linked?.links),
  };
}

/**
 * One article as this caller may see it, in the shape asked for, with its
 * validators; `whole` is the same article with every field (JSON-LD is made of it).
 * `idOrSlug` is resolved once: an id found by an earlier read of the same request skips the slug lookups.
 */
export async function getArticle(deps: ReadDeps, idOrSlug: string, shape: ArticleShape, reader: Reader) {
  const now = deps.now();
  const parsed = parseShape(shape, reader);
  const row = await findArticleWithLines(deps, idOrSlug, shape.format, audienceOf(reader, now));
  if (!row) throw new NotFound('Article');
  const { bylines, tags } = row;
  const { links, etag, lastModified, surrogateKeys } = await dependencies(deps, row, bylines, tags, shape, parsed, reader, now);
  // What this caller may receive of it (a partner's allow-list): JSON-LD is made of that, never of more.
  const whole = toArticle(row, bylines, tags, { publicUrl: deps.publicUrl, now, format: shape.format, fields: allowedFields(reader, null, articleFields), links });
  return { article: parsed.fields ? pick(whole, parsed.fields) : whole, whole, etag, lastModified, surrogateKeys, row };
}

/**
 * What a revalidation needs: getArticle's validators and surrogate keys, from
 * one statement that reads no body, and the article's id, for the full read
 * that follows when the client's copy is stale.
 */
export async function articleValidators(deps: ReadDeps, idOrSlug: string, shape: Partial<ArticleShape>, reader: Reader) {
  const now = deps.now();
  const parsed = parseShape(shape, reader);
  const row = await bySlugOrId(deps, idOrSlug, (key, value) => deps.articles.versions(key, value, audienceOf(reader, now)));
  if (!row) throw new NotFound('Article');
  const { etag, lastModified, surrogateKeys } = await dependencies(deps, row, row.bylines, row.tags, shape, parsed, reader, now);
  return { id: row.id, etag, lastModified, surrogateKeys };
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
async function listKeys(deps: ScopeDeps, q: ArticleQuery): Promise<string[]> {
  const keys: string[] = [KEYS.refs, ...(q.sort === 'updated' ? [KEYS.edits] : [])];
  if (q.section === undefined && q.tag === undefined && q.author === undefined) return [...keys, KEYS.articles];
  if (q.section !== undefined) keys.push((await deps.sections.find(q.section))?.id ?? KEYS.sections);
  for (const tag of q.tag ?? []) keys.push((await deps.tags.find(tag))?.id ?? KEYS.tags);
  if (q.author !== undefined) keys.push((await deps.authors.find(q.author))?.id ?? KEYS.authors);
  return keys;
}

/**
 * The list a cursor belongs to: the sort and every filter. A cursor is a
 * position in one list; with other filters it is refused, not followed.
 */
function listOf(q: ArticleQuery): string {
  const tags = q.tag ? [...q.tag].sort() : null;
  return `articles|${JSON.stringify([q.sort, q.section ?? null, tags, q.author ?? null, q.lang ?? null, q.since ?? null, q.until ?? null])}`;
}

export async function listArticles(deps: ReadDeps & ScopeDeps & { cursors: Cursors }, q: ArticleQuery, reader: Reader) {
  const now = deps.now();
  const include = commaList(q.include, ['body', 'links'], 'include') ?? [];
  const fields = commaList(q.fields, articleFields, 'fields');
  const body = include.includes('body') ? q.format : null;
  const rows = await deps.articles.list({
    audience: audienceOf(reader, now),
    section: q.section, tags: q.tag, author: q.author, lang: q.lang,
    since: q.since ? Date.parse(q.since) : undefined, until: q.until ? Date.parse(q.until) : undefined,
    sort: q.sort, after: q.cursor ? deps.cursors.decode(q.cursor, listOf(q), 2) : undefined, limit: q.limit + 1, body,
  });
  const validation = new Validation().add(`${body}|${q.fields}|${q.include}`, 0, await listKeys(deps, q));
  const kept = rows.slice(0, q.limit);
  const data = await represent(deps, kept, now, validation, { format: body, fields, links: include.includes('links'), reader });
  const last = kept[kept.length - 1] as ArticleWithSection & { sortKey: string | number };
  const nextCursor = rows.length > q.limit ? deps.cursors.encode(listOf(q), [last.sortKey, last.id]) : null;
  validation.add(String(nextCursor), 0);
  return { data, nextCursor, shown: [...validation.shown], ...validation.result(now) };
}
