// Whether the server bundled by `npm run bundle` (which `npm ci` runs) is that of the sources as they
// are. Plain JavaScript: bin/kiosque.js asks before it knows whether it needs a TypeScript loader.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the bundle and its manifest are written: generated, never committed. */
export const bundleDir = fileURLToPath(new URL('../node_modules/.cache/kiosque/', import.meta.url));

export const digestOf = (contents) => createHash('sha256').update(contents).digest('base64url');

/**
 * The bundle in `dir` when every file it was built from still has the contents it had then
 * (a changed, moved or deleted source makes it stale), else null.
 */
export function freshBundle(dir = bundleDir) {
  let inputs;
  try {
    ({ inputs } = JSON.parse(readFileSync(join(dir, 'kiosque.json'), 'utf8')));
    for (const [file, digest] of Object.entries(inputs)) if (digestOf(readFileSync(file)) !== digest) return null;
  } catch {
    return null; // never built, or a source gone
  }
  return join(dir, 'kiosque.mjs');
}
