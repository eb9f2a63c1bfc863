#!/usr/bin/env node
// `npm test`: every test file on SQLite, then every test file again on PostgreSQL when
// KIOSQUE_TEST_DATABASE_URL names a server (a role allowed to create databases; .ci/run sets one up), with
// tap's 100% coverage rule applied to what the passes ran together:
// - both passes: the coverage of the two runs is merged, then checked, so code only one dialect runs
//   (db/postgres.ts, search/postgres.ts…) counts where it runs;
// - SQLite alone: the PostgreSQL dialect's own files (every `*postgres*` file under src/ and test/) are
//   left out of the count, and the output says the pass was skipped.
// Arguments go to tap in both passes (`npm test -- test/modules/search/*.test.ts` runs those files twice).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import pg from 'pg';

const POSTGRES_FILES = ['src/**/*postgres*.ts', 'test/**/*postgres*.ts'];

const args = process.argv.slice(2);
const url = process.env.KIOSQUE_TEST_DATABASE_URL;

function tap(extra, env = {}) {
  const result = spawnSync('npx', ['tap', ...extra], { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

// The tests run on the route schemas compiled ahead of time, as a server does: compiled again first, so a
// schema changed since `npm ci` is not compiled at start by every app a test builds (nor warned about).
const schemas = spawnSync(process.execPath, ['bin/kiosque.js', 'schemas'], { stdio: 'inherit' });
if (schemas.status !== 0) process.exit(schemas.status ?? 1);

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
console.log(`# PostgreSQL pass (${new URL(url).host})`);
const postgres = tap([...partial, ...args]);
mkdirSync('.tap/coverage', { recursive: true });
for (const file of readdirSync(saved)) cpSync(`${saved}/${file}`, `.tap/coverage/sqlite-${file}`);
rmSync(saved, { recursive: true, force: true });
console.log('# Coverage of both passes together');
const report = spawnSync('npx', ['tap', 'report'], { stdio: 'inherit' }).status ?? 1;
console.log(`# SQLite pass ${sqlite === 0 ? 'passed' : 'FAILED'}, PostgreSQL pass ${postgres === 0 ? 'passed' : 'FAILED'}, coverage ${report === 0 ? 'complete' : 'INCOMPLETE'}`);
process.exit(sqlite || postgres || report);
