import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { run } from '../../src/cli/index.js';
import { importCommand } from '../../src/cli/import.js';
import { loadConfig } from '../../src/config.js';
import { tempDir } from '../helpers.js';
import { freshDatabase } from '../database.js';
import { fixture, WXR } from '../modules/imports/helpers.js';

/** A database of the run's dialect (a file on SQLite) that the command opens by its URL, removed when the test ends. */
async function databaseUrl(t: Test, dir: string, name: string): Promise<string> {
  const { url, dispose } = await freshDatabase({ sqlite: join(dir, name) });
  t.teardown(dispose);
  return url;
}

async function setup(t: Test) {
  const dir = tempDir('cli-import');
  const lines: string[] = [];
  return { dir, lines, out: (line: string) => lines.push(line), env: { DATABASE_URL: await databaseUrl(t, dir, 'k.db'), KIOSQUE_SEED: 'none' } };
}

t.test('usage errors', async (t) => {
  const { env, out, lines, dir } = await setup(t);
  t.equal(await run(['import'], env, out), 2);
  t.match(lines[0], /import wordpress <export.xml>/);
  t.equal(await run(['import', 'joomla', WXR], env, out), 2, 'an unknown platform');
  t.equal(await run(['import', 'wordpress'], env, out), 2, 'no file');
  t.equal(await run(['import', 'wordpress', WXR, '--batch', '0'], env, out), 2);
  t.equal(await run(['import', 'wordpress', join(dir, 'none.xml')], env, out), 1);
  t.match(lines.at(-1), /none\.xml: no such file/);
  t.match((await run(['help'], env, out), lines.at(-1)), /import ghost <export.json>/, 'in the help');
});

t.test('an import prints what it did, every post that lost something goes to --report, a second one changes nothing', async (t) => {
  const { env, out, lines, dir } = await setup(t);
  const report = join(dir, 'report.jsonl');
  t.equal(await run(['import', 'wordpress', WXR, '--report', report], env, out), 0);
  t.match(lines.join('\n'), /Imported wordpress:https:\/\/www\.gazette-du-rhone\.example\n {2}posts: 10 created, 0 updated, 0 unchanged\n/);
  t.match(lines.join('\n'), /skipped: .*post type "page" \(1\)/);
  t.match(lines.join('\n'), /unknown, skipped: <wp:theme_settings> \(1\)/);
  t.match(lines.join('\n'), /time: first pass [\d.]+ s, reading [\d.]+ s, preparing bodies [\d.]+ s, writing [\d.]+ s/);
  const reports = readFileSync(report, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  t.same(reports.map((r) => r.key), ['10', '11', '14', '17']);
  t.match(lines, ['  10 "Municipales à Lyon : la majorité sortante dévoile son programme": comment not imported (2); also filed under another category (one section per article): Politique; block drawn by the site (not saved in the post) dropped: core/latest-posts; reusable block not carried over: 77; shortcode dropped (its text kept): [contact-form-7]']);

  const again: string[] = [];
  t.equal(await importCommand(loadConfig(env), ['wordpress', WXR, '--json'], (l) => again.push(l), true), 0, 'with a progress bar');
  t.match(JSON.parse(again.at(-1)!), { posts: { unchanged: 10 }, timings: { scan: Number } });
});

t.test('a dry run writes nothing; a post that fails makes the exit code 1; more than 20 notes are counted', async (t) => {
  const { env, out, lines, dir } = await setup(t);
  const many = join(dir, 'many.xml');
  const wxr = readFileSync(WXR, 'utf8');
  const item = (n: number) => `<item><title>Note ${n}</title><wp:post_id>${900 + n}</wp:post_id><wp:status>private</wp:status><wp:post_type>post</wp:post_type>`
    + `<content:encoded><![CDATA[Note ${n}.]]></content:encoded></item>`;
  writeFileSync(many, wxr.replace('</channel>', `${Array.from({ length: 25 }, (_, n) => item(n)).join('\n')}</channel>`));
  t.equal(await run(['import', 'wordpress', many, '--dry-run', '--lang', 'fr', '--site-url', 'https://ancien.example', '--default-section', 'Divers', '--report', join(dir, 'dry.jsonl')], env, out), 0);
  t.match(lines.join('\n'), /Dry run \(nothing written\) of wordpress:https:\/\/ancien\.example\n {2}posts: 35 to create, 0 to update, 0 unchanged/);
  t.match(lines.join('\n'), /… and 9 more in .*dry\.jsonl/);
  t.match(lines.join('\n'), /sections: 7 to create, 0 to update, 0 unchanged; /);
  t.equal(await run(['import', 'wordpress', many], env, () => {}), 0);
  const after: string[] = [];
  await run(['import', 'wordpress', many, '--dry-run'], env, (l) => after.push(l));
  t.match(after.join('\n'), /posts: 0 to create, 0 to update, 35 unchanged\n/);
  const taken: string[] = [];
  await run(['import', 'ghost', fixture('ghost-6.json'), '--dry-run', '--site-url', 'https://y.example'], env, (l) => taken.push(l));
  t.match(taken.join('\n'), /sections: 1 to create, 0 to update, 0 unchanged, 2 existing taken over; /, 'another source over the same sections');
  const ghost: string[] = [];
  t.equal(await run(['import', 'ghost', fixture('ghost-6.json'), '--report', join(dir, 'r.jsonl')], env, (l) => ghost.push(l)), 1);
  t.match(ghost.join('\n'), /posts: 5 created, 0 updated, 0 unchanged, 1 failed/);
  t.match(ghost.join('\n'), /sections: 1 created, 0 updated, 0 unchanged, 2 existing taken over; authors: 2 created/, 'Culture and Lyon were made by the WordPress import');
  const dry: string[] = [];
  await run(['import', 'ghost', fixture('ghost-6.json'), '--dry-run', '--site-url', 'https://x.example'], { ...env, DATABASE_URL: await databaseUrl(t, dir, 'other.db') }, (l) => dry.push(l));
  t.match(dry.join('\n'), /sections: 3 to create, 0 to update, 0 unchanged; authors: 2 to create/);
});

t.test('a malformed export: the error with its line and column, and what was imported before it', async (t) => {
  const { env, out, lines, dir } = await setup(t);
  const broken = join(dir, 'broken.xml');
  writeFileSync(broken, '<?xml version="1.0"?>\n<rss>\n<channel>\n<title>x</titel>\n</channel></rss>');
  t.equal(await run(['import', 'wordpress', broken, '--report', join(dir, 'broken.jsonl')], env, out), 1);
  t.match(lines, [/^error: .*broken\.xml:4:\d+: unexpected close tag/, 'before the error: 0 posts read, 0 created, 0 updated, 0 unchanged']);
});
