import type { FastifyRequest } from 'fastify';
import { decodeCursor, encodeCursor, InvalidCursor } from '../../lib/cursor.js';
import { iso } from '../../lib/http.js';
import type { ChangeRow } from '../../db/schema.js';
import type { ChangeFilter, ChangesRepository } from './repository.js';
import type { Change } from './schemas.js';

const SORT = 'changes';

export const changeCursor = (seq: number): string => encodeCursor(SORT, [seq]);

/**
 * What of the feed a caller may learn: readers (without preview) only changes
 * of content they could see before or after it, and a partner only those of
 * the sections (with their sub-sections) it is entitled to.
 */
export function changeFilterOf(request: Pick<FastifyRequest, 'reader'>): ChangeFilter {
  return { publicOnly: !request.reader.preview, sectionIds: request.reader.sections };
}

export function toChange(row: ChangeRow): Change {
  return {
    cursor: changeCursor(row.seq),
    type: row.type as Change['type'],
    entity: { type: row.entityType, id: row.entityId, slug: row.slug, version: row.version },
    sectionId: row.sectionId,
    previousSectionId: row.previousSectionId,
    occurredAt: iso(row.occurredAt),
    surrogateKeys: row.surrogateKeys,
  };
}

/** The sequence a `since` names: a cursor of this feed, or `latest` for the newest change. */
async function sinceSeq(changes: Pick<ChangesRepository, 'latest'>, since: string | undefined): Promise<number> {
  if (since === undefined) return 0;
  if (since === 'latest') return changes.latest();
  const [seq] = decodeCursor(since, SORT, 1);
  if (typeof seq !== 'number' || seq < 0) throw new InvalidCursor();
  return seq;
}

/**
 * A page of the feed after `since`, in commit order. The next cursor is the
 * last change returned or, at the end of the feed, the newest change the
 * caller was not shown either: hidden changes are never scanned again.
 */
export async function listChanges(
  deps: { changes: ChangesRepository }, q: { since?: string; limit: number }, filter: ChangeFilter,
) {
  const after = await sinceSeq(deps.changes, q.since);
  const { rows, latest } = await deps.changes.list(after, q.limit + 1, filter);
  const hasMore = rows.length > q.limit;
  const kept = rows.slice(0, q.limit);
  const next = hasMore ? kept[kept.length - 1].seq : Math.max(after, latest);
  return { data: kept.map(toChange), meta: { limit: q.limit, nextCursor: changeCursor(next), hasMore } };
}
