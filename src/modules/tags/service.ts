import type { TagRow } from '../../db/schema.js';
import { newId } from '../../lib/ids.js';
import { found, patchRow, timestampsOf } from '../../lib/entities.js';
import { checkIfMatch } from '../../lib/http.js';
import { uniqueSlug } from '../../lib/slugs.js';
import { keysetPage, type Cursors } from '../../lib/cursor.js';
import type { Repositories, Transactor } from '../../db/repositories.js';
import { createOutbox, type Tracked } from '../changes/outbox.js';
import type { Tag, TagCreate, TagPatch } from './schemas.js';

type ReadDeps = Pick<Repositories, 'tags'>;
/** Writes open their own transaction (with its outbox record). */
export type TagWriteDeps = { transaction: Transactor; now: () => number };

export function toTag(row: TagRow): Tag {
  return { id: row.id, slug: row.slug, name: row.name, type: row.type, ...timestampsOf(row) };
}

export async function listTags(deps: ReadDeps & { cursors: Cursors }, limit: number, cursor?: string) {
  const after = cursor ? (deps.cursors.decode(cursor, 'tags', 2) as [string, string]) : undefined;
  return keysetPage(await deps.tags.list(limit + 1, after), limit, (r) => deps.cursors.encode('tags', [r.name, r.id]), toTag);
}

export async function getTag(deps: ReadDeps, idOrSlug: string): Promise<Tag> {
  return toTag(found(await deps.tags.find(idOrSlug), 'Tag'));
}

export function createTag(deps: TagWriteDeps, input: TagCreate): Promise<Tracked<Tag>> {
  return createOutbox(deps).created('tag', async ({ tags }) => {
    const now = deps.now();
    const row: TagRow = {
      id: newId('tag', now),
      slug: input.slug ?? await uniqueSlug(input.name, tags.slugTaken, 'tag'),
      name: input.name, type: input.type,
      createdAt: now, updatedAt: now, version: 1,
    };
    await tags.insert(row);
    return toTag(row);
  });
}

export function updateTag(deps: TagWriteDeps, idOrSlug: string, patch: TagPatch, ifMatch?: string): Promise<Tracked<Tag>> {
  return createOutbox(deps).changed('tag', idOrSlug, async ({ tags }) => {
    const row = found(await tags.find(idOrSlug), 'Tag');
    return toTag(await patchRow(row, patch, deps.now(), ifMatch, tags.update));
  });
}

export function deleteTag(deps: TagWriteDeps, idOrSlug: string, ifMatch?: string): Promise<Tracked<void>> {
  return createOutbox(deps).changed('tag', idOrSlug, async ({ tags }) => {
    const row = found(await tags.find(idOrSlug), 'Tag');
    checkIfMatch(ifMatch, row.version);
    await tags.delete(row.id);
  });
}
