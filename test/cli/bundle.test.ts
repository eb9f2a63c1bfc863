import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import t from 'tap';
import { bundleDir, digestOf, freshBundle, stampOf } from '../../bin/bundle.js';
import { packageType } from '../../src/cli/bundle.js';
import { run } from '../../src/cli/index.js';
import { childEnv, tempDir } from '../helpers.js';


/** A bundle's code: its entry, then its chunks by name. */
const codeIn = (where: string) => [join(where, 'kiosque.mjs'), ...readdirSync(join(where, 'chunks')).sort().map((name) => join(where, 'chunks', name))]
  .map((file) => readFileSync(file, 'utf8')).join('\n');

// The bundle is built into a directory of its own beside the default one: under node_modules,
// where its imports of the packages resolve.
mkdirSync(bundleDir, { recursive: true });
const dir = mkdtempSync(join(bundleDir, 'test-bundle-'));
t.teardown(() => rmSync(dir, { recursive: true, force: true }));

t.test('the bundle is fresh while its sources are unchanged, and serves as the sources do', async (t) => {
  const lines: string[] = [];
  t.equal(await run(['bundle', dir], {}, (line) => lines.push(line)), 0);
  t.match(lines[0], /kiosque\.mjs: \d+ sources, \d+ packages/);
  const bundle = freshBundle(dir);
  t.equal(bundle, join(dir, 'kiosque.mjs'));
  const code = codeIn(dir);
  t.notMatch(code, /from "(typebox|drizzle-orm|mdast-util-from-markdown)"/, 'ES-module packages are in the bundle');
  t.notMatch(code, /(from |require\()"(fastify|@fastify\/swagger-ui|prom-client|yaml)"/, 'and CommonJS ones');
  for (const name of ['better-sqlite3', 'pino', 'pg']) t.match(code, new RegExp(`(from |require\\()"${name}"`), `${name} is not`);
  t.match(code, /import\("piscina"\)/, 'nor piscina');
  // An ES module has no __dirname: each bundled CommonJS file has its own directory written in (but
  // the bundle command's own patterns, which name it).
  t.notMatch(code.replaceAll(/\/\\b__(dirname|filename)\\b\/g/g, ''), /\b__(dirname|filename)\b/, 'no file left looking for its directory');
  // What a start evaluates: the entry and the chunks it imports, not those imported when needed.
  const started = new Set<string>();
  const visit = (file: string) => {
    if (started.has(file)) return;
    started.add(file);
    for (const [, chunk] of readFileSync(join(dir, file), 'utf8').matchAll(/(?:^import |\bfrom )"\.\/(?:chunks\/)?([^"]+\.mjs)";$/gm)) visit(join('chunks', chunk));
  };
  visit('kiosque.mjs');
  const startCode = [...started].map((file) => readFileSync(join(dir, file), 'utf8')).join('\n');
  t.match(startCode, /node_modules\/fastify\//, 'a start evaluates Fastify from the bundle');
  // Nor what is imported when needed: their chunks are loaded then.
  for (const unneeded of ['parse5', 'drizzle-orm/node-postgres']) {
    t.notMatch(startCode, `node_modules/${unneeded}/`, `a start does not evaluate ${unneeded}`);
    t.match(code, `node_modules/${unneeded}/`, `${unneeded} is bundled`);
  }
  // A CommonJS package imported when needed stays in node_modules, where Node's import finds its named exports.
  for (const name of ['ioredis', '@fastify/swagger-ui']) t.match(code, `import("${name}")`, `${name} is imported from node_modules`);

  const data = tempDir('bundle');
  const required = join(data, 'required.txt');
  const child = spawn(process.execPath, ['--require', fileURLToPath(new URL('../fixtures/required-modules.cjs', import.meta.url)), bundle!, 'serve'], {
    env: childEnv({ DATABASE_URL: `file:${join(data, 'k.db')}`, PORT: '0', LOG_LEVEL: 'info', KIOSQUE_SEED: 'none', KIOSQUE_TEST_REQUIRED: required }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  let output = '';
  child.stderr.on('data', (chunk: Buffer) => { output += chunk; });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk;
      const match = /listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match) resolve(Number(match[1]));
    });
    void exited.then(() => reject(new Error(`exited before listening:\n${output}`)));
  });
  const url = `http://127.0.0.1:${port}`;
  t.equal((await fetch(`${url}/healthz`)).status, 200);
  // The migrations (of this new database) and the docs' assets were found beside their sources, not the bundle.
  t.equal((await fetch(`${url}/v1/articles`)).status, 200);
  t.match(await (await fetch(`${url}/docs/`)).text(), /kiosque\.css/);
  const asset = await fetch(`${url}/docs/static/swagger-ui-bundle.js`);
  t.equal(asset.status, 200, 'Swagger UI\'s own files');
  t.ok((await asset.arrayBuffer()).byteLength > 100_000);
  const refused = await fetch(`${url}/v1/sections`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  t.equal(refused.status, 401);
  child.kill('SIGTERM');
  t.equal(await exited, 0);
  // What a start on SQLite without Redis does not need, it does not load (compiled schemas: `npm run schemas`).
  const loaded = readFileSync(required, 'utf8');
  // Nor what only other commands use (the import's XML reader and progress bar): their chunks import them.
  for (const unneeded of ['pg/', 'ioredis/', '@fastify/ajv-compiler/', '@fastify/fast-json-stringify-compiler/', 'ajv/dist/compile/', 'saxes/', 'cli-progress/']) {
    t.notOk(loaded.includes(`/node_modules/${unneeded}`), `${unneeded} not loaded`);
  }
  t.ok(loaded.includes('/node_modules/better-sqlite3/'), 'what it needs is');

  // `npm run bundle` while the bundle is fresh runs the bundle's own copy of the command: it builds the same bundle.
  const again = mkdtempSync(join(bundleDir, 'test-bundle-'));
  t.teardown(() => rmSync(again, { recursive: true, force: true }));
  const rebuilt = spawn(process.execPath, [bundle!, 'bundle', again], { env: childEnv({}), stdio: 'inherit' });
  t.equal(await new Promise((resolve) => rebuilt.on('exit', resolve)), 0);
  t.equal(codeIn(again), code, 'every file keeps its own import.meta.url');
});

t.test('a package imported when needed is bundled when it is an ES module', async (t) => {
  const root = fileURLToPath(new URL('../../', import.meta.url));
  t.equal(packageType('typebox', root), 'module');
  t.equal(packageType('fastify', root), 'commonjs');
  t.equal(packageType('no-such-package', root), undefined);
});

t.test('a bundle is stale once a source it was built from changes or goes, and absent when never built', async (t) => {
  const here = tempDir('stale');
  const source = join(here, 'a.ts');
  writeFileSync(source, 'export const a = 1;\n');
  writeFileSync(join(here, 'kiosque.json'), JSON.stringify({ inputs: { [source]: digestOf('export const a = 1;\n') } }));
  t.equal(freshBundle(here), join(here, 'kiosque.mjs'));
  writeFileSync(source, 'export const a = 2;\n');
  t.equal(freshBundle(here), null, 'changed');
  rmSync(source);
  t.equal(freshBundle(here), null, 'gone');
  t.equal(freshBundle(tempDir('never')), null, 'never built');
  t.ok([null, join(bundleDir, 'kiosque.mjs')].includes(freshBundle()), 'the default one, built by npm ci or not');
});

t.test('a source with the size and time recorded is not read again, unless it was written near or after the build', async (t) => {
  const here = tempDir('stamps');
  const source = join(here, 'a.ts');
  writeFileSync(source, 'export const a = 1;\n');
  const anHourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(source, anHourAgo, anHourAgo);
  // A digest that does not match: only a source that is read again is found to differ.
  const manifest = (stamp: string, began: number) => writeFileSync(join(here, 'kiosque.json'),
    JSON.stringify({ inputs: { [source]: digestOf('export const a = 0;\n') }, stamps: { [source]: stamp }, began }));
  manifest(stampOf(source), Date.now());
  t.equal(freshBundle(here), join(here, 'kiosque.mjs'), 'the stamp is trusted');
  manifest(stampOf(source), anHourAgo.getTime() + 500);
  t.equal(freshBundle(here), null, 'written less than a second before the build began: read again');
  manifest(`1${stampOf(source)}`, Date.now());
  t.equal(freshBundle(here), null, 'another size or time: read again');
  writeFileSync(source, 'export const a = 0;\n');
  manifest('0:0', Date.now());
  t.equal(freshBundle(here), join(here, 'kiosque.mjs'), 'read again, and the same contents');
});
