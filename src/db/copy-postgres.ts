import type { CopyDialect } from './copy.js';

/**
 * PostgreSQL's side of `kiosque copy`. A REPEATABLE READ transaction reads
 * one snapshot; identity columns (GENERATED ALWAYS) take the copied values
 * only with OVERRIDING SYSTEM VALUE, and their sequences are set after, so
 * that the next row numbers on from the source's last.
 */
export const postgresCopy: CopyDialect = {
  snapshot: (db, work) => db.transaction(async (sql) => {
    await sql.run('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    return work(sql);
  }),
  insert: (table, columns, values) => `INSERT INTO ${table} (${columns}) OVERRIDING SYSTEM VALUE VALUES ${values}`,
  async sequence(sql, table, column) {
    return (await sql.get<{ value: number }>(`SELECT coalesce(pg_sequence_last_value(CAST(pg_get_serial_sequence(@table, @column) AS regclass)), 0) AS value`,
      { table, column }))!.value;
  },
  async setSequence(sql, table, column, value) {
    // setval(…, false) makes the next value 1: a source that never drew one.
    await sql.get('SELECT setval(pg_get_serial_sequence(@table, @column), greatest(CAST(@value AS BIGINT), 1), CAST(@value AS BIGINT) > 0) AS value',
      { table, column, value });
  },
};
