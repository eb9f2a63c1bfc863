import { invalid, NotFound, PreconditionFailed, type FieldError } from '../../lib/errors.js';
import { checkIfMatch, digestEtag } from '../../lib/http.js';
import { isId } from '../../lib/ids.js';
import type { Repositories } from '../../db/repositories.js';
import { audienceOf, EDITOR, publicAudience, receives, type Reader } from '../../lib/reader.js';
import { readerUrl } from '../articles/representation.js';
import { storedArticle } from '../articles/service.js';
import { findArticle, itemKeys } from '../articles/queries.js';
import type { LinkRow } from './repository.js';
import type { LinkInput, RelatedLink } from './schemas.js';

/**
 * One related link as `reader` sees it. An internal link shows its target's
 * slug, title, URL and standfirst, each only to a reader who receives that
 * field; an external link is the editor's own words and address.
 */
export function toRelatedLink(row: LinkRow, publicUrl: string, reader: Reader): RelatedLink {
  if (row.kind === 'external') {
    return { position: row.position, kind: 'external', label: row.label, url: row.url!, title: row.title!, description: row.description, article: null };
  }
  const url = readerUrl(publicUrl, { sectionPath: row.targetSectionPath!, slug: row.targetSlug!, canonicalUrl: row.targetCanonicalUrl });
  const shown = {
    ...(receives(reader, 'slug') && { slug: row.targetSlug! }),
    ...(receives(reader, 'title') && { title: row.targetTitle! }),
    ...(receives(reader, 'url') && { url }),
    ...(receives(reader, 'standfirst') && { standfirst: row.targetStandfirst! }),
  };
  return {
    position: row.position, kind: 'article', label: row.label,
    ...(shown.url !== undefined && { url }), ...(shown.title !== undefined && { title: shown.title }),
    description: shown.standfirst ?? null, article: { id: row.targetArticleId!, ...shown },
  };
}

type Deps = { articles: Repositories['articles']; links: Repositories['links']; publicUrl: string; now: () => number };

/**
 * The links an article shows this caller, and the validators of that list:
 * hidden targets are never returned to readers.
 */
export function listLinks(deps: Deps, idOrSlug: string, reader: Reader) {
  const audience = audienceOf(reader, deps.now());
  const article = findArticle(deps, idOrSlug, null, audience);
  if (!article) throw new NotFound('Article');
  const rows = deps.links.forArticle(article.id, audience);
  const data = rows.map((row) => toRelatedLink(row, deps.publicUrl, reader));
  return {
    data,
    etag: digestEtag(JSON.stringify(data), article.version),
    lastModified: Math.max(article.updatedAt, ...rows.map((r) => r.targetUpdatedAt ?? 0)),
    surrogateKeys: itemKeys(article.id, data),
  };
}

/**
 * Replaces an article's related links. Internal links must name another
 * article that readers can see now: a link to a draft would leak it.
 */
export function replaceLinks(deps: Deps, idOrSlug: string, links: LinkInput[], ifMatch?: string): RelatedLink[] {
  const now = deps.now();
  const article = storedArticle(deps, idOrSlug);
  checkIfMatch(ifMatch, article.version);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const rows = links.map((link, position) => {
    const base = { articleId: article.id, position, kind: link.kind, label: link.label ?? null };
    if (link.kind === 'external') return { ...base, url: link.url, title: link.title, description: link.description ?? null };
    const key = isId(link.articleId, 'art') ? 'id' : 'slug';
    const target = deps.articles.find(key, link.articleId, { body: null, audience: publicAudience(now) });
    const problem = !target ? 'is not a published article' : target.id === article.id ? 'is the article itself'
      : seen.has(target.id) ? 'is already in the list' : null;
    if (problem) errors.push({ pointer: `/links/${position}/articleId`, message: problem });
    if (target) seen.add(target.id);
    return { ...base, targetArticleId: target?.id ?? null };
  });
  if (errors.length) throw invalid(errors);
  if (!deps.links.replace(article.id, rows, now, article.version)) throw new PreconditionFailed();
  return listLinks(deps, article.id, EDITOR).data;
}
