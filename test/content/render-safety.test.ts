import t, { type Test } from 'tap';
import { renderMarkdownSync } from '../../src/content/render.js';

// Whatever an editor (or a compromised editor account) writes, nothing that
// runs script may reach a page: not in html, not in blocks, not in text.
const UNSAFE = /<script|<iframe|<style|javascript:|vbscript:|data:|\son[a-z]+\s*=/i;

function assertSafe(t: Test, source: string) {
  const body = renderMarkdownSync(source);
  t.notMatch(body.html, UNSAFE, 'html');
  t.notMatch(JSON.stringify(body.blocks), UNSAFE, 'blocks');
  t.notMatch(body.text, UNSAFE, 'text');
  return body;
}

t.test('raw HTML blocks are dropped everywhere', async (t) => {
  const body = assertSafe(
    t,
    [
      'Avant.',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<iframe src="https://evil.example"></iframe>',
      '<style>body { display: none }</style>',
      'Après.',
    ].join('\n\n'),
  );
  t.equal(body.html, '<p>Avant.</p>\n<p>Après.</p>');
  t.equal(body.text, 'Avant.\n\nAprès.');
  t.equal(body.blocks.length, 2);
});

t.test('inline raw HTML is dropped, its neighbours kept', async (t) => {
  const body = assertSafe(t, 'Un <img src=x onerror=alert(1)> deux <b onclick="x()">trois</b>.');
  t.equal(body.html, '<p>Un  deux trois.</p>');
  t.same(body.blocks, [{ type: 'paragraph', content: [{ type: 'text', text: 'Un  deux trois.' }] }]);
});

t.test('a paragraph of nothing but raw HTML disappears', async (t) => {
  const body = assertSafe(t, '<b></b>');
  t.same(body.blocks, []);
  t.equal(body.html, '');
});

t.test('script URLs are refused in any spelling, keeping the link text', async (t) => {
  const sources = [
    '[a](javascript:alert(1))',
    '[a](JAVASCRIPT:alert(1))',
    '[a](java&#x09;script:alert(1))',
    '[a](&#106;avascript:alert(1))',
    '[a](javascript&#58;alert(1))',
    '[a](<  javascript:alert(1)>)',
    '[a](vbscript:msgbox(1))',
    '[a](data:text/html,<script>alert(1)</script>)',
  ];
  for (const source of sources) {
    const body = assertSafe(t, source);
    t.equal(body.html, '<p>a</p>', source);
    t.same(body.blocks, [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }], source);
  }
});

t.test('an autolink to a refused URL is dropped with its text (the text is the URL)', async (t) => {
  const body = assertSafe(t, 'Voir <javascript:alert(1)> ici');
  t.equal(body.html, '<p>Voir  ici</p>');
});

t.test('images with refused URLs are dropped', async (t) => {
  const body = assertSafe(t, '![x](data:text/html,<script>alert(1)</script>) ![y](JavaScript:alert(1)) fin');
  t.equal(body.html, '<p>  fin</p>');
  t.same(body.blocks, [{ type: 'paragraph', content: [{ type: 'text', text: 'fin' }] }]);
});

t.test('reference definitions are checked like inline URLs', async (t) => {
  const body = assertSafe(t, '[mal]: javascript:alert(1)\n[bien]: /ok "Titre"\n\n[x][mal] ![y][mal] [z][bien] ![w][bien]');
  t.equal(body.html, '<p>x  <a href="/ok" title="Titre">z</a> <img src="/ok" alt="w" title="Titre"></p>');
});

t.test('allowed URLs: http(s), mailto, tel and relative ones', async (t) => {
  const body = assertSafe(
    t,
    '[a](https://a.example/x) [b](HTTP://b.example) [c](mailto:redaction@example.fr) [d](tel:+33100000000) [e](/rubrique/article) [f](../g) [h](#ancre) [i](//cdn.example/x)',
  );
  t.equal(
    body.html,
    '<p><a href="https://a.example/x" rel="noopener">a</a> <a href="HTTP://b.example" rel="noopener">b</a> ' +
      '<a href="mailto:redaction@example.fr">c</a> <a href="tel:+33100000000">d</a> <a href="/rubrique/article">e</a> ' +
      '<a href="../g">f</a> <a href="#ancre">h</a> <a href="//cdn.example/x" rel="noopener">i</a></p>',
  );
});

t.test('control characters are removed from kept URLs', async (t) => {
  const body = renderMarkdownSync('[a](/x&#x09;y)');
  t.equal(body.html, '<p><a href="/xy">a</a></p>');
  t.same(body.blocks, [{ type: 'paragraph', content: [{ type: 'text', text: 'a', href: '/xy' }] }]);
});
