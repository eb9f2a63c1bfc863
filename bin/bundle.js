// Whether the server bundled by `npm run bundle` (which `npm ci` runs) is that of the sources as they
// are. Plain JavaScript: bin/kiosque.js asks before it knows whether it needs a TypeScript loader.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the bundle and its manifest are written: generated, never committed. */
export const bundleDir = fileURLToPath(new URL('../node_modules/.cache/kiosque/', import.meta.url));

export const digestOf = (contents) => createHash('sha256').update(contents).digest('base64url');

/** A file's size and modification time, as the manifest records them. */
export const stampOf = (file) => {
  const { size, mtimeMs } = statSync(file);
  return `${size}:${mtimeMs}`;
};

/**
 * The bundle in `dir` when every file it was built from still has the contents it had then
 * (a changed, moved or deleted source makes it stale), else null.
 * As Git does for its index: a file with the size and modification time recorded when it was read
 * is not read again, unless it was modified less than a second before the build began or since
 * (file times tick coarsely: a later write could have kept the same time); that one, or one whose
 * stamp differs, is hashed.
 */
export function freshBundle(dir = bundleDir) {
  try {
    const { inputs, stamps = {}, began = Infinity } = JSON.parse(readFileSync(join(dir, 'kiosque.json'), 'utf8'));
    for (const [file, digest] of Object.entries(inputs)) {
      const stamp = stampOf(file);
      if (stamp === stamps[file] && Number(stamp.split(':')[1]) < began - 1000) continue;
      if (digestOf(readFileSync(file)) !== digest) return null;
    }
  } catch {
    return null; // never built, or a source gone
  }
  return join(dir, 'kiosque.mjs');
}
