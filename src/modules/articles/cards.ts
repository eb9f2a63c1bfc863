import { createHash } from 'node:crypto';
import createError from '@fastify/error';
import { boundedKeys, KEYS } from '../../lib/keys.js';
import { allowedFields, audienceOf, type Reader } from '../../lib/reader.js';
import type { Repositories } from '../../db/repositories.js';
import { toRelatedLink } from '../links/representation.js';
import type { RelatedLink } from '../links/schemas.js';
import { toArticle, validators } from './representation.js';
import type { ArticleWithSection, Lines } from './repository.js';
import { articleFields, type Article, type BodyFormat } from './schemas.js';

/**
 * What every answer that shows articles shares (lists, search, related, most
 * read, feeds, fronts, pages): their representation as cards with bylines
 * and tags, and the validators and surrogate keys gathered from them.
 */

const BadParameter = createError<[string]>('INVALID_PARAMETER', '%s', 400);

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

/** The bylines and tags of rows, by article: those the rows carry (a list read on PostgreSQL), else read in two queries. */
async function linesOf(deps: RepresentDeps, rows: (ArticleWithSection & Partial<Lines>)[]) {
  if (rows.every((row) => row.bylines && row.tags)) {
    return [new Map(rows.map((row) => [row.id, row.bylines!])), new Map(rows.map((row) => [row.id, row.tags!]))] as const;
  }
  const ids = rows.map((r) => r.id);
  const [bylineRows, tagRows] = await Promise.all([deps.articles.bylines(ids), deps.articles.tags(ids)]);
  return [groupBy(bylineRows), groupBy(tagRows)] as const;
}

/**
 * List representations of rows, with their bylines and tags (see linesOf),
 * each part added to `validation`.
 */
export async function represent(
  deps: RepresentDeps, rows: (ArticleWithSection & Partial<Lines>)[], now: number, validation: Validation, view: CardView,
): Promise<Article[]> {
  const [bylines, tags] = await linesOf(deps, rows);
  const fields = allowedFields(view.reader, view.fields, articleFields);
  // Links show linked articles while readers can see them: one leaving purges `articles` (see itemKeys).
  validation.add(String(fields), 0, view.links ? [KEYS.articles] : []);
  const linked = view.links ? await Promise.all(rows.map((row) => linksOf(deps, row.id, view.reader, now))) : undefined;
  return rows.map((row, i) => {
    const [b, t] = [bylines.get(row.id) ?? [], tags.get(row.id) ?? []];
    const links = linked?.[i];
    const v = validators(row, b, t, JSON.stringify(links?.links), now, links?.times);
    validation.addShown(v.etag, v.lastModified, shownIds(row.id, links?.links));
    return toArticle(row, b, t, { publicUrl: deps.publicUrl, now, format: view.format, fields, links: links?.links });
  });
}
