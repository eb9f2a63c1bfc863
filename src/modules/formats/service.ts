import type { FastifyRequest } from 'fastify';
import Negotiator from 'negotiator';
import { NotFound } from '../../lib/errors.js';
import { KEYS } from '../../lib/keys.js';
import { allowedFields, audienceOf, receives, type Reader } from '../../lib/reader.js';
import { findArticleWithLines, type ReadDeps } from '../articles/read.js';
import { toArticle, validators } from '../articles/representation.js';
import { articleFields, type Article } from '../articles/schemas.js';
import { toNewsArticle } from './jsonld.js';
import { toNinjs } from './ninjs.js';
import type { Publisher } from './publisher.js';
import { NINJS_TYPE, type NewsArticle } from './schemas.js';

export type FormatDeps = ReadDeps & { publisher: Publisher };

const offered = ['application/json', NINJS_TYPE];

/** Whether the Accept header prefers ninjs to JSON (`*` and no header mean JSON). */
export function prefersNinjs(request: FastifyRequest): boolean {
  // Only an Accept naming ninjs can prefer it (wildcards pick JSON, offered first): most requests skip negotiation.
  const accept = request.headers.accept;
  if (accept === undefined || !/ninjs/i.test(accept)) return false;
  return new Negotiator(request).mediaType(offered) === NINJS_TYPE;
}

/** The response cache keeps the article's two representations apart. */
export const acceptVariant = (request: FastifyRequest) => (prefersNinjs(request) ? `|${NINJS_TYPE}` : '');

/** One article as ninjs, as this caller may see it, with its own validators. */
export async function getNinjs(deps: FormatDeps, idOrSlug: string, reader: Reader, fullContent: boolean) {
  const now = deps.now();
  const row = await findArticleWithLines(deps, idOrSlug, 'html', audienceOf(reader, now));
  if (!row) throw new NotFound('Article');
  const { bylines, tags } = row;
  const fields = allowedFields(reader, null, articleFields);
  const article = toArticle(row, bylines, tags, { publicUrl: deps.publicUrl, now, format: null, fields });
  // The same article just found, read again for its text. (A delete landing between the two reads on
  // PostgreSQL would make this a 500 once; the client's retry gets the 404.)
  const text = async () => (await deps.articles.find('id', row.id, { body: 'text', audience: null }))!.bodyValue!;
  const body = fullContent ? { html: row.bodyValue!, text: await text(), wordCount: row.wordCount } : null;
  return {
    ninjs: toNinjs({ article, body, publicUrl: deps.publicUrl, publisher: deps.publisher, now }),
    ...validators(row, bylines, tags, `ninjs|${fullContent}`, now),
    surrogateKeys: [row.id, KEYS.refs],
  };
}

/**
 * The JSON-LD of an article read with `include=jsonLd`: built from the whole
 * representation even when `fields` trimmed the one returned.
 */
export function jsonLdOf(deps: Pick<FormatDeps, 'publicUrl' | 'publisher'>, whole: Article): NewsArticle {
  return toNewsArticle(whole, deps.publicUrl, deps.publisher);
}

/** Whether a read asked for JSON-LD, and may have it: a partner's field allow-list must name `jsonLd`. */
export const wantsJsonLd = (include: string | undefined, reader: Reader) => receives(reader, 'jsonLd')
  && (include?.split(',').some((i) => i.trim() === 'jsonLd') ?? false);
