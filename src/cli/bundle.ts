import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';
import { bundleDir, digestOf, stampOf } from '../../bin/bundle.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const loaders = { '.ts': 'ts', '.js': 'js', '.mjs': 'js', '.json': 'json' } as const;
const builtins = new Set(builtinModules);

/**
 * Packages that stay in node_modules, loaded by Node from their own files: a native addon found
 * by path (better-sqlite3), packages that start worker threads from files of their own (pino's
 * transports, piscina's pool), esbuild (it runs its own binary), node-postgres (loaded by path
 * when a PostgreSQL database is opened: Drizzle's driver must see the same copy, whose classes it
 * tests), and the schema compilers Fastify requires only for a schema not compiled ahead of time
 * (a start would parse their 700 KB for nothing).
 */
const unbundled = new Set(['better-sqlite3', 'pino', 'piscina', 'esbuild', 'pg', '@fastify/ajv-compiler', '@fastify/fast-json-stringify-compiler', 'ajv', 'fast-json-stringify']);

/** The `type` of the package a bare import names, found as Node finds it (node_modules upwards). */
export function packageType(name: string, from: string): string | undefined {
  const manifest = join(from, 'node_modules', name, 'package.json');
  if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { type?: string }).type ?? 'commonjs';
  return dirname(from) === from ? undefined : packageType(name, dirname(from));
}

/**
 * Every other package is bundled, CommonJS ones (Fastify and its plugins, prom-client, YAML) as
 * well as ES modules: a start read, resolved and compiled some 450 CommonJS files one by one, a fifth of
 * its time. An ES-module package imported only when needed (Drizzle's PostgreSQL migrator) goes to
 * a chunk of its own, loaded then, and shares the rest (Drizzle's core) with the bundle. A CommonJS
 * one imported only when needed (ioredis, Swagger UI) stays in node_modules: a chunk made of it
 * would export its `module.exports` as `default` alone, where Node's import finds its named exports too.
 */
function packagesBundled(): Plugin {
  return {
    name: 'packages-bundled',
    setup(build) {
      build.onResolve({ filter: /^[^./#]/ }, (args) => {
        const name = args.path.split('/').slice(0, args.path.startsWith('@') ? 2 : 1).join('/');
        if (args.path.startsWith('node:') || builtins.has(name) || unbundled.has(name)) return { external: true };
        if (args.kind === 'dynamic-import' && packageType(name, args.resolveDir) !== 'module') return { external: true };
        return undefined;
      });
    },
  };
}

/**
 * Each file keeps its own `import.meta.url` (the migrations, the render worker, the docs' assets
 * and the compiled schemas are found beside it), and a package's CommonJS file its own `__dirname`
 * and `__filename` (`@fastify/swagger` reads its package.json by it); what each was when bundled is recorded: our sources by
 * their contents, a bundled package by its package.json (its version).
 */
function ownUrls(digests: Map<string, string>, stamps: Map<string, string>): Plugin {
  return {
    name: 'own-urls',
    setup(build) {
      build.onLoad({ filter: /\.(ts|m?js|json)$/ }, (args) => {
        const contents = readFileSync(args.path, 'utf8');
        const inPackage = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(args.path);
        const recorded = inPackage ? join(inPackage[1], 'package.json') : args.path;
        if (!digests.has(recorded)) {
          // Its stamp before its contents: a write in between leaves a stamp that no longer matches.
          stamps.set(recorded, stampOf(recorded));
          digests.set(recorded, digestOf(readFileSync(recorded)));
        }
        const loader = loaders[extname(args.path) as keyof typeof loaders];
        // A pattern, not the words themselves: this file is bundled too, and its own words would be replaced.
        let code = contents.replaceAll(/import\.meta\.url/g, JSON.stringify(pathToFileURL(args.path).href));
        if (inPackage) code = code.replaceAll(/\b__dirname\b/g, JSON.stringify(dirname(args.path))).replaceAll(/\b__filename\b/g, JSON.stringify(args.path));
        return { loader, contents: code };
      });
    },
  };
}

/**
 * Bundles the command (src/cli/main.ts, every source it imports and the packages they use but
 * those left `unbundled`) into `dir`/kiosque.mjs, with the digest of
 * each input in kiosque.json: bin/kiosque.js runs the bundle only while they all match.
 * What is imported only when needed (a command other than `serve`, the demo newsroom) goes to
 * chunks of its own (`dir`/chunks/): a start neither parses them nor the packages they import,
 * which a single file would import at its top.
 */
export async function bundleServer(dir = bundleDir): Promise<string> {
  // Imported here: only this command needs esbuild's API.
  const { build } = await import('esbuild');
  const digests = new Map<string, string>();
  const stamps = new Map<string, string>();
  const began = Date.now();
  const outfile = join(dir, 'kiosque.mjs');
  rmSync(join(dir, 'chunks'), { recursive: true, force: true });
  await build({
    entryPoints: { kiosque: join(root, 'src/cli/main.ts') }, absWorkingDir: root, outdir: dir, outExtension: { '.js': '.mjs' },
    splitting: true, chunkNames: 'chunks/[name]-[hash]', bundle: true, platform: 'node', format: 'esm',
    target: 'node20', logLevel: 'silent', plugins: [packagesBundled(), ownUrls(digests, stamps)],
    // What a bundled CommonJS package requires without naming it statically (the built-in modules,
    // the packages left out) is found from the bundle's directory, under node_modules.
    banner: { js: `import { createRequire as bundledRequire } from 'node:module'; const require = bundledRequire(import.meta${''}.url);` },
  });
  writeFileSync(join(dir, 'kiosque.json'), JSON.stringify({ inputs: Object.fromEntries(digests), stamps: Object.fromEntries(stamps), began }));
  const sources = [...digests.keys()].filter((file) => !file.endsWith('package.json') || !file.includes('/node_modules/')).length;
  return `${outfile}: ${sources} sources, ${digests.size - sources} packages`;
}
