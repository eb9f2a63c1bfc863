import type { CopyDialect } from './copy.js';
import type { SqliteDatabase } from './sqlite.js';

/**
 * SQLite's side of `kiosque copy`. A deferred read transaction is a snapshot
 * that, in WAL mode, blocks no writer; AUTOINCREMENT keys keep their last
 * value in sqlite_sequence, which never goes back (a deleted last change's
 * seq is not given again).
 */
export const sqliteCopy: CopyDialect = {
  async snapshot(db, work) {
    const { client } = db as SqliteDatabase;
    client.exec('BEGIN');
    try {
      return await work(db.sql);
    } finally {
      client.exec('COMMIT');
    }
  },
  insert: (table, columns, values) => `INSERT INTO ${table} (${columns}) VALUES ${values}`,
  async sequence(sql, table) {
    return (await sql.get<{ seq: number }>('SELECT coalesce(max(seq), 0) AS seq FROM sqlite_sequence WHERE name = @table', { table }))!.seq;
  },
  async setSequence(sql, table, _column, value) {
    await sql.run('DELETE FROM sqlite_sequence WHERE name = @table', { table });
    await sql.run('INSERT INTO sqlite_sequence (name, seq) VALUES (@table, @value)', { table, value });
  },
};
