import { join } from 'node:path';
import fc from 'fast-check';
import t from 'tap';
import type { Root } from 'mdast';
import { renderForStorage, renderMarkdownSync, renderTreeForStorage } from '../../../src/content/render.js';
import { convertBody, type BodyJob } from '../../../src/modules/imports/convert/job.js';
import { asParsed } from '../../../src/modules/imports/convert/parsed.js';
import { prepareBody } from '../../../src/modules/imports/convert/prepare.js';
import { createMediaStore } from '../../../src/modules/imports/repository.js';
import { wordpressSource } from '../../../src/modules/imports/wordpress/reader.js';
import { ghostSource } from '../../../src/modules/imports/ghost/reader.js';
import { writeWxr } from '../../../bench/wxr.js';
import { createTextModel, prng } from '../../../bench/text.js';
import { demoArticles } from '../../../src/db/seed/index.js';
import { fixture, WXR } from './helpers.js';

// An import renders the tree its converter built (parsed.ts) instead of parsing the Markdown
// it wrote: what it stores must be exactly what rendering that Markdown gives, for the bodies
// of real-shaped exports, of the benchmark's generated one, and of generated HTML.

const outcome = (render: () => unknown) => {
  try {
    return render();
  } catch (error) {
    return (error as Error).message;
  }
};

/** Both renderings of a job: from its Markdown, and from its tree when asParsed takes it (else null). */
function bothWays(job: BodyJob) {
  const { markdown, tree } = convertBody(job);
  const parsed = asParsed(tree);
  return { markdown, fromMarkdown: outcome(() => renderForStorage(markdown)), fromTree: parsed && outcome(() => renderTreeForStorage(parsed)) };
}

async function jobsOf(kind: 'wordpress' | 'ghost', file: string): Promise<BodyJob[]> {
  const media = createMediaStore();
  const common = { defaultSection: 'Non classé', now: Date.UTC(2026, 0, 1) };
  const source = kind === 'wordpress' ? wordpressSource(file, media, common) : ghostSource(file, common);
  await source.scan();
  const jobs: BodyJob[] = [];
  for await (const post of source.posts()) {
    try {
      jobs.push(post.body.job());
    } catch { /* a post without a body (units.test.ts) */ }
  }
  media.close();
  return jobs;
}

t.test('the bodies of the test exports: rendered from the tree where it is taken, as from the Markdown', async (t) => {
  const jobs = [...await jobsOf('wordpress', WXR), ...await jobsOf('ghost', fixture('ghost-6.json'))];
  let taken = 0;
  for (const job of jobs) {
    const { fromMarkdown, fromTree } = bothWays(job);
    if (fromTree === null) continue;
    taken += 1;
    t.same(fromTree, fromMarkdown);
  }
  t.ok(taken >= jobs.length / 2, `${taken} of ${jobs.length} bodies rendered from their tree`);
  for (const job of jobs) {
    const prepared = prepareBody(job, 'fr', false);
    t.same(prepared.ok && prepared.body, renderForStorage(convertBody(job).markdown), 'what an import stores, whichever way it rendered');
  }
});

t.test('the benchmark\'s generated export: every body rendered from its tree, as from its Markdown', async (t) => {
  const file = join(t.testdir(), 'export.xml');
  await writeWxr(file, 150);
  const jobs = await jobsOf('wordpress', file);
  t.equal(jobs.length, 150);
  for (const job of jobs) {
    const { fromMarkdown, fromTree } = bothWays(job);
    t.not(fromTree, null, 'taken');
    if (JSON.stringify(fromTree) !== JSON.stringify(fromMarkdown)) t.same(fromTree, fromMarkdown);
  }
  t.pass('compared');
});

t.test('the dataset benchmark\'s article bodies, as HTML: rendered from their tree, as from their Markdown', async (t) => {
  const text = createTextModel(demoArticles, prng(3));
  for (let i = 0; i < 40; i++) {
    const { fromMarkdown, fromTree } = bothWays({ format: 'html', source: renderMarkdownSync(text.body(text.topic())).html });
    t.not(fromTree, null, 'taken');
    if (JSON.stringify(fromTree) !== JSON.stringify(fromMarkdown)) t.same(fromTree, fromMarkdown);
  }
});

