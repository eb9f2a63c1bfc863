import { readFileSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { bundleDir, digestOf } from '../../bin/bundle.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const loaders = { '.ts': 'ts', '.js': 'js', '.json': 'json' } as const;

/**
 * Each file keeps its own `import.meta.url` (the migrations, the render worker, the docs' assets
 * and the compiled schemas are found beside it), and what it was when bundled is recorded. The
 * packages are not bundled: every file loaded is one of ours.
 */
function ownUrls(digests: Map<string, string>): Plugin {
  return {
    name: 'own-urls',
    setup(build) {
      build.onLoad({ filter: /\.(ts|js|json)$/ }, (args) => {
        const contents = readFileSync(args.path, 'utf8');
        digests.set(args.path, digestOf(contents));
        const loader = loaders[extname(args.path) as keyof typeof loaders];
        return { loader, contents: contents.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)) };
      });
    },
  };
}

/**
 * Bundles the command (src/cli/main.ts and every source it imports; the packages stay in
 * node_modules) into `dir`/kiosque.mjs, with the digest of each source in kiosque.json:
 * bin/kiosque.js runs the bundle only while they all match.
 */
export async function bundleServer(dir = bundleDir): Promise<string> {
  // Imported here: only this command needs esbuild's API.
  const { build } = await import('esbuild');
  const digests = new Map<string, string>();
  const outfile = join(dir, 'kiosque.mjs');
  await build({
    entryPoints: [join(root, 'src/cli/main.ts')], absWorkingDir: root, outfile, bundle: true, platform: 'node', format: 'esm',
    target: 'node20', packages: 'external', logLevel: 'silent', plugins: [ownUrls(digests)],
  });
  writeFileSync(join(dir, 'kiosque.json'), JSON.stringify({ inputs: Object.fromEntries(digests) }));
  return `${outfile}: ${digests.size} sources`;
}
