#!/usr/bin/env node
// `npm test`: every test file on SQLite, then again on PostgreSQL those that can depend on the dialect, when
// KIOSQUE_TEST_DATABASE_URL names a server (a role allowed to create databases; .ci/run sets one up), with
// tap's 100% coverage rule applied to what the passes ran together:
// - both passes: the coverage of the two runs is merged, then checked, so code only one dialect runs
//   (db/postgres.ts, search/postgres.ts…) counts where it runs;
// - SQLite alone: the PostgreSQL dialect's own files (every `*postgres*` file under src/ and test/) are
//   left out of the count, and the output says the pass was skipped.
// - the PostgreSQL pass runs again only the test files whose outcome can depend on the dialect: those
//   that opened a database of the run's dialect in the SQLite pass (test/database.ts notes them) and those
//   that name the dialect (`onPostgres`, `dialect`, the variable, or `postgres` in their path: some of
//   their tests only run on PostgreSQL). The others (rendering, parsing, the spec, the browser's
//   pages over a SQLite file…) would run the same code the same way a second time.
// Arguments go to tap in both passes (`npm test -- test/modules/search/*.test.ts` runs those files, and
// again on PostgreSQL those of them the rule above selects); options as `--name=value`.
// A test file whose process stopped answering before it reported a single test runs once more (see `pass`).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';

const POSTGRES_FILES = ['src/**/*postgres*.ts', 'test/**/*postgres*.ts'];

const args = process.argv.slice(2);
const url = process.env.KIOSQUE_TEST_DATABASE_URL;
// Where test/database.ts (DIALECT_FILES) notes the test files that opened a database of the run's dialect.
const DIALECT_FILES = '.tap/dialect-files';
const NAMES_DIALECT = /\bonPostgres\b|\bdialect\b|KIOSQUE_TEST_DATABASE_URL/;
// Each pass collects coverage; `tap report` checks it once, over what they ran together.
const PARTIAL = ['--allow-incomplete-coverage', '--coverage-report=none'];

function tap(extra, env = {}) {
  const result = spawnSync('npx', ['tap', ...extra], { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/**
 * Runs `run`, a run of tap (which starts by clearing .tap/coverage), keeping the coverage collected before it:
 * set aside, then put back beside the run's own, its files' names prefixed with `name`.
 */
function keepingCoverage(name, run) {
  const aside = `.tap/coverage-${name}`;
  rmSync(aside, { recursive: true, force: true });
  cpSync('.tap/coverage', aside, { recursive: true });
  const result = run();
  mkdirSync('.tap/coverage', { recursive: true });
  for (const file of readdirSync(aside)) cpSync(`${aside}/${file}`, `.tap/coverage/${name}-${file}`);
  rmSync(aside, { recursive: true, force: true });
  return result;
}

// Where tap writes the files that failed (--save), and keeps each file's output.
const FAILED = '.tap/failed-files';
const resultOf = (file) => `.tap/test-results/${file}.tap`;
// The output of a process that reported nothing: its header at most.
const SILENT = /^(TAP version \d+\s*)?$/;

/**
 * One pass of tap over `files` (none: the configured ones), coverage collected but not checked. When every
 * file that failed did so silently (killed at tap's timeout without one test reported: its main thread
 * never ran again, so it could not even answer the timeout with the test it was in), those files run once
 * more, saying so, and the pass is what that run gives; their coverage joins the pass's. It happened once
 * in CI (2026-12-07: test/plugins/validators.test.ts in the PostgreSQL pass, which takes 7 s; never in 72
 * runs of it under load since), before the file's first test ended: a start of Node's module loader that
 * never ended is the likely cause. A hang of ours comes back in the second run, and fails.
 */
function pass(files, options, env = {}) {
  rmSync(FAILED, { force: true });
  const code = tap([...PARTIAL, ...options, `--save=${FAILED}`, ...files], env);
  if (code === 0 || !existsSync(FAILED)) return code;
  const failed = readFileSync(FAILED, 'utf8').split('\n').filter(Boolean);
  const silent = failed.filter((file) => existsSync(resultOf(file)) && SILENT.test(readFileSync(resultOf(file), 'utf8')));
  if (silent.length === 0 || silent.length < failed.length) return code;
  console.log(`# ${silent.join(', ')}: killed at the timeout without reporting a single test; run once more`);
  return keepingCoverage('first', () => tap([...PARTIAL, ...options, ...silent], env));
}

/** tap's coverage check over what the passes collected. */
const coverage = () => spawnSync('npx', ['tap', 'report'], { stdio: 'inherit' }).status ?? 1;

// The tests run on the route schemas compiled ahead of time, as a server does: compiled again first, so a
// schema changed since `npm ci` is not compiled at start by every app a test builds (nor warned about).
const schemas = spawnSync(process.execPath, ['bin/kiosque.js', 'schemas'], { stdio: 'inherit' });
if (schemas.status !== 0) process.exit(schemas.status ?? 1);

const options = args.filter((arg) => arg.startsWith('-'));
const files = args.filter((arg) => !arg.startsWith('-'));

if (!url) {
  console.log(`# PostgreSQL pass skipped: KIOSQUE_TEST_DATABASE_URL is not set (.ci/run sets it); ${POSTGRES_FILES.join(' and ')} left out of coverage`);
  // Left out as coverage is collected (tap applies --coverage-exclude then, not in its report).
  const code = pass(files, [...POSTGRES_FILES.map((glob) => `--coverage-exclude=${glob}`), ...options]);
  const report = coverage();
  console.log('# SQLite pass done; PostgreSQL pass skipped (set KIOSQUE_TEST_DATABASE_URL to run it)');
  process.exit(code || report);
}

console.log('# SQLite pass');
rmSync(DIALECT_FILES, { recursive: true, force: true });
const sqlite = pass(files, options, { KIOSQUE_TEST_DATABASE_URL: '' });
const listed = spawnSync('npx', ['tap', 'list', ...files], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
const noted = new Set(existsSync(DIALECT_FILES) ? readdirSync(DIALECT_FILES).map(decodeURIComponent) : []);
const again = listed.filter((file) => noted.has(file) || file.includes('postgres') || NAMES_DIALECT.test(readFileSync(file, 'utf8')));
// A clean slate: the template is made anew by the pass's first test (its code is covered), and test
// databases a crashed run left behind go (those of this role: another's are not its to drop).
const server = new pg.Client({ connectionString: url });
await server.connect();
const { rows } = await server.query(`SELECT datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba
  WHERE r.rolname = current_user AND (datname LIKE 'kiosque\\_template\\_%' OR datname LIKE 'kiosque\\_test\\_%')`);
for (const { datname } of rows) await server.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
await server.end();
console.log(`# PostgreSQL pass (${new URL(url).host}): ${again.length} of ${listed.length} test files, those whose outcome can depend on the dialect`);
// tap clears .tap/coverage as it starts: the SQLite pass's coverage waits aside.
const postgres = again.length ? keepingCoverage('sqlite', () => pass(again, options)) : 0;
console.log('# Coverage of both passes together');
const report = coverage();
console.log(`# SQLite pass ${sqlite === 0 ? 'passed' : 'FAILED'}, PostgreSQL pass ${postgres === 0 ? 'passed' : 'FAILED'}, coverage ${report === 0 ? 'complete' : 'INCOMPLETE'}`);
process.exit(sqlite || postgres || report);
