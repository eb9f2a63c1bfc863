import { and, asc, eq, gt, like, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { withConstraints } from '../../db/errors.js';
import { sections, type SectionRow } from '../../db/schema.js';

export function createSectionsRepository(db: Db) {
  return {
    /** Tree order: by path, so parents come before their children. */
    list(limit: number, afterPath?: string): SectionRow[] {
      return db.select().from(sections).where(afterPath ? gt(sections.path, afterPath) : undefined)
        .orderBy(asc(sections.path)).limit(limit).all();
    },
    find(idOrPath: string): SectionRow | undefined {
      return db.select().from(sections).where(or(eq(sections.id, idOrPath), eq(sections.path, idOrPath))).get();
    },
    children(id: string): SectionRow[] {
      return db.select().from(sections).where(eq(sections.parentId, id))
        .orderBy(asc(sections.position), asc(sections.name)).all();
    },
    pathTaken(path: string): boolean {
      return db.get<{ n: number }>(sql`select count(*) as n from ${sections} where ${sections.path} = ${path}`).n > 0;
    },
    insert(row: SectionRow): void {
      withConstraints(`A section at path "${row.path}"`, () => db.insert(sections).values(row).run());
    },
    /**
     * Writes `row` (optimistically, against version - 1) and moves every
     * descendant's path under the new one, in one transaction.
     */
    update(row: SectionRow, oldPath: string): boolean {
      return withConstraints(`A section at path "${row.path}"`, () => db.transaction((tx) => {
        const written = tx.update(sections).set(row)
          .where(and(eq(sections.id, row.id), eq(sections.version, row.version - 1))).run().changes === 1;
        if (written && row.path !== oldPath) {
          tx.update(sections)
            .set({ path: sql`${row.path} || substr(${sections.path}, ${oldPath.length + 1})`, updatedAt: row.updatedAt })
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
