import type { Repositories } from '../../db/repositories.js';
import { receives, suggestionsFor, type Reader } from '../../lib/reader.js';
import { cards, represent, Validation } from '../articles/cards.js';
import { getArticle } from '../articles/read.js';
import { relatedKeys, relatedTo, type RelatedDeps } from '../related/service.js';
import { KEYS } from '../../lib/keys.js';
import { toSectionRef } from '../sections/service.js';
import { hourOf } from '../popular/service.js';
import { windowHours } from '../popular/schemas.js';
import type { PageQuery } from './schemas.js';
import { jsonLdScript, toNewsArticle } from '../formats/jsonld.js';
import type { NewsArticle } from '../formats/schemas.js';

const linkedData = (jsonLd: NewsArticle) => ({ jsonLd, jsonLdScript: jsonLdScript(jsonLd) });
import type { Publisher } from '../formats/publisher.js';

export type PageDeps = RelatedDeps & {
  sections: Repositories['sections']; views: Repositories['views']; publisher: Pick<Publisher, 'name' | 'logo'>;
};


/** Most read in the window: the section (and its sub-sections) first, then site-wide, never `exclude`. */
async function mostRead(deps: PageDeps, reader: Reader, article: { id: string; sectionId: string }, q: PageQuery, now: number, validation: Validation) {
  const to = hourOf(now);
  const filter = { hours: windowHours[q.window], to, audience: suggestionsFor(reader, now), limit: q.popular + 1 };
  const local = await deps.views.popular({ ...filter, section: article.sectionId });
  const site = local.length > q.popular ? [] : await deps.views.popular({ ...filter, limit: 2 * q.popular + 1 });
  const seen = new Set([article.id]);
  const rows = [...local, ...site].filter((r) => !seen.has(r.id) && seen.add(r.id)).slice(0, q.popular);
  validation.add(rows.map((r) => `${r.id}:${r.views}`).join(','), 0, [KEYS.popular]);
  const articles = await represent(deps, rows, now, validation, cards(reader));
  return rows.map((row, i) => ({ article: articles[i], views: row.views }));
}

/**
 * The reader's article page in one answer: the article, its breadcrumb, the
 * related articles and the most read. Its one ETag covers every part.
 */
export async function getArticlePage(deps: PageDeps, slug: string, q: PageQuery, reader: Reader) {
  const now = deps.now();
  const item = await getArticle(deps, slug, { format: q.format }, reader);
  const { article, row } = item;
  const validation = new Validation().add(item.etag, item.lastModified, item.surrogateKeys)
    .add(`${q.related}|${q.popular}|${q.window}`, 0, relatedKeys(row.id));
  const breadcrumb = await deps.sections.lineage(row.sectionPath);
  for (const s of breadcrumb) validation.add(`${s.id}.${s.version}`, s.updatedAt);
  const page = {
    article,
    breadcrumb: breadcrumb.map(toSectionRef),
    related: await relatedTo(deps, row, q.related, validation, reader),
    popular: await mostRead(deps, reader, row, q, now, validation),
    // JSON-LD is a field too; it is made of the article as this reader receives it.
    ...(receives(reader, 'jsonLd') && linkedData(toNewsArticle(article, deps.publicUrl, deps.publisher))),
  };
  return { page, ...validation.result(now) };
}
