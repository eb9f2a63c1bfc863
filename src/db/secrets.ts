import { randomBytes } from 'node:crypto';
import type { Executor } from './executor.js';

/** Secrets shared by every instance over one database (see `server_secrets` in schema/sqlite-operations.ts). */
export function createSecretsRepository(sql: Executor) {
  const read = async (name: string) => (await sql.get<{ value: Buffer }>('SELECT value FROM server_secrets WHERE name = @name', { name }))?.value;
  return {
    /** The secret called `name`: 32 random bytes made and stored the first time any instance asks. */
    async secret(name: string, now: number): Promise<Buffer> {
      const stored = await read(name);
      if (stored) return stored;
      // The first instance to ask makes it; the others (racing or later) read the one that won.
      await sql.run('INSERT INTO server_secrets (name, value, created_at) VALUES (@name, @value, @now) ON CONFLICT (name) DO NOTHING',
        { name, value: randomBytes(32), now });
      return (await read(name))!;
    },
  };
}
