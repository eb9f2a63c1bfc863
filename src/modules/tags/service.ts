import type { TagRow } from '../../db/schema.js';
import { newId } from '../../lib/ids.js';
import { found, patchRow, timestampsOf } from '../../lib/entities.js';
import { checkIfMatch } from '../../lib/http.js';
import { uniqueSlug } from '../../lib/slugs.js';
import { keysetPage, type Cursors } from '../../lib/cursor.js';
import type { TagsRepository } from './repository.js';
import type { Tag, TagCreate, TagPatch } from './schemas.js';

type Deps = { tags: TagsRepository; now: () => number };

export function toTag(row: TagRow): Tag {
  return { id: row.id, slug: row.slug, name: row.name, type: row.type, ...timestampsOf(row) };
}

export function listTags(deps: Deps & { cursors: Cursors }, limit: number, cursor?: string) {
  const after = cursor ? (deps.cursors.decode(cursor, 'tags', 2) as [string, string]) : undefined;
  return keysetPage(deps.tags.list(limit + 1, after), limit, (r) => deps.cursors.encode('tags', [r.name, r.id]), toTag);
}

export function getTag(deps: Deps, idOrSlug: string): Tag {
  return toTag(found(deps.tags.find(idOrSlug), 'Tag'));
}

export function createTag(deps: Deps, input: TagCreate): Tag {
  const now = deps.now();
  const row: TagRow = {
    id: newId('tag', now),
    slug: input.slug ?? uniqueSlug(input.name, deps.tags.slugTaken, 'tag'),
    name: input.name, type: input.type,
    createdAt: now, updatedAt: now, version: 1,
  };
  deps.tags.insert(row);
  return toTag(row);
}

export function updateTag(deps: Deps, idOrSlug: string, patch: TagPatch, ifMatch?: string): Tag {
  const row = found(deps.tags.find(idOrSlug), 'Tag');
  return toTag(patchRow(row, patch, deps.now(), ifMatch, deps.tags.update));
}

export function deleteTag(deps: Deps, idOrSlug: string, ifMatch?: string): void {
  const row = found(deps.tags.find(idOrSlug), 'Tag');
  checkIfMatch(ifMatch, row.version);
  deps.tags.delete(row.id);
}
