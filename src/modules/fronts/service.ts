import { invalid, NotFound, PreconditionFailed, type FieldError } from '../../lib/errors.js';
import { checkIfMatch } from '../../lib/http.js';
import type { Repositories, Transactor } from '../../db/repositories.js';
import { EDITOR, mayReadSection, publicAudience, suggestionsFor, type Reader } from '../../lib/reader.js';
import { KEYS } from '../../lib/keys.js';
import { cards, represent, Validation } from '../articles/cards.js';
import { findArticle, listArticles, type ReadDeps, type ScopeDeps } from '../articles/read.js';
import { createOutbox, type Tracked } from '../changes/outbox.js';
import { getSection, toSectionRef } from '../sections/service.js';
import type { Cursors } from '../../lib/cursor.js';

export type FrontDeps = ReadDeps & ScopeDeps & { sections: Repositories['sections']; related: Repositories['related']; cursors: Cursors };
/** Pinning opens its own transaction (with its outbox record). */
export type PinDeps = { transaction: Transactor; publicUrl: string; now: () => number; cursors: Cursors };

/**
 * A section front: the section, its breadcrumb and children, the articles an
 * editor pinned (those readers can see, in order), then the latest articles
 * of the section and its sub-sections, pinned ones left out.
 */
export async function getFront(deps: FrontDeps, idOrPath: string, q: { limit: number; cursor?: string }, reader: Reader) {
  const now = deps.now();
  const row = await deps.sections.find(idOrPath);
  const lineage = row ? await deps.sections.lineage(row.path) : [];
  // A partner learns nothing of the sections outside its entitlement.
  if (!row || !mayReadSection(reader, lineage.map((s) => s.id))) throw new NotFound('Section');
  // The section's own key (its data, its children, the articles filed under it) and `refs` (the breadcrumb's names).
  const validation = new Validation().add('', 0, [row.id, KEYS.refs]);
  for (const s of lineage) validation.add(`${s.id}.${s.version}`, s.updatedAt);
  const section = await getSection(deps, row.id, reader);
  // Its children are part of it: a child renamed, added or removed changes the front.
  validation.add(JSON.stringify(section.children), 0);
  const pinnedIds = q.cursor ? [] : await deps.sections.pins(row.id);
  const pinned = await represent(deps, await deps.related.visibleByIds(pinnedIds, suggestionsFor(reader, now)), now, validation, cards(reader));
  const latest = await listArticles(deps, { section: row.id, sort: 'newest', format: 'html', limit: q.limit, cursor: q.cursor }, reader);
  validation.addShown(latest.etag, latest.lastModified, latest.shown);
  const pinnedSet = new Set(pinnedIds);
  return {
    front: {
      section,
      breadcrumb: lineage.map(toSectionRef),
      pinned,
      articles: latest.data.filter((a) => !pinnedSet.has(a.id!)),
      meta: { limit: q.limit, nextCursor: latest.nextCursor },
    },
    // Pinning is a write on the section: the front's ETag leads with its version for If-Match.
    ...validation.result(now, row.version),
  };
}

/** Pins articles to a section's front; each must be one readers can see now. */
export function pinArticles(deps: PinDeps, idOrPath: string, articleIds: string[], ifMatch?: string): Promise<Tracked<Awaited<ReturnType<typeof getFront>>['front']>> {
  return createOutbox(deps).changed('pins', idOrPath, async (repos) => {
    const read = { ...repos, publicUrl: deps.publicUrl, now: deps.now, cursors: deps.cursors };
    const row = await repos.sections.find(idOrPath);
    if (!row) throw new NotFound('Section');
    checkIfMatch(ifMatch, row.version);
    const now = deps.now();
    const errors: FieldError[] = [];
    const ids: string[] = [];
    for (const [i, value] of articleIds.entries()) {
      const article = await findArticle(read, value, null, publicAudience(now));
      if (!article) errors.push({ pointer: `/articleIds/${i}`, message: 'is not a published article' });
      ids.push(article?.id ?? value);
    }
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) errors.push({ pointer: `/articleIds/${i}`, message: 'is already in the list' });
    });
    if (errors.length) throw invalid(errors);
    if (!await repos.sections.replacePins(row.id, ids, now, row.version)) throw new PreconditionFailed();
    return (await getFront(read, row.id, { limit: 20 }, EDITOR)).front;
  });
}
