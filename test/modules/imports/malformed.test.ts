import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import t, { type Test } from 'tap';
import { admin, makeApp, tempDir } from '../../helpers.js';
import { MalformedExport } from '../../../src/modules/imports/errors.js';
import { fixture, importFile, variant, WXR } from './helpers.js';

const dir = tempDir('import-bad');
const write = (name: string, text: string) => {
  writeFileSync(join(dir, name), text);
  return join(dir, name);
};

async function fails(t: Test, run: Promise<unknown>, line: unknown, column: unknown, reason: RegExp) {
  const error = await run.then(() => null, (e: unknown) => e);
  t.type(error, MalformedExport);
  t.match(error, { line, column, reason });
}

t.test('a WXR file that is not well-formed stops with its line and column, before anything is written', async (t) => {
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  const broken = variant(dir, WXR, 'broken.xml', [['<wp:post_id>16</wp:post_id>', '<wp:post_id>16</wp:postid>']]);
  const line = readFileSync(broken, 'utf8').split('\n').findIndex((l) => l.includes('</wp:postid>')) + 1;
  await fails(t, importFile(test, 'wordpress', broken), line, 28, /unexpected close tag/);
  t.equal((await test.app.inject({ method: 'GET', url: '/v1/sections', headers: admin })).json().data.length, 0, 'nothing half-imported');

  const text = readFileSync(WXR, 'utf8');
  const head = text.slice(0, text.indexOf('<wp:post_id>16'));
  await fails(t, importFile(test, 'wordpress', write('truncated.xml', head)), head.split('\n').length, Number, /unclosed tag|end/i);
  await fails(t, importFile(test, 'wordpress', write('empty.xml', '')), 1, 0, /root element/);
  await fails(t, importFile(test, 'wordpress', write('html.xml', '<html><body></body></html>')), 1, 6, /not a WordPress export/);
  await fails(t, importFile(test, 'wordpress', write('nochannel.xml', '<rss><item/></rss>')), 1, 12, /<item> where <channel> was expected/);
  await fails(t, importFile(test, 'wordpress', write('entity.xml', '<rss><channel><title>A&nbsp;B</title></channel></rss>')), 1, 28, /^undefined entity/);
});

t.test('a Ghost file that is not JSON stops with its line and column; JSON that is not a Ghost export says so', async (t) => {
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  const text = readFileSync(fixture('ghost-6.json'), 'utf8');
  const at = text.indexOf('"slug": "logement-villeurbanne"');
  const broken = write('broken.json', `${text.slice(0, at)}"slug" "logement-villeurbanne"${text.slice(at + 31)}`);
  const line = text.slice(0, at).split('\n').length;
  await fails(t, importFile(test, 'ghost', broken), line, Number, /expected ':'/);
  await fails(t, importFile(test, 'ghost', write('other.json', '{"posts": []}')), null, null, /not a Ghost export/);
  await fails(t, importFile(test, 'ghost', write('empty.json', '')), 1, 1, /^expected a value/);
  const error = await importFile(test, 'ghost', dir).then(() => null, (e: unknown) => e);
  t.match(error, { code: 'EISDIR' }, 'a file that cannot be read is not said to be malformed');
  t.equal((await test.app.inject({ method: 'GET', url: '/v1/articles', headers: admin })).json().data.length, 0);
});

t.test('a file that breaks during the second pass keeps the batches written before it', async (t) => {
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  const file = join(dir, 'changing.xml');
  writeFileSync(file, readFileSync(WXR, 'utf8'));
  const run = importFile(test, 'wordpress', file, {
    batchSize: 2,
    // The file changes between the passes: the second finds it broken at post 16, after six posts.
    onStart: () => writeFileSync(file, readFileSync(WXR, 'utf8').replace('<wp:post_id>16</wp:post_id>', '<wp:post_id>16</wp:post>')),
  });
  await fails(t, run, Number, Number, /unexpected close tag/);
  const count = (await test.app.inject({ method: 'GET', url: '/v1/articles?limit=100', headers: admin })).json().data.length;
  t.equal(count, 6, 'the posts before the error are there');
});

t.test('a renderer that fails for its own reasons stops the import; no post of that batch is written', async (t) => {
  const test = await makeApp(t, {}, { cacheBytes: 0 });
  const renderer = { renderMarkdown: () => Promise.reject(new Error('the render pool is gone')) };
  await t.rejects(importFile(test, 'wordpress', WXR, { renderer }), /the render pool is gone/);
  const count = (await test.app.inject({ method: 'GET', url: '/v1/articles?limit=100', headers: admin })).json().data.length;
  t.equal(count, 0, 'no post was written');
});
