import type { Executor } from '../../db/executor.js';
import { withConstraints } from '../../db/errors.js';
import { insertSql, selectColumns, setClause, toParams } from '../../db/rows.js';
import type { TagRow } from '../../db/schema.js';
import { tags } from '../../db/schema/sqlite.js';
import { createSearchIndex } from '../search/index-repository.js';

const COLUMNS = selectColumns(tags, 'e');

export function createTagsRepository(sql: Executor) {
  const searchIndex = createSearchIndex(sql);
  return {
    /** Alphabetical by name, then id, after the keyset `after`. */
    async list(limit: number, after?: [string, string]): Promise<TagRow[]> {
      const where = after ? 'WHERE (e.name, e.id) > (@name, @id)' : '';
      return sql.all(`SELECT ${COLUMNS} FROM tags e ${where} ORDER BY e.name, e.id LIMIT @limit`, { limit, name: after?.[0], id: after?.[1] });
    },
    async find(idOrSlug: string): Promise<TagRow | undefined> {
      return sql.get(`SELECT ${COLUMNS} FROM tags e WHERE e.id = @ref OR e.slug = @ref`, { ref: idOrSlug });
    },
    async insert(row: TagRow): Promise<void> {
      await withConstraints(`A tag with slug "${row.slug}"`, () => sql.run(insertSql(tags, row), toParams(tags, row)));
    },
    /**
     * Writes `row` if the stored version is still `row.version - 1`; false otherwise.
     * A new name is searchable at once: the articles carrying it are re-indexed in the same transaction.
     */
    async update(row: TagRow): Promise<boolean> {
      return withConstraints(`A tag with slug "${row.slug}"`, async () => {
        const before = await sql.get<{ name: string }>('SELECT name FROM tags WHERE id = @id', { id: row.id });
        const written = await sql.run(`UPDATE tags SET ${setClause(tags, row, ['id'])} WHERE id = @id AND version = @expected`,
          { ...toParams(tags, row), expected: row.version - 1 }) === 1;
        if (written && before!.name !== row.name) await searchIndex.reindexTag(row.id);
        return written;
      });
    },
    async delete(id: string): Promise<void> {
      await withConstraints('This tag', () => sql.run('DELETE FROM tags WHERE id = @id', { id }));
    },
    async slugTaken(slug: string): Promise<boolean> {
      return (await sql.get('SELECT 1 AS "taken" FROM tags WHERE slug = @slug', { slug })) !== undefined;
    },
  };
}

export type TagsRepository = ReturnType<typeof createTagsRepository>;
