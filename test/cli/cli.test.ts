import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import t from 'tap';
import { run } from '../../src/cli/index.js';
import { shutdown, startServer } from '../../src/server.js';
import { loadConfig } from '../../src/config.js';
import { tempDir } from '../helpers.js';

function env() {
  const dir = tempDir('cli');
  return { dir, env: { DATABASE_URL: `file:${join(dir, 'k.db')}`, KIOSQUE_SEED: 'none' } };
}

function capture() {
  const lines: string[] = [];
  return { lines, out: (line: string) => lines.push(line) };
}

t.test('keys create, list and revoke', async (t) => {
  const { env: e } = env();
  const c = capture();
  t.equal(await run(['keys', 'create', '--name', 'Desk', '--scope', 'content:write'], e, c.out), 0);
  const key = JSON.parse(c.lines[0]);
  t.match(key, { name: 'Desk', scopes: ['content:write'], key: /^kq_/ });
  t.match(c.lines[1], /not shown again/);
  const list = capture();
  t.equal(await run(['keys', 'list'], e, list.out), 0);
  t.match(list.lines[0], key.id);
  t.notMatch(list.lines.join('\n'), key.key, 'the secret is never listed');
  t.equal(await run(['keys', 'revoke', key.id], e, capture().out), 0);
  const after = capture();
  await run(['keys', 'list'], e, after.out);
  t.match(after.lines[0], /\(revoked\)/);
  t.equal(await run(['keys', 'create', '--name', 'x', '--scope', 'everything'], e, capture().out), 2, 'unknown scope');
  t.equal(await run(['keys'], e, capture().out), 2);
});

t.test('migrate, seed once, and usage', async (t) => {
  const { env: e } = env();
  const c = capture();
  t.equal(await run(['migrate'], e, c.out), 0);
  t.equal(await run(['seed'], e, c.out), 0);
  t.match(JSON.parse(c.lines[1]), { sections: 13, authors: 8, articles: 40 });
  t.equal(await run(['seed'], e, c.out), 1, 'refuses a database with content');
  t.equal(await run(['help'], e, c.out), 0);
  t.equal(await run([], e, c.out), 0);
  t.equal(await run(['frobnicate'], e, c.out), 2);
  for (const args of [['copy', '--help'], ['import', 'wordpress', 'x.xml', '--bogus'], ['keys', 'create', '--name']]) {
    const said = capture();
    t.equal(await run(args, e, said.out), 2, `${args.join(' ')}: the usage, not a stack trace`);
    t.match(said.lines[0], new RegExp(`^${args[0]}: (Unknown option|Option) '--`));
    t.match(said.lines[1], /^kiosque <command>/);
  }
});

t.test('a bad configuration is a message and exit code 1', async (t) => {
  const c = capture();
  t.equal(await run(['migrate'], { PORT: 'abc' }, c.out), 1);
  t.match(c.lines[0], /PORT/);
});

t.test('openapi writes the document the server serves', async (t) => {
  const { dir, env: e } = env();
  const file = join(dir, 'openapi.json');
  t.equal(await run(['openapi', file], e, capture().out), 0);
  const committed = JSON.parse(readFileSync(new URL('../../openapi/openapi.json', import.meta.url), 'utf8'));
  t.same(JSON.parse(readFileSync(file, 'utf8')), committed);
});

t.test('keys create makes partner keys with entitlements, and explains a bad one', async (t) => {
  const { env: e } = env();
  await run(['seed'], { ...e, KIOSQUE_SEED: 'demo' }, capture().out);
  const c = capture();
  const args = ['keys', 'create', '--name', 'Partenaire', '--scope', 'content:read', '--section', 'economie',
    '--field', 'title', '--field', 'url', '--embargo', '--rate-limit', '120'];
  t.equal(await run(args, e, c.out), 0);
  t.match(JSON.parse(c.lines[0]), { sections: [/^sec_/], fields: ['id', 'title', 'url'], embargoAccess: true, rateLimit: 120 });
  const bad = capture();
  t.equal(await run(['keys', 'create', '--name', 'X', '--scope', 'content:write', '--section', 'nulle-part', '--field', 'password'], e, bad.out), 1);
  t.same(bad.lines, [
    'scopes partner entitlements (sections, fields, embargoAccess) are for content:read keys only',
    'fields/0 is not an article field',
    'sections/0 is not a section',
  ]);
  t.equal(await run(['keys', 'create', '--name', 'X', '--scope', 'content:read', '--rate-limit', 'many'], e, capture().out), 2);
});

t.test('the server migrates, seeds an empty database and listens', async (t) => {
  const { env: e } = env();
  const app = await startServer(loadConfig({ ...e, KIOSQUE_SEED: 'demo', PORT: '0', LOG_LEVEL: 'silent' }));
  t.teardown(() => app.close());
  const { port } = app.server.address() as { port: number };
  const res = await fetch(`http://127.0.0.1:${port}/v1/articles?limit=100&fields=id`);
  t.equal(res.status, 200);
  t.equal(((await res.json()) as { data: unknown[] }).data.length, 31, 'the published demo articles');
});

t.test('openapi needs a file name', async (t) => {
  const c = capture();
  t.equal(await run(['openapi'], env().env, c.out), 2);
  t.match(c.lines[0], /openapi <file>/);
});

t.test('shutdown logs why, then closes the app', async (t) => {
  const logged: [string, unknown][] = [];
  let closed = 0;
  const app = {
    log: { info: (o: unknown) => logged.push(['info', o]), error: (o: unknown) => logged.push(['error', o]) } as never,
    close: async () => { closed++; },
  };
  await shutdown(app)({ signal: 'SIGTERM' });
  await shutdown(app)({ err: new Error('boom') });
  t.same(logged.map(([level]) => level), ['info', 'error']);
  t.equal(closed, 2);
});

t.test('a database that cannot be used is one line and exit code 1; other failures go through', async (t) => {
  const unreachable = { DATABASE_URL: 'postgres://kiosque:s3cret@127.0.0.1:1/kiosque', KIOSQUE_SEED: 'none' };
  const c = capture();
  t.equal(await run(['migrate'], unreachable, c.out), 1);
  t.same(c.lines, ['cannot use the database postgres://kiosque:***@127.0.0.1:1/kiosque: connect ECONNREFUSED 127.0.0.1:1']);
  await t.rejects(run(['keys', 'revoke', 'key_unknown'], env().env, capture().out), { code: 'NOT_FOUND' }, 'a bug or a lookup the CLI does not explain is thrown');
});
