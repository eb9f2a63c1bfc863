#!/usr/bin/env node
// `npm test`: every test file on SQLite, then those that exercise the data layer (test/postgres-tests.json) on
// PostgreSQL when KIOSQUE_TEST_DATABASE_URL names a server (a role allowed to create databases; .ci/run
// sets one up), with tap's 100% coverage rule applied to what the passes ran together:
// - both passes: the coverage of the two runs is merged, then checked, so code only one dialect runs
//   (db/postgres.ts, search/postgres.ts…) counts where it runs;
// - SQLite alone: the PostgreSQL dialect's own files (every `*postgres*` file under src/ and test/) are
//   left out of the count, and the output says the pass was skipped.
// The whole suite twice does not fit CI's budget (45 minutes on 2 cores): on PostgreSQL run the tests whose
// SQL or transactions take a path of their own there: repositories and their dialect SQL, writes through
// the routes, imports (a post failing alone inside a batch), the change feed and several instances, webhook
// claims, revisions, search, entitlements, view counts, the response cache and keyed purges (a flush of
// views not awaited once raced the reads after it there, never on SQLite). Not those that open no test
// database (the CLI's, on file: databases; the SQLite schema), that test code without SQL (diffs, address
// checks, the demo view history, Ghost's reader, the entitlement fuzz's model: partners.test.ts runs the
// entitled-sections SQL on every read path), nor rendering, representations, HTTP semantics, the browser,
// the client or the edge. KIOSQUE_TEST_POSTGRES=all runs every file on PostgreSQL too. Test files given as
// arguments (`*.ts`) run in both passes; all arguments go to tap.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import pg from 'pg';

// The globs of the PostgreSQL pass (test/postgres-tests.test.ts checks that each names test files).
const POSTGRES_TESTS = JSON.parse(readFileSync(new URL('./postgres-tests.json', import.meta.url), 'utf8'));
const POSTGRES_FILES = ['src/**/*postgres*.ts', 'test/**/*postgres*.ts'];

const args = process.argv.slice(2);
const files = args.filter((arg) => arg.endsWith('.ts'));
const url = process.env.KIOSQUE_TEST_DATABASE_URL;

function tap(extra, env = {}) {
  const result = spawnSync('npx', ['tap', ...extra], { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

if (!url) {
  console.log(`# PostgreSQL pass skipped: KIOSQUE_TEST_DATABASE_URL is not set (.ci/run sets it); ${POSTGRES_FILES.join(' and ')} left out of coverage`);
  const code = tap([...POSTGRES_FILES.map((glob) => `--coverage-exclude=${glob}`), ...args]);
  console.log('# SQLite pass done; PostgreSQL pass skipped (set KIOSQUE_TEST_DATABASE_URL to run it)');
  process.exit(code);
}

const partial = ['--allow-incomplete-coverage', '--coverage-report=none'];
console.log('# SQLite pass');
const sqlite = tap([...partial, ...args], { KIOSQUE_TEST_DATABASE_URL: '' });
// The PostgreSQL pass starts by clearing .tap/coverage: the SQLite pass's files wait aside.
const saved = '.tap/coverage-sqlite';
rmSync(saved, { recursive: true, force: true });
cpSync('.tap/coverage', saved, { recursive: true });
// A clean slate: the template is made anew by the pass's first test (its code is covered), and test
// databases a crashed run left behind go (those of this role: another's are not its to drop).
const server = new pg.Client({ connectionString: url });
await server.connect();
const { rows } = await server.query(`SELECT datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba
  WHERE r.rolname = current_user AND (datname LIKE 'kiosque\\_template\\_%' OR datname LIKE 'kiosque\\_test\\_%')`);
for (const { datname } of rows) await server.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
await server.end();
const every = files.length > 0 || process.env.KIOSQUE_TEST_POSTGRES === 'all';
console.log(`# PostgreSQL pass (${new URL(url).host}): ${every ? 'every test file' : 'the data layer\'s test files'}`);
const postgres = tap([...partial, ...args, ...(every ? [] : POSTGRES_TESTS)]);
mkdirSync('.tap/coverage', { recursive: true });
for (const file of readdirSync(saved)) cpSync(`${saved}/${file}`, `.tap/coverage/sqlite-${file}`);
rmSync(saved, { recursive: true, force: true });
console.log('# Coverage of both passes together');
const report = spawnSync('npx', ['tap', 'report'], { stdio: 'inherit' }).status ?? 1;
console.log(`# SQLite pass ${sqlite === 0 ? 'passed' : 'FAILED'}, PostgreSQL pass ${postgres === 0 ? 'passed' : 'FAILED'}, coverage ${report === 0 ? 'complete' : 'INCOMPLETE'}`);
process.exit(sqlite || postgres || report);
