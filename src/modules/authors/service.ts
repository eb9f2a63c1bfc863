import type { AuthorRow } from '../../db/schema.js';
import { newId } from '../../lib/ids.js';
import { found, patchRow, timestampsOf } from '../../lib/entities.js';
import { checkIfMatch } from '../../lib/http.js';
import { uniqueSlug } from '../../lib/slugs.js';
import { keysetPage, type Cursors } from '../../lib/cursor.js';
import type { AuthorsRepository } from './repository.js';
import type { Author, AuthorCreate, AuthorPatch } from './schemas.js';

type Deps = { authors: AuthorsRepository; now: () => number };

export function toAuthor(row: AuthorRow): Author {
  return { id: row.id, slug: row.slug, name: row.name, bio: row.bio, avatarUrl: row.avatarUrl, ...timestampsOf(row) };
}

export function listAuthors(deps: Deps & { cursors: Cursors }, limit: number, cursor?: string) {
  const after = cursor ? (deps.cursors.decode(cursor, 'authors', 2) as [string, string]) : undefined;
  return keysetPage(deps.authors.list(limit + 1, after), limit, (r) => deps.cursors.encode('authors', [r.name, r.id]), toAuthor);
}

export function getAuthor(deps: Deps, idOrSlug: string): Author {
  return toAuthor(found(deps.authors.find(idOrSlug), 'Author'));
}

export function createAuthor(deps: Deps, input: AuthorCreate): Author {
  const now = deps.now();
  const row: AuthorRow = {
    id: newId('aut', now),
    slug: input.slug ?? uniqueSlug(input.name, deps.authors.slugTaken, 'auteur'),
    name: input.name, bio: input.bio ?? null, avatarUrl: input.avatarUrl ?? null,
    createdAt: now, updatedAt: now, version: 1,
  };
  deps.authors.insert(row);
  return toAuthor(row);
}

export function updateAuthor(deps: Deps, idOrSlug: string, patch: AuthorPatch, ifMatch?: string): Author {
  const row = found(deps.authors.find(idOrSlug), 'Author');
  return toAuthor(patchRow(row, patch, deps.now(), ifMatch, deps.authors.update));
}

export function deleteAuthor(deps: Deps, idOrSlug: string, ifMatch?: string): void {
  const row = found(deps.authors.find(idOrSlug), 'Author');
  checkIfMatch(ifMatch, row.version);
  deps.authors.delete(row.id);
}
