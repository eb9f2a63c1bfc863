import { getTableName } from 'drizzle-orm';
import type { Executor } from './executor.js';
import { withConstraints } from './errors.js';
import { insertSql, selectColumns, setClause, toParams } from './rows.js';
import type { authors, tags } from './schema/sqlite.js';
import { createSearchIndex, type SearchIndex } from '../modules/search/index-repository.js';

/** What authors and tags share: an id, a unique slug, a name the articles carrying it are searched by. */
interface Named { id: string; slug: string; name: string; version: number }

interface Words {
  /** The table: authors or tags. */
  table: typeof authors | typeof tags;
  /** How errors name one of them, and the one a request is about: `An author`, `This author`. */
  one: string;
  self: string;
  /** Re-indexes the articles carrying the renamed one. */
  reindex: (index: SearchIndex, id: string) => Promise<void>;
}

/** The repository of a table of named things (authors, tags): the same SQL over either table. */
export function createNamedRepository<Row extends Named>(sql: Executor, { table, one, self, reindex }: Words) {
  const name = getTableName(table);
  const columns = selectColumns(table, 'e');
  const searchIndex = createSearchIndex(sql);
  const taken = (slug: string) => `${one} with slug "${slug}"`;
  return {
    /** Alphabetical by name, then id, after the keyset `after`. */
    async list(limit: number, after?: [string, string]): Promise<Row[]> {
      const where = after ? 'WHERE (e.name, e.id) > (@name, @id)' : '';
      return sql.all(`SELECT ${columns} FROM ${name} e ${where} ORDER BY e.name, e.id LIMIT @limit`, { limit, name: after?.[0], id: after?.[1] });
    },
    async find(idOrSlug: string): Promise<Row | undefined> {
      return sql.get(`SELECT ${columns} FROM ${name} e WHERE e.id = @ref OR e.slug = @ref`, { ref: idOrSlug });
    },
    async insert(row: Row): Promise<void> {
      await withConstraints(taken(row.slug), () => sql.run(insertSql(table, row), toParams(table, row)));
    },
    /**
     * Writes `row` if the stored version is still `row.version - 1`; false otherwise.
     * A new name is searchable at once: the articles carrying it are re-indexed in the same transaction.
     */
    async update(row: Row): Promise<boolean> {
      return withConstraints(taken(row.slug), async () => {
        const before = await sql.get<{ name: string }>(`SELECT name FROM ${name} WHERE id = @id`, { id: row.id });
        const written = await sql.run(`UPDATE ${name} SET ${setClause(table, row, ['id'])} WHERE id = @id AND version = @expected`,
          { ...toParams(table, row), expected: row.version - 1 }) === 1;
        if (written && before!.name !== row.name) await reindex(searchIndex, row.id);
        return written;
      });
    },
    async delete(id: string): Promise<void> {
      await withConstraints(self, () => sql.run(`DELETE FROM ${name} WHERE id = @id`, { id }));
    },
    async slugTaken(slug: string): Promise<boolean> {
      return (await sql.get(`SELECT 1 AS "taken" FROM ${name} WHERE slug = @slug`, { slug })) !== undefined;
    },
  };
}
