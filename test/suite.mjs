#!/usr/bin/env node
// `npm test`: the whole suite on SQLite, then again on PostgreSQL when
// KIOSQUE_TEST_DATABASE_URL names a server (a role allowed to create
// databases; .ci/run sets one up), with tap's 100% coverage rule applied to
// what the passes ran together:
// - both passes: the coverage of the two runs is merged, then checked, so code
//   only one dialect runs (db/postgres.ts, search/postgres.ts…) counts where it runs;
// - SQLite alone: the PostgreSQL dialect's own files (every `*postgres*` file
//   under src/ and test/) are left out of the count, and the output says the pass was skipped.
// Arguments are passed to tap (test files, --grep…).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import pg from 'pg';

const args = process.argv.slice(2);
const url = process.env.KIOSQUE_TEST_DATABASE_URL;
const POSTGRES_FILES = ['src/**/*postgres*.ts', 'test/**/*postgres*.ts'];

function tap(extra, env = {}) {
  const result = spawnSync('npx', ['tap', ...extra, ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

if (!url) {
  console.log(`# PostgreSQL pass skipped: KIOSQUE_TEST_DATABASE_URL is not set (.ci/run sets it); ${POSTGRES_FILES.join(' and ')} left out of coverage`);
  const code = tap(POSTGRES_FILES.map((files) => `--coverage-exclude=${files}`));
  console.log('# SQLite pass done; PostgreSQL pass skipped (set KIOSQUE_TEST_DATABASE_URL to run it)');
  process.exit(code);
}

console.log('# SQLite pass');
const sqlite = tap(['--allow-incomplete-coverage', '--coverage-report=none'], { KIOSQUE_TEST_DATABASE_URL: '' });
// The PostgreSQL pass starts by clearing .tap/coverage: the SQLite pass's files wait aside.
const saved = '.tap/coverage-sqlite';
rmSync(saved, { recursive: true, force: true });
cpSync('.tap/coverage', saved, { recursive: true });
// A clean slate: the template is made anew by the pass's first test (its code is covered), and test
// databases a crashed run left behind go.
const server = new pg.Client({ connectionString: url });
await server.connect();
const { rows } = await server.query("SELECT datname FROM pg_database WHERE datname LIKE 'kiosque\\_template\\_%' OR datname LIKE 'kiosque\\_test\\_%'");
for (const { datname } of rows) await server.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
await server.end();
console.log(`# PostgreSQL pass (${new URL(url).host})`);
const postgres = tap(['--allow-incomplete-coverage', '--coverage-report=none']);
mkdirSync('.tap/coverage', { recursive: true });
for (const file of readdirSync(saved)) cpSync(`${saved}/${file}`, `.tap/coverage/sqlite-${file}`);
rmSync(saved, { recursive: true, force: true });
console.log('# Coverage of both passes together');
const report = spawnSync('npx', ['tap', 'report'], { stdio: 'inherit' }).status ?? 1;
console.log(`# SQLite pass ${sqlite === 0 ? 'passed' : 'FAILED'}, PostgreSQL pass ${postgres === 0 ? 'passed' : 'FAILED'}, coverage ${report === 0 ? 'complete' : 'INCOMPLETE'}`);
process.exit(sqlite || postgres || report);
