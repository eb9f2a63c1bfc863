import t from 'tap';
import { BODY_LIMITS, BodyLimitError, checkSize, type BodyLimits, type LimitExceeded } from '../../src/content/limits.js';
import { renderForStorage, renderMarkdownSync } from '../../src/content/render.js';

/** The limit a body is refused for, or null when it renders. */
function refusal(source: string, limits: BodyLimits = BODY_LIMITS): LimitExceeded | null {
  try {
    renderForStorage(source, limits);
    return null;
  } catch (error) {
    if (error instanceof BodyLimitError) return error.exceeded;
    throw error;
  }
}

t.test('nesting deeper than the cap is refused before any recursive step reads the tree', async (t) => {
  // Root, 40 quotes, a paragraph and its text: 42 levels.
  t.same(refusal(`${'>'.repeat(40)} a`), { limit: 'depth', maximum: 40, actual: 41 });
  t.equal(refusal(`${'>'.repeat(38)} a`), null, 'at the cap it renders');
  t.same(refusal(`${'>'.repeat(2000)} a`), { limit: 'depth', maximum: 40, actual: 41 }, 'far deeper than a recursive walk allows');
  t.match(refusal(`${'*'.repeat(100)}a${'*'.repeat(100)}`), { limit: 'depth' }, 'inline nesting counts too');
});

t.test('headings are capped, anchors numbered past the ones taken', async (t) => {
  t.same(refusal('# a\n'.repeat(BODY_LIMITS.headings + 1)), { limit: 'headings', maximum: 1000, actual: 1001 });
  const { toc } = renderMarkdownSync(`## a 2\n\n${'## a\n\n'.repeat(BODY_LIMITS.headings - 1)}`);
  const ids = toc.map((entry) => entry.id);
  t.same(ids.slice(0, 4), ['a-2', 'a', 'a-3', 'a-4'], 'a-2 was taken by the first heading');
  t.equal(ids.at(-1), 'a-1000');
  t.equal(new Set(ids).size, ids.length, 'every anchor is unique');
});

t.test('a heading of any length gets an anchor from its beginning', async (t) => {
  const { toc } = renderMarkdownSync(`## ${'mot '.repeat(50_000)}`);
  t.match(toc[0].id, /^mot-mot-/);
  t.ok(toc[0].id.length <= 120);
});

t.test('table cells count at the header width rows are padded to', async (t) => {
  const table = (width: number, rows: number) => `|${'a|'.repeat(width)}\n|${'-|'.repeat(width)}\n${'|a\n'.repeat(rows)}`;
  t.same(refusal(table(200, 100)), { limit: 'tableCells', maximum: 20_000, actual: 20_200 }, 'the header row is a row too');
  t.equal(refusal(table(100, 150)), null);
  t.match(refusal(`${table(100, 120)}\n${table(100, 120)}`), { limit: 'tableCells', actual: 24_200 }, 'all tables together');
});

t.test('what every rendering repeats is counted before any is built', async (t) => {
  const address = `https://exemple.fr/${'a'.repeat(1000)}`;
  // 80 characters of references expand to 20 addresses of 1,018 characters; 8,400 to over 2 million.
  t.equal(refusal(`[x]: ${address}\n\n${'[x] '.repeat(20)}`), null);
  t.match(refusal(`[x]: ${address}\n\n${'[x] '.repeat(2100)}`), { limit: 'outputCharacters', maximum: 2_000_000 });
  const small = { ...BODY_LIMITS, outputCharacters: 1000 };
  t.match(refusal(`![${'a'.repeat(600)}](/i.jpg "${'b'.repeat(400)}")`, small), { limit: 'outputCharacters', actual: 600 + 6 + 400 },
    'alt texts and titles count');
  // Trees built by code (imports, tests) may leave an image's alt text out: it counts nothing.
  const image = (alt: string | null) => ({ type: 'root' as const, children: [{ type: 'image' as const, url: '/i.jpg', alt }] });
  t.doesNotThrow(() => checkSize(image(null), { ...BODY_LIMITS, outputCharacters: 6 }));
  const refused = (() => {
    try {
      checkSize(image('a'), { ...BODY_LIMITS, outputCharacters: 6 });
    } catch (error) {
      return error;
    }
  })();
  t.match(refused, { exceeded: { limit: 'outputCharacters', actual: 7 } }, 'an alt text counts');
});

t.test('the rendered HTML and blocks are capped too', async (t) => {
  // Markup around each item outweighs its text: 100 one-letter items are over 6,000 characters of blocks.
  const small = { ...BODY_LIMITS, outputCharacters: 5000 };
  const refused = refusal('- a\n'.repeat(100), small)!;
  t.match(refused, { limit: 'outputCharacters', maximum: 5000 });
  t.ok(refused.actual! > 6000, 'the size of the rendering, not of its text');
  t.equal(refusal('- a\n'.repeat(70), small), null);
});

t.test('runs of blanks collapse to one space only around a line break', async (t) => {
  const [paragraph] = renderMarkdownSync(`a${' '.repeat(150_000)}b\nc \t\n\t d`).blocks;
  t.same(paragraph, { type: 'paragraph', content: [{ type: 'text', text: `a${' '.repeat(150_000)}b c d` }] });
});

t.test('the stored form carries the blocks and contents as JSON', async (t) => {
  const stored = renderForStorage('## Titre\n\nTexte.');
  const rendered = renderMarkdownSync('## Titre\n\nTexte.');
  t.same(JSON.parse(stored.blocks), rendered.blocks);
  t.same(JSON.parse(stored.toc), rendered.toc);
  t.equal(stored.html, rendered.html);
});
