import t from 'tap';
import { getTableConfig as sqliteConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { getTableConfig as pgConfig, type PgTable } from 'drizzle-orm/pg-core';
import { is, Table } from 'drizzle-orm';
import * as sqlite from '../../src/db/schema/sqlite.js';
import * as postgres from '../../src/db/schema/postgres.js';

// What only one dialect has, on purpose: PostgreSQL keeps each article's tsvector (and its GIN index) in
// article_search; SQLite keeps its full-text index in the FTS5 table article_fts (a custom migration).
const POSTGRES_ONLY = { columns: ['article_search.search'], indexes: ['article_search_search_idx'] };
// SQLite reaches an article from an FTS5 rowid through article_search; PostgreSQL's search reads article_id from its own row.
const SQLITE_ONLY = { indexes: ['article_search_rowid_idx'] };

type Config = ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>;

/** A table as both dialects must agree on it: columns (name, nullability, default present), keys, indexes. */
function shape(config: Config) {
  // A key the database numbers itself: SQLite's INTEGER PRIMARY KEY, PostgreSQL's identity column.
  const generated = (c: Config['columns'][number]) => (c.primary && c.hasDefault) || (c as { generatedIdentity?: unknown }).generatedIdentity !== undefined;
  const columns = config.columns.map((c) => `${c.name}${c.notNull ? ' not null' : ''}${c.primary ? ' primary' : ''}`
    + `${generated(c) ? ' generated' : c.hasDefault ? ' default' : ''}`)
    .filter((c) => !POSTGRES_ONLY.columns.includes(`${config.name}.${c.split(' ')[0]}`)).sort();
  const primaryKeys = config.primaryKeys.map((k) => k.columns.map((c) => c.name).join(','));
  const foreignKeys = config.foreignKeys.map((fk) => {
    const ref = fk.reference();
    return `${ref.columns.map((c) => c.name)} -> ${(ref.foreignTable as unknown as { [k: symbol]: string })[Symbol.for('drizzle:Name')]}`
      + `(${ref.foreignColumns.map((c) => c.name)}) on delete ${fk.onDelete ?? 'no action'}`;
  }).sort();
  const indexes = config.indexes.filter((i) => ![...POSTGRES_ONLY.indexes, ...SQLITE_ONLY.indexes].includes(i.config.name!))
    .map((i) => `${i.config.name} ${i.config.unique ? 'unique ' : ''}(${i.config.columns.map((c) => (c as { name?: string }).name).join(',')})`
      + `${i.config.where ? ' partial' : ''}`).sort();
  return { columns, primaryKeys, foreignKeys, indexes };
}

const tables = <T>(module: Record<string, unknown>, config: (table: never) => Config) => new Map(
  Object.values(module).filter((v) => is(v, Table)).map((table) => {
    const c = config(table as never);
    return [c.name, shape(c)];
  }),
) as Map<string, ReturnType<typeof shape>> & T;

t.test('the SQLite and PostgreSQL schemas have the same tables, columns, keys and indexes', async (t) => {
  const left = tables(sqlite, (table: SQLiteTable) => sqliteConfig(table));
  const right = tables(postgres, (table: PgTable) => pgConfig(table));
  t.same([...right.keys()].sort(), [...left.keys()].sort(), 'the same tables');
  t.ok(left.size >= 15, `${left.size} tables compared`);
  for (const [name, shaped] of left) t.same(right.get(name), shaped, name);
});

t.test('the parity check sees a difference', async (t) => {
  const left = tables(sqlite, (table: SQLiteTable) => sqliteConfig(table));
  const articles = left.get('articles')!;
  const renamed = { ...articles, indexes: articles.indexes.map((i) => i.replace('articles_slug_unique unique', 'articles_slug_unique')) };
  t.notSame(renamed, articles, 'a unique index that is not unique in the other dialect is told apart');
  t.ok(articles.foreignKeys.some((fk) => fk.endsWith('on delete restrict')), 'delete rules are compared');
  t.ok(articles.columns.includes('lang not null default'), 'nullability and defaults are compared');
});
