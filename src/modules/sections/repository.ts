import { and, asc, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { withConstraints } from '../../db/errors.js';
import { sectionPins, sections, type SectionRow } from '../../db/schema.js';

/**
 * The tree-order key of a path: '/' made to sort before any slug character, so
 * a section's whole subtree comes right after it ('a', 'a/b', 'a-c', not 'a',
 * 'a-c', 'a/b' as plain path order would give, '-' sorting before '/').
 */
const treeOrder = sql`replace(${sections.path}, '/', char(1))`;

export function createSectionsRepository(db: Db) {
  return {
    /**
     * Tree order (depth first, siblings by slug), after the section at `afterPath`; only the sections
     * `within` names and their sub-sections when it is given (a partner's entitlement).
     */
    list(limit: number, afterPath?: string, within: string[] | null = null): SectionRow[] {
      return db.select().from(sections)
        .where(and(
          afterPath === undefined ? undefined : sql`${treeOrder} > replace(${afterPath}, '/', char(1))`,
          within === null ? undefined : sql`${sections.id} IN (SELECT c.id FROM sections p JOIN sections c
            ON c.path = p.path OR c.path LIKE p.path || '/%' WHERE p.id IN (SELECT value FROM json_each(${JSON.stringify(within)})))`,
        ))
        .orderBy(treeOrder).limit(limit).all();
    },
    find(idOrPath: string): SectionRow | undefined {
      return db.select().from(sections).where(or(eq(sections.id, idOrPath), eq(sections.path, idOrPath))).get();
    },
    children(id: string): SectionRow[] {
      return db.select().from(sections).where(eq(sections.parentId, id))
        .orderBy(asc(sections.position), asc(sections.name)).all();
    },
    /** The section at `path` and its ancestors, root first. */
    lineage(path: string): SectionRow[] {
      const prefixes = path.split('/').map((_, i, parts) => parts.slice(0, i + 1).join('/'));
      return db.select().from(sections).where(inArray(sections.path, prefixes)).orderBy(sql`length(${sections.path})`).all();
    },
    /** The ids of the articles pinned to a section's front, in order. */
    pins(sectionId: string): string[] {
      return db.select({ id: sectionPins.articleId }).from(sectionPins).where(eq(sectionPins.sectionId, sectionId))
        .orderBy(asc(sectionPins.position)).all().map((r) => r.id);
    },
    /** Replaces the pins and bumps the section's version (against `version`), atomically. */
    replacePins(sectionId: string, articleIds: string[], now: number, version: number): boolean {
      return db.transaction((tx) => {
        const bumped = tx.update(sections).set({ version: version + 1, updatedAt: now })
          .where(and(eq(sections.id, sectionId), eq(sections.version, version))).run().changes === 1;
        if (!bumped) return false;
        tx.delete(sectionPins).where(eq(sectionPins.sectionId, sectionId)).run();
        if (articleIds.length) tx.insert(sectionPins).values(articleIds.map((articleId, position) => ({ sectionId, position, articleId }))).run();
        return true;
      });
    },
    pathTaken(path: string): boolean {
      return db.get<{ n: number }>(sql`select count(*) as n from ${sections} where ${sections.path} = ${path}`).n > 0;
    },
    insert(row: SectionRow): void {
      withConstraints(`A section at path "${row.path}"`, () => db.insert(sections).values(row).run());
    },
    /**
     * Writes `row` (optimistically, against version - 1) and moves every
     * descendant's path under the new one, bumping their versions, in one
     * transaction.
     */
    update(row: SectionRow, oldPath: string): boolean {
      return withConstraints(`A section at path "${row.path}"`, () => db.transaction((tx) => {
        const written = tx.update(sections).set(row)
          .where(and(eq(sections.id, row.id), eq(sections.version, row.version - 1))).run().changes === 1;
        if (written && row.path !== oldPath) {
          tx.update(sections)
            .set({
              path: sql`${row.path} || substr(${sections.path}, ${oldPath.length + 1})`,
              // A moved descendant is changed too: its version moves, so the ETags that depend on it do.
              updatedAt: row.updatedAt, version: sql`${sections.version} + 1`,
            })
            .where(like(sections.path, `${oldPath}/%`)).run();
        }
        return written;
      }));
    },
    delete(id: string): void {
      withConstraints('This section', () => db.delete(sections).where(eq(sections.id, id)).run());
    },
  };
}

export type SectionsRepository = ReturnType<typeof createSectionsRepository>;
