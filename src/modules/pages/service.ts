import type { Repositories } from '../../db/repositories.js';
import { receives, suggestionsFor, type Reader } from '../../lib/reader.js';
import { cards, getArticle, represent, Validation } from '../articles/queries.js';
import type { BodyFormat } from '../articles/schemas.js';
import { relatedKeys, relatedTo, type RelatedDeps } from '../related/service.js';
import { KEYS } from '../../lib/keys.js';
import { toSectionRef } from '../sections/service.js';
import { hourOf } from '../popular/service.js';
import { windowHours, type PopularWindow } from '../popular/schemas.js';
import { jsonLdScript, toNewsArticle } from '../formats/jsonld.js';
import type { NewsArticle } from '../formats/schemas.js';

const linkedData = (jsonLd: NewsArticle) => ({ jsonLd, jsonLdScript: jsonLdScript(jsonLd) });
import type { Publisher } from '../formats/publisher.js';

export type PageDeps = RelatedDeps & {
  sections: Repositories['sections']; views: Repositories['views']; publisher: Pick<Publisher, 'name' | 'logo'>;
};

export interface PageQuery {
  format: BodyFormat;
  related: number;
  popular: number;
  window: PopularWindow;
}

/** Most read in the window: the section (and its sub-sections) first, then site-wide, never `exclude`. */
function mostRead(deps: PageDeps, reader: Reader, article: { id: string; sectionId: string }, q: PageQuery, now: number, validation: Validation) {
  const to = hourOf(now);
  const filter = { from: to - windowHours[q.window], to, audience: suggestionsFor(reader, now), limit: q.popular + 1 };
  const local = deps.views.popular({ ...filter, section: article.sectionId });
  const site = local.length > q.popular ? [] : deps.views.popular({ ...filter, limit: 2 * q.popular + 1 });
  const seen = new Set([article.id]);
  const rows = [...local, ...site].filter((r) => !seen.has(r.id) && seen.add(r.id)).slice(0, q.popular);
  validation.add(rows.map((r) => `${r.id}:${r.views}`).join(','), 0, [KEYS.popular]);
  const articles = represent(deps, rows, now, validation, cards(reader));
  return rows.map((row, i) => ({ article: articles[i], views: row.views }));
}

/**
 * The reader's article page in one answer: the article, its breadcrumb, the
 * related articles and the most read. Its one ETag covers every part.
 */
export function getArticlePage(deps: PageDeps, slug: string, q: PageQuery, reader: Reader) {
  const now = deps.now();
  const item = getArticle(deps, slug, { format: q.format }, reader);
  const { article, row } = item;
  const validation = new Validation().add(item.etag, item.lastModified, item.surrogateKeys)
    .add(`${q.related}|${q.popular}|${q.window}`, 0, relatedKeys(row.id));
  const breadcrumb = deps.sections.lineage(row.sectionPath);
  for (const s of breadcrumb) validation.add(`${s.id}.${s.version}`, s.updatedAt);
  const page = {
    article,
    breadcrumb: breadcrumb.map(toSectionRef),
    related: relatedTo(deps, row, q.related, validation, reader),
    popular: mostRead(deps, reader, row, q, now, validation),
    // JSON-LD is a field too; it is made of the article as this reader receives it.
    ...(receives(reader, 'jsonLd') && linkedData(toNewsArticle(article, deps.publicUrl, deps.publisher))),
  };
  return { page, ...validation.result(now) };
}
