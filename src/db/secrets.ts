import { randomBytes } from 'node:crypto';
import type { Db } from './connection.js';

/** Secrets shared by every instance over one database (see `server_secrets` in schema-operations.ts). */
export function createSecretsRepository(db: Db) {
  const client = db.$client;
  // The first instance to ask makes it; the others (racing or later) read the one that won.
  const insert = client.prepare('INSERT INTO server_secrets (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING');
  const read = client.prepare('SELECT value FROM server_secrets WHERE name = ?').pluck();
  return {
    /** The secret called `name`: 32 random bytes made and stored the first time any instance asks. */
    secret(name: string, now: number): Buffer {
      const stored = read.get(name) as Buffer | undefined;
      if (stored) return stored;
      insert.run(name, randomBytes(32), now);
      return read.get(name) as Buffer;
    },
  };
}
