import { configAjvOptions, ConfigSchema, loadConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { compiledSchemasDir, recordingCompilers } from '../plugins/schema-compilers.js';

/**
 * Compiles the validators and serializers of every route of a server with the default
 * configuration (every optional route on) into `dir`, and says how many.
 */
export async function compileSchemas(dir = compiledSchemasDir): Promise<string> {
  const db = openDatabase(':memory:');
  await db.migrate();
  const { buildApp } = await import('../app.js');
  const { compilers, standalone, write } = recordingCompilers();
  standalone(ConfigSchema, configAjvOptions);
  // No request is made: the render pool, started on the first render, is never started.
  const app = await buildApp({ config: loadConfig({}), db, compilers, ownsDatabase: true });
  await app.ready();
  await app.close();
  const made = write(dir);
  return `${dir}: ${made.validators} validators, ${made.serializers} serializers (${made.sources} distinct), ${Math.round(made.bytes / 1024)} KiB`;
}
