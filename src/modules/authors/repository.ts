import type { Executor } from '../../db/executor.js';
import { createNamedRepository } from '../../db/named-repository.js';
import type { AuthorRow } from '../../db/schema.js';
import { authors } from '../../db/schema/sqlite.js';

export const createAuthorsRepository = (sql: Executor) => createNamedRepository<AuthorRow>(sql, {
  table: authors, one: 'An author', self: 'This author', reindex: (index, id) => index.reindexAuthor(id),
});

export type AuthorsRepository = ReturnType<typeof createAuthorsRepository>;
