import type { Config } from '../config.js';
import { isPostgresUrl } from '../db/connection.js';
import { openSqlite } from '../db/sqlite.js';
import { backupDatabase, integrityCheck, restoreDatabase } from '../db/backup.js';
import { isEmpty } from '../db/seed/empty.js';

type Out = (line: string) => void;

/** The SQLite file DATABASE_URL names, or null (said to `out`) on PostgreSQL, whose own tools back it up. */
function sqliteFile(config: Config, out: Out): string | null {
  if (!isPostgresUrl(config.DATABASE_URL)) return config.DATABASE_URL.slice('file:'.length);
  out('backup and restore copy SQLite files; on PostgreSQL use pg_dump and pg_restore');
  return null;
}

/** `kiosque backup <file>`: a consistent copy of the live database, safe while the server runs. */
export async function backup(config: Config, file: string, out: Out): Promise<number> {
  const path = sqliteFile(config, out);
  if (path === null) return 2;
  const db = openSqlite(path);
  const code = await backupDatabase(db, file).then(
    (pages) => {
      out(`backed up ${pages} pages to ${file}`);
      return 0;
    },
    (error: Error) => {
      out(`backup failed: ${error.message}`);
      return 1;
    },
  );
  await db.close();
  return code;
}

/**
 * `kiosque restore <file> [--force]`: checks the backup, then replaces the
 * database with it and applies any newer migrations. Stop the server first:
 * its in-memory view counters would be written over the restored database.
 */
export async function restore(config: Config, file: string, force: boolean, out: Out): Promise<number> {
  const target = sqliteFile(config, out);
  if (target === null) return 2;
  let check: string;
  try {
    check = integrityCheck(file);
  } catch (error) {
    out(`cannot read ${file}: ${(error as Error).message}`);
    return 1;
  }
  if (check !== 'ok') {
    out(`${file} fails its integrity check; nothing was restored:\n${check}`);
    return 1;
  }
  const db = openSqlite(target);
  try {
    await db.migrate();
    if (!force && !await isEmpty({ db })) {
      out(`${target} has content; use --force to replace it with ${file}`);
      return 1;
    }
    const pages = await restoreDatabase(file, target);
    await db.migrate();
    out(`restored ${pages} pages from ${file} into ${target}`);
    return 0;
  } finally {
    await db.close();
  }
}
