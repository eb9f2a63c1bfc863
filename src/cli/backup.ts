import { databasePath, type Config } from '../config.js';
import { closeDatabase, migrateDatabase, openDatabase } from '../db/connection.js';
import { backupDatabase, integrityCheck, restoreDatabase } from '../db/backup.js';
import { isEmpty } from '../db/seed/index.js';

type Out = (line: string) => void;

/** `kiosque backup <file>`: a consistent copy of the live database, safe while the server runs. */
export async function backup(config: Config, file: string, out: Out): Promise<number> {
  const db = openDatabase(databasePath(config.DATABASE_URL));
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
  closeDatabase(db);
  return code;
}

/**
 * `kiosque restore <file> [--force]`: checks the backup, then replaces the
 * database with it and applies any newer migrations. Stop the server first:
 * its in-memory view counters would be written over the restored database.
 */
export async function restore(config: Config, file: string, force: boolean, out: Out): Promise<number> {
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
  const target = databasePath(config.DATABASE_URL);
  const db = openDatabase(target);
  try {
    migrateDatabase(db);
    if (!force && !isEmpty({ db })) {
      out(`${target} has content; use --force to replace it with ${file}`);
      return 1;
    }
    const pages = await restoreDatabase(file, target);
    migrateDatabase(db);
    out(`restored ${pages} pages from ${file} into ${target}`);
    return 0;
  } finally {
    closeDatabase(db);
  }
}
