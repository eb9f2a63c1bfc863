import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import t from 'tap';
import { tempDir } from './helpers.js';

// The two linters front-end teams run on a document, as they run them: their
// own CLIs, with the project's redocly.yaml and .spectral.yaml (rules turned
// off there say why). Any error or warning fails.

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const root = new URL('..', import.meta.url).pathname;
const DOCUMENT = 'openapi/openapi.json';
// Offline: no usage data, no look-up of a newer version.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' };

async function lint(cli: string, args: string[]) {
  // Both exit 1 when they find a problem; the JSON report is on stdout either way.
  const result = await run(process.execPath, [require.resolve(cli), ...args], { cwd: root, env, maxBuffer: 64 << 20 })
    .catch((error: { stdout?: string; stderr?: string }) => error);
  return { stdout: String(result.stdout), stderr: String(result.stderr) };
}

t.test('Redocly CLI, recommended rules: no error, no warning', async (t) => {
  const { stdout, stderr } = await lint('@redocly/cli/bin/cli.js', ['lint', DOCUMENT, '--format=json', '--max-problems=1000']);
  const report = JSON.parse(stdout);
  t.same(report.totals, { errors: 0, warnings: 0, ignored: 0 }, 'totals');
  if (report.problems.length > 0) t.comment(stderr);
  t.same(report.problems.map((p: { ruleId: string; message: string }) => `${p.ruleId}: ${p.message}`), []);
});

t.test('Spectral, the oas ruleset: no error, no warning', async (t) => {
  const { stdout, stderr } = await lint('@stoplight/spectral-cli/dist/index.js', ['lint', DOCUMENT, '--format=json', '--quiet']);
  t.equal(stderr, '', 'ran without complaint');
  const problems: { code: string; message: string; path: string[] }[] = JSON.parse(stdout);
  t.same(problems.map((p) => `${p.code} at ${p.path.join('.')}: ${p.message}`), []);
});

t.test('the linters do find problems: a document with known faults is reported', async (t) => {
  // The same runs on a copy missing what the rules above hold the real document to.
  const doc = JSON.parse(readFileSync(new URL(`../${DOCUMENT}`, import.meta.url), 'utf8'));
  delete doc.info.license;
  delete doc.paths['/v1/articles'].get.description;
  doc.components.schemas.Unused = { type: 'object' };
  const file = `${tempDir('lint')}/openapi.json`;
  writeFileSync(file, JSON.stringify(doc));
  const redocly = JSON.parse((await lint('@redocly/cli/bin/cli.js', ['lint', file, '--format=json', '--config', 'redocly.yaml'])).stdout);
  t.same(redocly.problems.map((p: { ruleId: string }) => p.ruleId).sort(), ['info-license', 'no-unused-components']);
  const spectral = JSON.parse((await lint('@stoplight/spectral-cli/dist/index.js',
    ['lint', file, '--format=json', '--quiet', '--ruleset', '.spectral.yaml'])).stdout);
  t.same(spectral.map((p: { code: string }) => p.code).sort(), ['oas3-unused-component', 'operation-description']);
});
