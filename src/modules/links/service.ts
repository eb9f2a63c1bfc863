import { invalid, NotFound, PreconditionFailed, type FieldError } from '../../lib/errors.js';
import { checkIfMatch, digestEtag } from '../../lib/http.js';
import { isId } from '../../lib/ids.js';
import type { Repositories, Transactor } from '../../db/repositories.js';
import { audienceOf, EDITOR, publicAudience, type Reader } from '../../lib/reader.js';
import { storedArticle } from '../articles/service.js';
import { findArticle } from '../articles/read.js';
import { itemKeys } from '../articles/cards.js';
import { createRevisionRecorder, type Writer } from '../revisions/recorder.js';
import { createOutbox, type Tracked } from '../changes/outbox.js';
import { toRelatedLink } from './representation.js';
import type { LinkInput, RelatedLink } from './schemas.js';

type ReadDeps = Pick<Repositories, 'articles' | 'links'> & { publicUrl: string; now: () => number };
/** Writes open their own transaction (with its outbox record and, when `keep` says so, the article's revision). */
export type LinkWriteDeps = { transaction: Transactor; publicUrl: string; now: () => number; keep?: number };

/**
 * The links an article shows this caller, and the validators of that list:
 * hidden targets are never returned to readers.
 */
export async function listLinks(deps: ReadDeps, idOrSlug: string, reader: Reader) {
  const audience = audienceOf(reader, deps.now());
  const article = await findArticle(deps, idOrSlug, null, audience);
  if (!article) throw new NotFound('Article');
  const rows = await deps.links.forArticle(article.id, audience);
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
async function writeLinks(deps: ReadDeps, idOrSlug: string, links: LinkInput[], ifMatch?: string): Promise<RelatedLink[]> {
  const now = deps.now();
  const article = await storedArticle(deps, idOrSlug);
  checkIfMatch(ifMatch, article.version);
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const rows = [];
  for (const [position, link] of links.entries()) {
    const base = { articleId: article.id, position, kind: link.kind, label: link.label ?? null };
    if (link.kind === 'external') {
      rows.push({ ...base, url: link.url, title: link.title, description: link.description ?? null });
      continue;
    }
    const key = isId(link.articleId, 'art') ? 'id' : 'slug';
    const target = await deps.articles.find(key, link.articleId, { body: null, audience: publicAudience(now) });
    const problem = !target ? 'is not a published article' : target.id === article.id ? 'is the article itself'
      : seen.has(target.id) ? 'is already in the list' : null;
    if (problem) errors.push({ pointer: `/links/${position}/articleId`, message: problem });
    if (target) seen.add(target.id);
    rows.push({ ...base, targetArticleId: target?.id ?? null });
  }
  if (errors.length) throw invalid(errors);
  if (!await deps.links.replace(article.id, rows, now, article.version)) throw new PreconditionFailed();
  return (await listLinks(deps, article.id, EDITOR)).data;
}

/** Replaces an article's related links, with the outbox record and the article's revision (links are part of its version). */
export function replaceLinks(
  deps: LinkWriteDeps, by: Writer, idOrSlug: string, links: LinkInput[], ifMatch?: string,
): Promise<Tracked<RelatedLink[]>> {
  return createOutbox(deps).changed('links', idOrSlug, (repos) => createRevisionRecorder({ revisions: repos.revisions, keep: deps.keep ?? 0 })
    .changed(by, idOrSlug, () => writeLinks({ ...repos, publicUrl: deps.publicUrl, now: deps.now }, idOrSlug, links, ifMatch)));
}
