import type { AuthorRow } from '../../db/schema.js';
import { newId } from '../../lib/ids.js';
import { found, patchRow, timestampsOf } from '../../lib/entities.js';
import { checkIfMatch } from '../../lib/http.js';
import { uniqueSlug } from '../../lib/slugs.js';
import { keysetPage, type Cursors } from '../../lib/cursor.js';
import type { Repositories, Transactor } from '../../db/repositories.js';
import { createOutbox, type Tracked } from '../changes/outbox.js';
import type { Author, AuthorCreate, AuthorPatch } from './schemas.js';

type ReadDeps = Pick<Repositories, 'authors'>;
/** Writes open their own transaction (with its outbox record). */
export type AuthorWriteDeps = { transaction: Transactor; now: () => number };

export function toAuthor(row: AuthorRow): Author {
  return { id: row.id, slug: row.slug, name: row.name, bio: row.bio, avatarUrl: row.avatarUrl, ...timestampsOf(row) };
}

export async function listAuthors(deps: ReadDeps & { cursors: Cursors }, limit: number, cursor?: string) {
  const after = cursor ? (deps.cursors.decode(cursor, 'authors', 2) as [string, string]) : undefined;
  return keysetPage(await deps.authors.list(limit + 1, after), limit, (r) => deps.cursors.encode('authors', [r.name, r.id]), toAuthor);
}

export async function getAuthor(deps: ReadDeps, idOrSlug: string): Promise<Author> {
  return toAuthor(found(await deps.authors.find(idOrSlug), 'Author'));
}

export function createAuthor(deps: AuthorWriteDeps, input: AuthorCreate): Promise<Tracked<Author>> {
  return createOutbox(deps).created('author', async ({ authors }) => {
    const now = deps.now();
    const row: AuthorRow = {
      id: newId('aut', now),
      slug: input.slug ?? await uniqueSlug(input.name, authors.slugTaken, 'auteur'),
      name: input.name, bio: input.bio ?? null, avatarUrl: input.avatarUrl ?? null,
      createdAt: now, updatedAt: now, version: 1,
    };
    await authors.insert(row);
    return toAuthor(row);
  });
}

export function updateAuthor(deps: AuthorWriteDeps, idOrSlug: string, patch: AuthorPatch, ifMatch?: string): Promise<Tracked<Author>> {
  return createOutbox(deps).changed('author', idOrSlug, async ({ authors }) => {
    const row = found(await authors.find(idOrSlug), 'Author');
    return toAuthor(await patchRow(row, patch, deps.now(), ifMatch, authors.update));
  });
}

export function deleteAuthor(deps: AuthorWriteDeps, idOrSlug: string, ifMatch?: string): Promise<Tracked<void>> {
  return createOutbox(deps).changed('author', idOrSlug, async ({ authors }) => {
    const row = found(await authors.find(idOrSlug), 'Author');
    checkIfMatch(ifMatch, row.version);
    await authors.delete(row.id);
  });
}
