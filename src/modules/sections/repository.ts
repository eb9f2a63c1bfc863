import type { Executor } from '../../db/executor.js';
import { withConstraints } from '../../db/errors.js';
import { fromRow, insertSql, selectColumns, setClause, toParams } from '../../db/rows.js';
import type { SectionRow } from '../../db/schema.js';
import { sections } from '../../db/schema/sqlite.js';
import { entitledSections } from '../articles/sql.js';

const COLUMNS = selectColumns(sections, 's');

export function createSectionsRepository(sql: Executor) {
  const d = sql.dialect;
  /**
   * The tree-order key of a path: '/' made to sort before any slug character, so
   * a section's whole subtree comes right after it ('a', 'a/b', 'a-c', not 'a',
   * 'a-c', 'a/b' as plain path order would give, '-' sorting before '/').
   */
  const treeOrder = (path: string) => `replace(${path}, '/', ${d.chr(1)})`;
  const row = (raw: unknown) => fromRow<SectionRow>(sql.dialect, sections, raw as Record<string, unknown>);
  return {
    /**
     * Tree order (depth first, siblings by slug), after the section at `afterPath`; only the sections
     * `within` names and their sub-sections when it is given (a partner's entitlement).
     */
    async list(limit: number, afterPath?: string, within: string[] | null = null): Promise<SectionRow[]> {
      const where = [
        ...(afterPath === undefined ? [] : [`${treeOrder('s.path')} > ${treeOrder('CAST(@afterPath AS TEXT)')}`]),
        ...(within === null ? [] : [`s.id IN (${entitledSections(d)})`]),
      ];
      return sql.all<SectionRow>(`SELECT ${COLUMNS} FROM sections s ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${treeOrder('s.path')} LIMIT @limit`, { limit, afterPath, sections: within && JSON.stringify(within) });
    },
    async find(idOrPath: string): Promise<SectionRow | undefined> {
      return row(await sql.get(`SELECT ${COLUMNS} FROM sections s WHERE s.id = @ref OR s.path = @ref`, { ref: idOrPath }));
    },
    async children(id: string): Promise<SectionRow[]> {
      return sql.all(`SELECT ${COLUMNS} FROM sections s WHERE s.parent_id = @id ORDER BY s.position, s.name`, { id });
    },
    /** The section at `path` and its ancestors, root first. */
    async lineage(path: string): Promise<SectionRow[]> {
      const prefixes = path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
      return sql.all(`SELECT ${COLUMNS} FROM sections s WHERE s.path IN (SELECT value FROM ${d.jsonList('@paths', 'j')})
        ORDER BY length(s.path)`, { paths: JSON.stringify(prefixes) });
    },
    /** The ids of the articles pinned to a section's front, in order. */
    async pins(sectionId: string): Promise<string[]> {
      const rows = await sql.all<{ id: string }>('SELECT article_id AS "id" FROM section_pins WHERE section_id = @sectionId ORDER BY position', { sectionId });
      return rows.map((r) => r.id);
    },
    /** Replaces the pins and bumps the section's version (against `version`); false when it moved on. */
    async replacePins(sectionId: string, articleIds: string[], now: number, version: number): Promise<boolean> {
      const bumped = await sql.run(`UPDATE sections SET version = @next, updated_at = @now WHERE id = @sectionId AND version = @version`,
        { sectionId, next: version + 1, now, version });
      if (bumped !== 1) return false;
      await sql.run('DELETE FROM section_pins WHERE section_id = @sectionId', { sectionId });
      for (const [position, articleId] of articleIds.entries()) {
        await sql.run('INSERT INTO section_pins (section_id, position, article_id) VALUES (@sectionId, @position, @articleId)', { sectionId, position, articleId });
      }
      return true;
    },
    async pathTaken(path: string): Promise<boolean> {
      return (await sql.get('SELECT 1 AS "taken" FROM sections WHERE path = @path', { path })) !== undefined;
    },
    async insert(row: SectionRow): Promise<void> {
      await withConstraints(`A section at path "${row.path}"`, () => sql.run(insertSql(sections, row), toParams(sections, row)));
    },
    /**
     * Writes `row` (optimistically, against version - 1) and moves every
     * descendant's path under the new one, bumping their versions.
     */
    async update(row: SectionRow, oldPath: string): Promise<boolean> {
      return withConstraints(`A section at path "${row.path}"`, async () => {
        const written = await sql.run(`UPDATE sections SET ${setClause(sections, row, ['id'])} WHERE id = @id AND version = @expected`,
          { ...toParams(sections, row), expected: row.version - 1 }) === 1;
        if (written && row.path !== oldPath) {
          // A moved descendant is changed too: its version moves, so the ETags that depend on it do.
          await sql.run(`UPDATE sections SET path = CAST(@path AS TEXT) || substr(path, @cut), updated_at = @now, version = version + 1
            WHERE path LIKE @prefix`, { path: row.path, cut: oldPath.length + 1, now: row.updatedAt, prefix: `${oldPath}/%` });
        }
        return written;
      });
    },
    async delete(id: string): Promise<void> {
      await withConstraints('This section', () => sql.run('DELETE FROM sections WHERE id = @id', { id }));
    },
  };
}

export type SectionsRepository = ReturnType<typeof createSectionsRepository>;
