import type { Executor } from '../../db/executor.js';
import { withConstraints } from '../../db/errors.js';
import { insertSql, selectColumns, setClause, toParams } from '../../db/rows.js';
import type { AuthorRow } from '../../db/schema.js';
import { authors } from '../../db/schema/sqlite.js';
import { createSearchIndex } from '../search/index-repository.js';

const COLUMNS = selectColumns(authors, 'e');

export function createAuthorsRepository(sql: Executor) {
  const searchIndex = createSearchIndex(sql);
  return {
    /** Alphabetical by name, then id, after the keyset `after`. */
    async list(limit: number, after?: [string, string]): Promise<AuthorRow[]> {
      const where = after ? 'WHERE (e.name, e.id) > (@name, @id)' : '';
      return sql.all(`SELECT ${COLUMNS} FROM authors e ${where} ORDER BY e.name, e.id LIMIT @limit`, { limit, name: after?.[0], id: after?.[1] });
    },
    async find(idOrSlug: string): Promise<AuthorRow | undefined> {
      return sql.get(`SELECT ${COLUMNS} FROM authors e WHERE e.id = @ref OR e.slug = @ref`, { ref: idOrSlug });
    },
    async insert(row: AuthorRow): Promise<void> {
      await withConstraints(`An author with slug "${row.slug}"`, () => sql.run(insertSql(authors, row), toParams(authors, row)));
    },
    /**
     * Writes `row` if the stored version is still `row.version - 1`; false otherwise.
     * A new name is searchable at once: the articles carrying it are re-indexed in the same transaction.
     */
    async update(row: AuthorRow): Promise<boolean> {
      return withConstraints(`An author with slug "${row.slug}"`, async () => {
        const before = await sql.get<{ name: string }>('SELECT name FROM authors WHERE id = @id', { id: row.id });
        const written = await sql.run(`UPDATE authors SET ${setClause(authors, row, ['id'])} WHERE id = @id AND version = @expected`,
          { ...toParams(authors, row), expected: row.version - 1 }) === 1;
        if (written && before!.name !== row.name) await searchIndex.reindexAuthor(row.id);
        return written;
      });
    },
    async delete(id: string): Promise<void> {
      await withConstraints('This author', () => sql.run('DELETE FROM authors WHERE id = @id', { id }));
    },
    async slugTaken(slug: string): Promise<boolean> {
      return (await sql.get('SELECT 1 AS "taken" FROM authors WHERE slug = @slug', { slug })) !== undefined;
    },
  };
}

export type AuthorsRepository = ReturnType<typeof createAuthorsRepository>;
