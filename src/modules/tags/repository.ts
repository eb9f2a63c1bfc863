import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { createSearchIndex } from '../search/index-repository.js';
import { withConstraints } from '../../db/errors.js';
import { tags, type TagRow } from '../../db/schema.js';

export function createTagsRepository(db: Db) {
  const searchIndex = createSearchIndex(db);
  return {
    /** Alphabetical by name, then id, after the keyset `after`. */
    list(limit: number, after?: [string, string]): TagRow[] {
      const where = after
        ? or(gt(tags.name, after[0]), and(eq(tags.name, after[0]), gt(tags.id, after[1])))
        : undefined;
      return db.select().from(tags).where(where).orderBy(asc(tags.name), asc(tags.id)).limit(limit).all();
    },
    find(idOrSlug: string): TagRow | undefined {
      return db.select().from(tags).where(or(eq(tags.id, idOrSlug), eq(tags.slug, idOrSlug))).get();
    },
    insert(row: TagRow): void {
      withConstraints(`A tag with slug "${row.slug}"`, () => db.insert(tags).values(row).run());
    },
    /**
     * Writes `row` if the stored version is still `row.version - 1`; false otherwise.
     * A new name is searchable at once: the articles carrying it are re-indexed in the same transaction.
     */
    update(row: TagRow): boolean {
      return withConstraints(`A tag with slug "${row.slug}"`, () => db.transaction((tx) => {
        const before = tx.select({ name: tags.name }).from(tags).where(eq(tags.id, row.id)).get();
        const written = tx.update(tags).set(row)
          .where(and(eq(tags.id, row.id), eq(tags.version, row.version - 1))).run().changes === 1;
        if (written && before!.name !== row.name) searchIndex.reindexTag(row.id);
        return written;
      }));
    },
    delete(id: string): void {
      withConstraints('This tag', () => db.delete(tags).where(eq(tags.id, id)).run());
    },
    slugTaken(slug: string): boolean {
      return db.get<{ n: number }>(sql`select count(*) as n from ${tags} where ${tags.slug} = ${slug}`).n > 0;
    },
  };
}

export type TagsRepository = ReturnType<typeof createTagsRepository>;