const words = fc.constantFrom('le', 'été', 'e\u0301te\u0301', '*', '_', '`', '[', ']', '(', ')', '<', '>', '&amp;', '&lt;', '#', '-', '+', '1.', '2)', '!', '|', '~', '~~', '\\', 'www.exemple.fr', 'a@b.fr', 'https://x.fr/a_b', 'http://y.fr', '&nbsp;', ' ', '  ', '\n', '\t', 'ﬁ', 'Å', '=', '***', ':', 'x:', '---', '>', '  \n', '&#x20;');
const text = fc.array(words, { maxLength: 6 }).map((w) => w.join(''));
const url = fc.constantFrom('https://ex.fr/a', '/relatif', 'https://ex.fr/a b', 'https://ex.fr/(x)', 'javascript:alert(1)', 'mailto:a@b.fr', '', 'https://ex.fr/é', 'data:image/png;base64,xx', '//cdn.fr/i.jpg', 'https://ex.fr/a<b>');
const { block } = fc.letrec((tie) => ({
  inline: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(fc.constantFrom('em', 'strong', 'b', 'i', 's', 'del', 'code', 'span', 'u', 'sup'), fc.array(tie('inline'), { maxLength: 3 })).map(([t, c]) => `<${t}>${(c as string[]).join('')}</${t}>`),
    fc.tuple(url, fc.array(tie('inline'), { maxLength: 2 }), fc.option(text)).map(([u, c, title]) => `<a href="${u}"${title === null ? '' : ` title="${title}"`}>${(c as string[]).join('')}</a>`),
    fc.tuple(url, text).map(([u, alt]) => `<img src="${u}" alt="${alt}">`),
    fc.constant('<br>'),
    fc.tuple(url).map(([u]) => `<iframe src="${u}"></iframe>`),
  ),
  block: fc.oneof({ depthSize: 'small', withCrossShrink: true },
    fc.array(tie('inline'), { maxLength: 4 }).map((c) => `<p>${(c as string[]).join('')}</p>`),
    fc.tuple(fc.integer({ min: 1, max: 6 }), fc.array(tie('inline'), { maxLength: 3 })).map(([n, c]) => `<h${n}>${(c as string[]).join('')}</h${n}>`),
    fc.tuple(fc.constantFrom('ul', 'ol'), fc.array(fc.array(fc.oneof(tie('inline'), tie('block')), { maxLength: 2 }), { minLength: 1, maxLength: 3 })).map(([l, items]) => `<${l}>${(items as string[][]).map((i) => `<li>${i.join('')}</li>`).join('')}</${l}>`),
    fc.array(tie('block'), { maxLength: 3 }).map((c) => `<blockquote>${(c as string[]).join('')}</blockquote>`),
    fc.array(fc.array(fc.array(tie('inline'), { maxLength: 2 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }).map((rows) => `<table>${(rows as string[][][]).map((r, i) => `<tr>${r.map((c) => `<${i ? 'td' : 'th'}>${c.join('')}</${i ? 'td' : 'th'}>`).join('')}</tr>`).join('')}</table>`),
    fc.tuple(fc.option(fc.constantFrom('js', 'python', 'a b')), text).map(([lang, code]) => `<pre><code${lang ? ` class="language-${lang}"` : ''}>${code}</code></pre>`),
    fc.constant('<hr>'),
    fc.tuple(url, text, text).map(([u, alt, cap]) => `<figure><img src="${u}" alt="${alt}"><figcaption>${cap}</figcaption></figure>`),
    fc.array(tie('inline'), { maxLength: 3 }).map((c) => (c as string[]).join('')),
    fc.array(tie('block'), { maxLength: 2 }).map((c) => `<div>${(c as string[]).join('')}</div>`),
  ),
}));
const body = fc.array(block, { maxLength: 6 }).map((b) => b.join('\n'));


t.test('generated HTML: where the tree is taken, it renders as its Markdown does', async (t) => {
  let runs = 0;
  let taken = 0;
  fc.assert(fc.property(body, (html) => {
    runs += 1;
    const both = bothWays({ format: 'html', source: html, baseUrl: 'https://site.example/' });
    if (both.fromTree === null) return true;
    taken += 1;
    return JSON.stringify(both.fromTree) === JSON.stringify(both.fromMarkdown);
  }), { numRuns: 600, seed: 17 });
  t.equal(runs, 600);
  t.ok(taken > 100, `${taken} taken`);
});

t.test('what only the parser can tell is not taken (the Markdown is parsed)', async (t) => {
  const html = (source: string) => convertBody({ format: 'html', source }).tree;
  const cases: [string, Root][] = [
    ['raw Markdown (a Ghost Markdown card)', { type: 'root', children: [{ type: 'html', value: '*a*' }] }],
    ['a node the writer has its own way with', html('<pre><code>x</code></pre>')],
    ['an embed inside a paragraph', html('<p>a <iframe src="https://www.youtube.com/embed/x"></iframe></p>')],
    ['loose words where blocks are', { type: 'root', children: [{ type: 'text', value: 'a' }] }],
    ['text GFM may link', html('<p>écrire à a@b.example</p>')],
    ['a list item of two blocks', html('<ul><li><p>a</p><p>b</p></li></ul>')],
    ['a heading ending in a space', { type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'a ' }] }] }],
    ['a table cell starting with one', { type: 'root', children: [{ type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [{ type: 'text', value: ' a' }] }] }] }] }],
    ['text not in NFC', { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'e\u0301' }] }] }],
    ['an address not in NFC', { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'image', url: '/e\u0301.jpg', alt: 'a' }] }] }],
    ['code with spaces at an end', { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'inlineCode', value: ' x' }] }] }],
    ['a break at a paragraph\'s end', { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a' }, { type: 'break' }] }] }],
    ['a break outside a paragraph', { type: 'root', children: [{ type: 'heading', depth: 2, children: [{ type: 'text', value: 'a' }, { type: 'break' }, { type: 'text', value: 'b' }] }] }],
    ['empty emphasis', { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'a' }, { type: 'emphasis', children: [] }] }] }],
  ];
  for (const [name, tree] of cases) t.equal(asParsed(tree), null, name);
  const simple = html('<p>a <em>b</em>c<br>d <a href="https://x.example/">https://x.example/</a></p><ul><li>e</li></ul><p></p>');
  t.not(asParsed(simple), null, 'and what it can is');
});
