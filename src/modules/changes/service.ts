import type { Cursors } from '../../lib/cursor.js';
import { EDITOR, receives, type Reader } from '../../lib/reader.js';
import { iso } from '../../lib/http.js';
import type { ChangeRow } from '../../db/schema.js';
import type { ChangeFilter, ChangesRepository } from './repository.js';
import type { Change } from './schemas.js';

/** The one list of the feed: its cursors carry a sequence, sealed like every other cursor. */
const LIST = 'changes';

export const changeCursor = (cursors: Cursors, seq: number): string => cursors.encode(LIST, [seq]);

/**
 * What of the feed a caller may learn: readers (without preview) only changes
 * of content they could see before or after it, and a partner only those of
 * the sections (with their sub-sections) it is entitled to.
 */
export function changeFilterOf(reader: Reader): ChangeFilter {
  return { publicOnly: !reader.preview, sectionIds: reader.sections };
}

/**
 * One change as `reader` may see it. A partner key gets no surrogate keys (it
 * purges no cache, and they name bylines and tags), and a key whose `fields`
 * leave out an article field gets what the change would tell of it left out:
 * the version, the sections (`section`), the instant (`updatedAt`).
 */
export function toChange(cursors: Cursors, row: ChangeRow, reader: Reader = EDITOR): Change {
  const article = row.entityType === 'article';
  const shows = (field: string) => !article || receives(reader, field);
  return {
    cursor: changeCursor(cursors, row.seq),
    type: row.type as Change['type'],
    entity: { type: row.entityType, id: row.entityId, slug: row.slug, ...(shows('version') && { version: row.version }) },
    sectionId: shows('section') ? row.sectionId : null,
    previousSectionId: shows('section') ? row.previousSectionId : null,
    ...(shows('updatedAt') && { occurredAt: iso(row.occurredAt) }),
    surrogateKeys: reader.partition === '' ? row.surrogateKeys : [],
  };
}

type Deps = { changes: Pick<ChangesRepository, 'list' | 'latestSeen'>; cursors: Cursors };

/** The sequence a `since` names: a cursor of this feed, or `latest` for the newest change this caller may see. */
async function sinceSeq(deps: Deps, since: string | undefined, filter: ChangeFilter): Promise<number> {
  if (since === undefined) return 0;
  if (since === 'latest') return deps.changes.latestSeen(filter);
  return deps.cursors.decode(since, LIST, 1)[0] as number;
}

/**
 * A page of the feed after `since`, in commit order. The next cursor is the
 * last change returned, or at the end of the feed the `since` given: a cursor
 * only moves over changes its caller sees, so it never tells that something
 * it may not see happened (a draft edited, another section's news). The price
 * is that each poll at the end of the feed looks again at the changes hidden
 * from its caller since the last one it saw.
 */
export async function listChanges(deps: Deps, q: { since?: string; limit: number }, reader: Reader) {
  const filter = changeFilterOf(reader);
  const after = await sinceSeq(deps, q.since, filter);
  const { rows } = await deps.changes.list(after, q.limit + 1, filter);
  const hasMore = rows.length > q.limit;
  const kept = rows.slice(0, q.limit);
  const next = kept.length > 0 ? kept[kept.length - 1].seq : after;
  return { data: kept.map((row) => toChange(deps.cursors, row, reader)), meta: { limit: q.limit, nextCursor: changeCursor(deps.cursors, next), hasMore } };
}
