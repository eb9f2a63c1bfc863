import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { SqliteDatabase } from './sqlite.js';

/**
 * Copies a live database with SQLite's online backup API. All pages go in one
 * step, inside one read transaction: the copy is a consistent snapshot, and in
 * WAL mode it never blocks the server's writers. (Copying in small steps would
 * start over each time another process commits, so under steady writes it
 * might never finish.)
 */
export async function backupDatabase(db: SqliteDatabase, destination: string): Promise<number> {
  if (existsSync(destination)) throw new Error(`${destination} already exists; choose a new file`);
  const { totalPages } = await db.client.backup(destination, { progress: () => 0x7fffffff });
  return totalPages;
}

/** `PRAGMA integrity_check` of a database file, opened read-only: 'ok' or what is wrong. */
export function integrityCheck(file: string): string {
  const client = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const rows = client.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('\n');
  } finally {
    client.close();
  }
}

/**
 * Replaces the content of `target` with the backup `source` through the same
 * backup API, as one write transaction on the target: a process that has it
 * open sees the old database or the restored one, never a mix.
 */
export async function restoreDatabase(source: string, target: string): Promise<number> {
  const client = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const { totalPages } = await client.backup(target, { progress: () => 0x7fffffff });
    return totalPages;
  } finally {
    client.close();
  }
}
