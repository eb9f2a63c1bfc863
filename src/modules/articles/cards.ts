import { createHash } from 'node:crypto';
import createError from '@fastify/error';
import { allowedFields, audienceOf, type Reader } from '../../lib/reader.js';
import type { Repositories } from '../../db/repositories.js';
import { toRelatedLink } from '../links/representation.js';
import type { RelatedLink } from '../links/schemas.js';
import { toArticle, validators } from './representation.js';
import type { ArticleVersions, ArticleWithSection, Versioned } from './repository.js';
import { articleFields, type Article, type BodyFormat } from './schemas.js';

/**
 * What every answer that shows articles shares (lists, search, related, most
 * read, feeds, fronts, pages): their representation as cards with bylines
 * and tags, and the validators and surrogate keys gathered from them.
 */

const BadParameter = createError<[string]>('INVALID_PARAMETER', '%s', 400);

/** The generic key every list answer carries: any article write purges it. */
export const LIST_KEY = 'articles';

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

export type RepresentDeps = {
  articles: Pick<Repositories['articles'], 'bylines' | 'tags'>;
  links: Pick<Repositories['links'], 'forArticle'>;
  publicUrl: string;
};

/** The links an article shows this caller, and the times they last changed. */
export async function linksOf(deps: Pick<RepresentDeps, 'links' | 'publicUrl'>, id: string, reader: Reader, now: number) {
  const rows = await deps.links.forArticle(id, audienceOf(reader, now));
  return { links: rows.map((row) => toRelatedLink(row, deps.publicUrl)), times: rows.map((r) => r.targetUpdatedAt ?? 0) };
}

/** What a CDN purges an article's answers by: it, its section, authors, tags and linked articles. */
export function surrogateKeysOf(row: Pick<ArticleVersions, 'id' | 'sectionId'>, bylines: Versioned[], tags: Versioned[], links: RelatedLink[] = []): string[] {
  return [
    row.id, row.sectionId, ...bylines.map((b) => b.id), ...tags.map((t) => t.id),
    ...links.flatMap((l) => (l.article ? [l.article.id] : [])),
  ];
}

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
export async function represent(
  deps: RepresentDeps, rows: ArticleWithSection[], now: number, validation: Validation, view: CardView,
): Promise<Article[]> {
  const ids = rows.map((r) => r.id);
  const [bylineRows, tagRows] = await Promise.all([deps.articles.bylines(ids), deps.articles.tags(ids)]);
  const [bylines, tags] = [groupBy(bylineRows), groupBy(tagRows)];
  const fields = allowedFields(view.reader, view.fields, articleFields);
  validation.add(String(fields), 0);
  const linked = view.links ? await Promise.all(rows.map((row) => linksOf(deps, row.id, view.reader, now))) : undefined;
  return rows.map((row, i) => {
    const [b, t] = [bylines.get(row.id) ?? [], tags.get(row.id) ?? []];
    const links = linked?.[i];
    const v = validators(row, b, t, JSON.stringify(links?.links), now, links?.times);
    validation.add(v.etag, v.lastModified, surrogateKeysOf(row, b, t, links?.links));
    return toArticle(row, b, t, { publicUrl: deps.publicUrl, now, format: view.format, fields, links: links?.links });
  });
}
