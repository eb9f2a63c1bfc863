import t from 'tap';
import { Value } from 'typebox/value';
import { type Block, BlockSchema } from '../../src/content/blocks.js';
import { renderMarkdownSync } from '../../src/content/render.js';

function blocksOf(source: string): Block[] {
  return renderMarkdownSync(source).blocks;
}

// Every body a test renders must also be a valid BlockSchema tree.
const rendered: Block[][] = [];
function checked(source: string): Block[] {
  const blocks = blocksOf(source);
  rendered.push(blocks);
  return blocks;
}

t.test('headings carry level, anchor, plain text and inline content; h1 becomes h2', async (t) => {
  t.same(checked('# Le **grand** titre\n\n###### Petit'), [
    {
      type: 'heading',
      level: 2,
      id: 'le-grand-titre',
      text: 'Le grand titre',
      content: [
        { type: 'text', text: 'Le ' },
        { type: 'text', text: 'grand', marks: ['bold'] },
        { type: 'text', text: ' titre' },
      ],
    },
    { type: 'heading', level: 6, id: 'petit', text: 'Petit', content: [{ type: 'text', text: 'Petit' }] },
  ]);
});

t.test('an image in a heading reads as its alt text', async (t) => {
  const [heading] = checked('## Titre ![logo](/l.png) **fin**');
  t.match(heading, { text: 'Titre logo fin', content: [{ text: 'Titre logo ' }, { text: 'fin', marks: ['bold'] }] });
  t.match(checked('## ![](/l.png)'), [{ type: 'heading', id: 'section', text: '', content: [] }]);
});

t.test('paragraphs are flat spans: nested marks and links are folded into each span', async (t) => {
  t.same(checked('Un **gras *et italique* [lien](https://ex.fr)** ~~barré~~ `code` fin.'), [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Un ' },
        { type: 'text', text: 'gras ', marks: ['bold'] },
        { type: 'text', text: 'et italique', marks: ['bold', 'italic'] },
        { type: 'text', text: ' ', marks: ['bold'] },
        { type: 'text', text: 'lien', marks: ['bold'], href: 'https://ex.fr' },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'barré', marks: ['strike'] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'code', marks: ['code'] },
        { type: 'text', text: ' fin.' },
      ],
    },
  ]);
});

t.test('marks keep one order and never repeat', async (t) => {
  t.same(checked('*__a__* **_b_** ***~~c~~***'), [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'a', marks: ['bold', 'italic'] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'b', marks: ['bold', 'italic'] },
        { type: 'text', text: ' ' },
        { type: 'text', text: 'c', marks: ['bold', 'italic', 'strike'] },
      ],
    },
  ]);
  t.same(checked('*a *b* c*'), [{ type: 'paragraph', content: [{ type: 'text', text: 'a b c', marks: ['italic'] }] }]);
});

t.test('soft line breaks are spaces, hard breaks are break spans', async (t) => {
  t.same(checked('un\ndeux  \ntrois\\\nquatre'), [
    {
      type: 'paragraph',
      content: [{ type: 'text', text: 'un deux' }, { type: 'break' }, { type: 'text', text: 'trois' }, { type: 'break' }, { type: 'text', text: 'quatre' }],
    },
  ]);
});

t.test('images are blocks: a paragraph around one is split', async (t) => {
  t.same(checked('![Photo](/a.jpg "Au marché")'), [{ type: 'image', url: '/a.jpg', alt: 'Photo', title: 'Au marché' }]);
  t.same(checked('Avant\\\n![](/b.jpg)\\\naprès'), [
    { type: 'paragraph', content: [{ type: 'text', text: 'Avant' }] },
    { type: 'image', url: '/b.jpg', alt: '' },
    { type: 'paragraph', content: [{ type: 'text', text: 'après' }] },
  ]);
  t.same(checked('[![alt](/c.jpg)](https://ex.fr)'), [{ type: 'image', url: '/c.jpg', alt: 'alt' }]);
});

t.test('a URL alone in its paragraph becomes an embed', async (t) => {
  t.same(checked('https://www.youtube.com/watch?v=abc'), [
    { type: 'embed', url: 'https://www.youtube.com/watch?v=abc', provider: 'youtube.com' },
  ]);
  t.same(checked('<https://x.com/lemondefr/status/1>'), [
    { type: 'embed', url: 'https://x.com/lemondefr/status/1', provider: 'x.com' },
  ]);
  t.same(checked('www.example.com/page'), [{ type: 'embed', url: 'http://www.example.com/page', provider: 'example.com' }]);
});

t.test('links that are not a bare web address stay links', async (t) => {
  const link = (text: string, href: string, marks?: string[]) => ({ type: 'text', text, href, ...(marks && { marks }) });
  t.same(checked('[Le Monde](https://lemonde.fr)'), [{ type: 'paragraph', content: [link('Le Monde', 'https://lemonde.fr')] }]);
  t.same(checked('[**b**](https://x.fr)'), [{ type: 'paragraph', content: [link('b', 'https://x.fr', ['bold'])] }]);
  t.same(checked('[a *b*](https://x.fr)'), [
    { type: 'paragraph', content: [link('a ', 'https://x.fr'), link('b', 'https://x.fr', ['italic'])] },
  ]);
  t.same(checked('<tel:+33100000000>'), [{ type: 'paragraph', content: [link('tel:+33100000000', 'tel:+33100000000')] }]);
  t.same(checked('<http://[::1>'), [{ type: 'paragraph', content: [link('http://[::1', 'http://[::1')] }]);
  t.same(checked('Voir https://ex.fr'), [
    { type: 'paragraph', content: [{ type: 'text', text: 'Voir ' }, link('https://ex.fr', 'https://ex.fr')] },
  ]);
});

