import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { bundleDir, digestOf } from '../../bin/bundle.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const loaders = { '.ts': 'ts', '.js': 'js', '.mjs': 'js', '.json': 'json' } as const;
const builtins = new Set(builtinModules);

/** The `type` of the package a bare import names, found as Node finds it (node_modules upwards). */
export function packageType(name: string, from: string): string | undefined {
  const manifest = join(from, 'node_modules', name, 'package.json');
  if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: string }).type ?? 'commonjs';
  return dirname(from) === from ? undefined : packageType(name, dirname(from));
}

/**
 * ES-module packages (TypeBox, Drizzle, the Markdown and HTML libraries: some 700 modules a
 * start loaded one by one) are bundled; CommonJS ones (Fastify and its plugins, the database
 * drivers, ioredis) stay in node_modules, loaded by Node as before: they find their files by
 * __dirname, and some by path in worker threads. So does a package imported only when needed.
 */
function esmPackagesOnly(): Plugin {
  return {
    name: 'esm-packages-only',
    setup(build) {
      build.onResolve({ filter: /^[^./#]/ }, (args) => {
        const name = args.path.split('/').slice(0, args.path.startsWith('@') ? 2 : 1).join('/');
        // A package imported when first needed (the PostgreSQL migrator, ioredis) stays a module of its own.
        if (args.path.startsWith('node:') || builtins.has(name) || args.kind === 'dynamic-import') return { external: true };
        return packageType(name, args.resolveDir) === 'module' ? undefined : { external: true };
      });
    },
  };
}

/**
 * Each file keeps its own `import.meta.url` (the migrations, the render worker, the docs' assets
 * and the compiled schemas are found beside it), and what it was when bundled is recorded: our
 * sources by their contents, a bundled package by its package.json (its version).
 */
function ownUrls(digests: Map<string, string>): Plugin {
  return {
    name: 'own-urls',
    setup(build) {
      build.onLoad({ filter: /\.(ts|m?js|json)$/ }, (args) => {
        const contents = readFileSync(args.path, 'utf8');
        const inPackage = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(args.path);
        const recorded = inPackage ? join(inPackage[1], 'package.json') : args.path;
        if (!digests.has(recorded)) digests.set(recorded, digestOf(readFileSync(recorded)));
        const loader = loaders[extname(args.path) as keyof typeof loaders];
        // A pattern, not the words themselves: this file is bundled too, and its own words would be replaced.
        return { loader, contents: contents.replaceAll(/import\.meta\.url/g, JSON.stringify(pathToFileURL(args.path).href)) };
      });
    },
  };
}

/**
 * Bundles the command (src/cli/main.ts, every source it imports and the ES-module packages
 * they use; CommonJS packages stay in node_modules) into `dir`/kiosque.mjs, with the digest of
 * each input in kiosque.json: bin/kiosque.js runs the bundle only while they all match.
 * What is imported only when needed (a command other than `serve`, the demo newsroom) goes to
 * chunks of its own (`dir`/chunks/): a start neither parses them nor loads the CommonJS packages
 * they import, which a single file would import at its top.
 */
export async function bundleServer(dir = bundleDir): Promise<string> {
  // Imported here: only this command needs esbuild's API.
  const { build } = await import('esbuild');
  const digests = new Map<string, string>();
  const outfile = join(dir, 'kiosque.mjs');
  rmSync(join(dir, 'chunks'), { recursive: true, force: true });
  await build({
    entryPoints: { kiosque: join(root, 'src/cli/main.ts') }, absWorkingDir: root, outdir: dir, outExtension: { '.js': '.mjs' },
    splitting: true, chunkNames: 'chunks/[name]-[hash]', bundle: true, platform: 'node', format: 'esm',
    target: 'node20', logLevel: 'silent', plugins: [esmPackagesOnly(), ownUrls(digests)],
  });
  writeFileSync(join(dir, 'kiosque.json'), JSON.stringify({ inputs: Object.fromEntries(digests) }));
  const sources = [...digests.keys()].filter((file) => !file.endsWith('package.json') || !file.includes('/node_modules/')).length;
  return `${outfile}: ${sources} sources, ${digests.size - sources} packages`;
}
