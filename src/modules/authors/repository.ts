import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/connection.js';
import { createSearchIndex } from '../search/index-repository.js';
import { withConstraints } from '../../db/errors.js';
import { authors, type AuthorRow } from '../../db/schema.js';

export function createAuthorsRepository(db: Db) {
  const searchIndex = createSearchIndex(db);
  return {
    /** Alphabetical by name, then id, after the keyset `after`. */
    list(limit: number, after?: [string, string]): AuthorRow[] {
      const where = after
        ? or(gt(authors.name, after[0]), and(eq(authors.name, after[0]), gt(authors.id, after[1])))
        : undefined;
      return db.select().from(authors).where(where).orderBy(asc(authors.name), asc(authors.id)).limit(limit).all();
    },
    find(idOrSlug: string): AuthorRow | undefined {
      return db.select().from(authors).where(or(eq(authors.id, idOrSlug), eq(authors.slug, idOrSlug))).get();
    },
    insert(row: AuthorRow): void {
      withConstraints(`An author with slug "${row.slug}"`, () => db.insert(authors).values(row).run());
    },
    /**
     * Writes `row` if the stored version is still `row.version - 1`; false otherwise.
     * A new name is searchable at once: the articles carrying it are re-indexed in the same transaction.
     */
    update(row: AuthorRow): boolean {
      return withConstraints(`An author with slug "${row.slug}"`, () => db.transaction((tx) => {
        const before = tx.select({ name: authors.name }).from(authors).where(eq(authors.id, row.id)).get();
        const written = tx.update(authors).set(row)
          .where(and(eq(authors.id, row.id), eq(authors.version, row.version - 1))).run().changes === 1;
        if (written && before!.name !== row.name) searchIndex.reindexAuthor(row.id);
        return written;
      }));
    },
    delete(id: string): void {
      withConstraints('This author', () => db.delete(authors).where(eq(authors.id, id)).run());
    },
    slugTaken(slug: string): boolean {
      return db.get<{ n: number }>(sql`select count(*) as n from ${authors} where ${authors.slug} = ${slug}`).n > 0;
    },
  };
}

export type AuthorsRepository = ReturnType<typeof createAuthorsRepository>;