t.test('lists: ordered with start, unordered, nested', async (t) => {
  t.same(checked('3. trois\n   - a\n   - b\n4. quatre\n\n   suite'), [
    {
      type: 'list',
      ordered: true,
      start: 3,
      items: [
        [
          { type: 'paragraph', content: [{ type: 'text', text: 'trois' }] },
          {
            type: 'list',
            ordered: false,
            items: [
              [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }],
              [{ type: 'paragraph', content: [{ type: 'text', text: 'b' }] }],
            ],
          },
        ],
        [
          { type: 'paragraph', content: [{ type: 'text', text: 'quatre' }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'suite' }] },
        ],
      ],
    },
  ]);
});

t.test('task lists say which items are checked', async (t) => {
  t.same(checked('- [x] fait\n- [ ] à faire\n- note'), [
    {
      type: 'list',
      ordered: false,
      items: [
        [{ type: 'paragraph', content: [{ type: 'text', text: 'fait' }] }],
        [{ type: 'paragraph', content: [{ type: 'text', text: 'à faire' }] }],
        [{ type: 'paragraph', content: [{ type: 'text', text: 'note' }] }],
      ],
      checked: [true, false, null],
    },
  ]);
});

t.test('quotes hold blocks', async (t) => {
  t.same(checked('> « Citation »\n>\n> — Auteur'), [
    {
      type: 'quote',
      children: [
        { type: 'paragraph', content: [{ type: 'text', text: '« Citation »' }] },
        { type: 'paragraph', content: [{ type: 'text', text: '— Auteur' }] },
      ],
    },
  ]);
});

t.test('code blocks keep their language when given', async (t) => {
  t.same(checked('```ts\nconst a = 1;\n```\n\n    indenté'), [
    { type: 'code', lang: 'ts', text: 'const a = 1;' },
    { type: 'code', text: 'indenté' },
  ]);
});

t.test('tables: alignment per column, rows cut or padded to the header', async (t) => {
  t.match(checked('| Ville | Pop. | Note |\n|:--|--:|:-:|---|\n'), [{ type: 'paragraph' }], 'a delimiter row that does not match is no table');
  const [table] = checked('| Ville | **Pop.** | Rang | Note |\n|:--|--:|:-:|---|\n| Paris | 2,1 M |\n| Lyon | 0,5 M | 3 | x | trop |');
  t.same(table, {
    type: 'table',
    align: ['left', 'right', 'center', null],
    header: [
      [{ type: 'text', text: 'Ville' }],
      [{ type: 'text', text: 'Pop.', marks: ['bold'] }],
      [{ type: 'text', text: 'Rang' }],
      [{ type: 'text', text: 'Note' }],
    ],
    rows: [
      [[{ type: 'text', text: 'Paris' }], [{ type: 'text', text: '2,1 M' }], [], []],
      [[{ type: 'text', text: 'Lyon' }], [{ type: 'text', text: '0,5 M' }], [{ type: 'text', text: '3' }], [{ type: 'text', text: 'x' }]],
    ],
  });
});

t.test('thematic breaks are rules', async (t) => {
  t.same(checked('a\n\n---\n\nb'), [
    { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
    { type: 'rule' },
    { type: 'paragraph', content: [{ type: 'text', text: 'b' }] },
  ]);
});

t.test('footnotes stay readable: the reference as [n], the note as a paragraph led by it', async (t) => {
  t.same(checked('Texte[^1].\n\n[^1]: Voir *ceci*.'), [
    { type: 'paragraph', content: [{ type: 'text', text: 'Texte[1].' }] },
    {
      type: 'paragraph',
      content: [{ type: 'text', text: '[1] Voir ' }, { type: 'text', text: 'ceci', marks: ['italic'] }, { type: 'text', text: '.' }],
    },
  ]);
  t.same(checked('Texte[^n].\n\n[^n]: > cité'), [
    { type: 'paragraph', content: [{ type: 'text', text: 'Texte[n].' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '[n]' }] },
    { type: 'quote', children: [{ type: 'paragraph', content: [{ type: 'text', text: 'cité' }] }] },
  ]);
  t.same(checked('Texte[^v].\n\n[^v]:'), [
    { type: 'paragraph', content: [{ type: 'text', text: 'Texte[v].' }] },
    { type: 'paragraph', content: [{ type: 'text', text: '[v]' }] },
  ]);
});

t.test('every block produced above validates against BlockSchema', async (t) => {
  t.ok(rendered.length > 10);
  for (const blocks of rendered) for (const block of blocks) t.ok(Value.Check(BlockSchema, block), block.type);
});

t.test('BlockSchema rejects what clients could not render', async (t) => {
  const paragraph = (content: unknown) => ({ type: 'paragraph', content });
  t.ok(Value.Check(BlockSchema, { type: 'quote', children: [{ type: 'list', ordered: false, items: [[paragraph([])]] }] }));
  t.notOk(Value.Check(BlockSchema, { type: 'quote', children: [{ type: 'list', ordered: false, items: [[paragraph([{ type: 'text' }])]] }] }));
  t.notOk(Value.Check(BlockSchema, paragraph([{ type: 'text', text: 'a', marks: ['underline'] }])));
  t.notOk(Value.Check(BlockSchema, { type: 'heading', level: 1, id: 'a', text: 'a', content: [] }));
  t.notOk(Value.Check(BlockSchema, { type: 'heading', level: 2, id: 'Pas un slug', text: 'a', content: [] }));
  t.notOk(Value.Check(BlockSchema, { type: 'video', url: 'https://x' }));
  t.notOk(Value.Check(BlockSchema, { type: 'rule', extra: true }));
});
