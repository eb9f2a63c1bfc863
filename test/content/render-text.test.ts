import t from 'tap';
import { renderMarkdownSync } from '../../src/content/render.js';
import { createAnchors } from '../../src/content/to-blocks.js';
import { countWords, readingTimeMinutes, truncateText } from '../../src/content/to-text.js';

t.test('headings get their anchor as id, in blocks, html and toc alike', async (t) => {
  const body = renderMarkdownSync('## Débauchage de haut niveau : Meta frappe fort\n\nTexte.');
  t.same(body.toc, [
    { id: 'debauchage-de-haut-niveau-meta-frappe-fort', title: 'Débauchage de haut niveau : Meta frappe fort', level: 2 },
  ]);
  t.match(body.blocks[0], { type: 'heading', id: 'debauchage-de-haut-niveau-meta-frappe-fort' });
  t.match(body.html, '<h2 id="debauchage-de-haut-niveau-meta-frappe-fort">Débauchage de haut niveau : Meta frappe fort</h2>');
});

t.test('repeated and empty headings get distinct, stable anchors', async (t) => {
  const source = '## Contexte\n\n## Contexte\n\n## !!!\n\n## Contexte\n\n## …\n\n## Contexte 2';
  const ids = ['contexte', 'contexte-2', 'section', 'contexte-3', 'section-2', 'contexte-2-2'];
  const body = renderMarkdownSync(source);
  t.same(body.toc.map((entry) => entry.id), ids);
  for (const id of ids) t.match(body.html, `<h2 id="${id}">`);
  t.same(renderMarkdownSync(source).toc, body.toc, 'the same source gives the same anchors');
});

t.test('createAnchors numbers past a taken suffix', async (t) => {
  const anchor = createAnchors();
  t.same(['a', 'a-2', 'a', 'Ça'].map(anchor), ['a', 'a-2', 'a-3', 'ca']);
});

t.test('the toc lists top-level h2 and h3 only, in order', async (t) => {
  const body = renderMarkdownSync('# Un\n\n### Deux\n\n#### Trois\n\n> ## Cité\n\n- ## Listé\n\n## Quatre');
  t.same(body.toc, [
    { id: 'un', title: 'Un', level: 2 },
    { id: 'deux', title: 'Deux', level: 3 },
    { id: 'quatre', title: 'Quatre', level: 2 },
  ]);
  t.match(body.html, '<h4 id="trois">');
  t.match(body.html, '<h2 id="cite">', 'nested headings still carry an anchor');
});

t.test('text is plain: blocks apart, list items and table rows on their own lines', async (t) => {
  const source = [
    '## Le *titre*',
    'Un **paragraphe** avec [un lien](https://ex.fr) et `du code`.\\\nSecond vers.',
    '- un\n- deux\n  1. deux.un\n-\n- [x] trois',
    '> Citation\n>\n> Suite',
    '![image](/a.jpg)',
    'https://www.youtube.com/watch?v=abc',
    '```\nx = 1\n```',
    '| A | B |\n|---|---|\n| 1 | *2* |',
    '---',
    'Fin.',
  ].join('\n\n');
  t.equal(
    renderMarkdownSync(source).text,
    [
      'Le titre',
      'Un paragraphe avec un lien et du code.\nSecond vers.',
      'un\ndeux\ndeux.un\ntrois',
      'Citation\n\nSuite',
      'x = 1',
      'A\tB\n1\t2',
      'Fin.',
    ].join('\n\n'),
  );
});

t.test('word count treats elided and hyphenated French words as one word', async (t) => {
  t.equal(countWords('L’économie d’aujourd’hui, peut-être ; 3,5 % en 2025 !'), 6);
  t.equal(countWords("l'état"), 1);
  t.equal(countWords('1.000 ou 2,5, puis 3'), 5, 'a separator not followed by a digit splits');
  t.equal(countWords(''), 0);
  t.equal(countWords(' — … '), 0);
  t.equal(renderMarkdownSync('Un **deux** trois\n\n## quatre\n\n- cinq').wordCount, 5);
  t.equal(renderMarkdownSync('![une image](/a.jpg)').wordCount, 0);
});

t.test('reading time is words / 230, rounded, at least one minute', async (t) => {
  t.equal(readingTimeMinutes(0), 1);
  t.equal(readingTimeMinutes(344), 1);
  t.equal(readingTimeMinutes(345), 2);
  t.equal(readingTimeMinutes(2300), 10);
  const body = renderMarkdownSync('mot '.repeat(1000));
  t.equal(body.wordCount, 1000);
  t.equal(body.readingTimeMinutes, 4);
});

t.test('the summary is the first paragraph, cut near 300 characters between words', async (t) => {
  t.equal(renderMarkdownSync('## Titre\n\nPremier **paragraphe**,\nsur deux lignes.\n\nSecond.').summary, 'Premier paragraphe, sur deux lignes.');
  t.equal(renderMarkdownSync('Vers un\\\nvers deux').summary, 'Vers un vers deux');
  t.equal(renderMarkdownSync('## Titre seul\n\n- liste').summary, '');
  t.equal(renderMarkdownSync('').summary, '');

  const long = renderMarkdownSync('Une phrase de dix mots pour remplir le chapeau, voilà. '.repeat(10)).summary;
  t.ok(long.length <= 301, `${long.length} characters`);
  t.ok(long.length > 250);
  t.match(long, /[^\s,.]…$/);
  t.ok('Une phrase de dix mots pour remplir le chapeau, voilà. '.repeat(10).startsWith(long.slice(0, -1)));
});

t.test('truncateText cuts between words, or inside one very long word', async (t) => {
  t.equal(truncateText('court', 10), 'court');
  t.equal(truncateText('exactement', 10), 'exactement');
  t.equal(truncateText('un deux trois', 7), 'un deux…', 'a space right after the limit is a clean cut');
  t.equal(truncateText('un, deux trois', 4), 'un…', 'punctuation before the cut goes');
  t.equal(truncateText('anticonstitutionnellement', 8), 'anticons…');
  t.equal(truncateText('😀😀😀😀', 3), '😀😀😀…', 'lengths count characters, not UTF-16 units');
});

t.test('an empty body renders to nothing', async (t) => {
  t.same(renderMarkdownSync(''), { blocks: [], html: '', text: '', toc: [], wordCount: 0, readingTimeMinutes: 1, summary: '' });
});
