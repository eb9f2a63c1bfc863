import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import t from 'tap';
import { tempDir } from '../../../test/helpers.js';
import { startDemoApi } from '../../../test/demo-api.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const client = new URL('..', import.meta.url).pathname;
const tsc = require.resolve('typescript/bin/tsc');

/** A package's command, found as Node finds the package from the client's folder (its exports hide the file). */
function bin(name: string): string {
  const dir = createRequire(`${client}package.json`).resolve.paths(name)!.map((p) => `${p}/${name}`).find((p) => existsSync(p))!;
  const { bin } = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  return `${dir}/${bin[name]}`;
}

t.test('src/schema.ts is what openapi-typescript makes of openapi/openapi.json today', async (t) => {
  const out = `${tempDir('client-types')}/schema.ts`;
  await run(process.execPath, [bin('openapi-typescript'), '../../openapi/openapi.json', '--output', out], { cwd: client });
  t.equal(readFileSync(`${client}src/schema.ts`, 'utf8'), readFileSync(out, 'utf8'),
    'stale types: run `npm run generate -w @kiosque/client` and commit src/schema.ts');
});

t.test('the package builds, and a strict program using it compiles with no cast', async (t) => {
  // The build (declarations included) is what another project installs; the
  // example resolves `@kiosque/client` to it, without the in-repo source condition.
  await run(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: client });
  await run(process.execPath, [tsc, '-p', 'examples/tsconfig.json'], { cwd: client });
  const example = readFileSync(`${client}examples/reader.ts`, 'utf8');
  t.notMatch(example, /\bas\s+(?!const\b)[A-Z{[(]|<[A-Z]\w*>\s*\w|\w!\./, 'no type assertion, no non-null assertion');

  const { url } = await startDemoApi(t);
  const built = await import(`${client}dist/index.js`);
  const kiosque = built.createKiosque({ baseUrl: url });
  const { data } = await kiosque.get('/v1/sections/{idOrPath}', { params: { path: { idOrPath: 'actualites/ia' } } });
  t.equal(data.path, 'actualites/ia', 'the built JavaScript answers like the source');
  const missing = await kiosque.get('/v1/sections/{idOrPath}', { params: { path: { idOrPath: 'nulle-part' } } }).catch((error: unknown) => error);
  t.ok(missing instanceof built.KiosqueProblem, 'and throws its own typed problem');
  t.match(missing, { name: 'KiosqueProblem', status: 404, code: 'NOT_FOUND' });
});
