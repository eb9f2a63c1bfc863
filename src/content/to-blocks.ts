import type { Heading, Link, List, Paragraph, RootContent, Table, TableCell } from 'mdast';
import type {
  Block,
  EmbedBlock,
  HeadingBlock,
  Inline,
  ListBlock,
  TableBlock,
} from './blocks.js';
import { flattenInline, inlineContent, inlineText, tidyInline } from './inline.js';
import { isBareLink, type SafeBlock, type SafeRoot } from './markdown.js';
import { slugify } from './slug.js';

type Anchor = (headingText: string) => string;

/** Enough of a heading's text for its anchor: slugs are cut at 120 characters anyway. */
const ANCHOR_SOURCE_LENGTH = 1000;

/**
 * Anchors for headings, unique within one body and stable across renders of
 * the same source: a repeated heading gets -2, -3…; one with no letters left
 * is "section". Each base remembers the last number it gave, so a body of n
 * equal headings costs n lookups, not n²/2.
 */
export function createAnchors(): Anchor {
  const used = new Set<string>();
  const next = new Map<string, number>();
  return (headingText) => {
    const base = slugify(headingText.slice(0, ANCHOR_SOURCE_LENGTH)) || 'section';
    let id = base;
    if (used.has(id)) {
      let n = next.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n += 1;
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(id);
    return id;
  };
}

/**
 * The typed block tree of a parsed body. It also writes each heading's anchor
 * onto the tree (as its HTML id), so render the HTML after the blocks.
 */
export function toBlocks(tree: SafeRoot): Block[] {
  return convertAll(tree.children, createAnchors());
}

function convertAll(nodes: RootContent[], anchor: Anchor): Block[] {
  return (nodes as SafeBlock[]).flatMap((node) => convert(node, anchor));
}

function convert(node: SafeBlock, anchor: Anchor): Block[] {
  switch (node.type) {
    case 'heading':
      return [heading(node, anchor)];
    case 'paragraph':
      return paragraph(node);
    case 'list':
      return [list(node, anchor)];
    case 'blockquote':
      return [{ type: 'quote', children: convertAll(node.children, anchor) }];
    case 'code':
      return [node.lang ? { type: 'code', lang: node.lang, text: node.value } : { type: 'code', text: node.value }];
    case 'table':
      return [table(node)];
    case 'thematicBreak':
      return [{ type: 'rule' }];
  }
}

function heading(node: Heading, anchor: Anchor): HeadingBlock {
  const content = inlineContent(node.children);
  const text = inlineText(content, ' ');
  const id = anchor(text);
  node.data = { hProperties: { id } };
  return { type: 'heading', level: node.depth, id, text, content };
}

// Images are blocks, so a paragraph around an image is split into the text
// before it, the image and the text after it.
function paragraph(node: Paragraph): Block[] {
  const embed = toEmbed(node);
  if (embed) return [embed];
  const blocks: Block[] = [];
  let run: Inline[] = [];
  const flush = () => {
    const content = tidyInline(run);
    if (content.length > 0) blocks.push({ type: 'paragraph', content });
    run = [];
  };
  for (const piece of flattenInline(node.children)) {
    if (piece.type === 'image') {
      flush();
      blocks.push(piece);
    } else run.push(piece);
  }
  flush();
  return blocks;
}

// A web address alone in its paragraph is something to embed (a video, a
// post), the way editors paste them in a CMS.
function toEmbed(node: Paragraph): EmbedBlock | undefined {
  const [only] = node.children;
  if (node.children.length !== 1 || only.type !== 'link') return undefined;
  if (!isEmbeddable(only)) return undefined;
  const provider = new URL(only.url).hostname.replace(/^www\./, '');
  return { type: 'embed', url: only.url, provider };
}

function isEmbeddable(link: Link): boolean {
  return isBareLink(link) && /^https?:\/\//i.test(link.url) && URL.canParse(link.url);
}

function list(node: List, anchor: Anchor): ListBlock {
  const block: ListBlock = {
    type: 'list',
    ordered: node.ordered === true,
    items: node.children.map((item) => convertAll(item.children, anchor)),
  };
  if (typeof node.start === 'number') block.start = node.start;
  if (node.children.some((item) => typeof item.checked === 'boolean')) {
    block.checked = node.children.map((item) => item.checked ?? null);
  }
  return block;
}

function table(node: Table): TableBlock {
  // GFM gives every column an alignment, and rows may be shorter or longer
  // than the header: they are cut or padded to its width, as in the HTML.
  const align = node.align as TableBlock['align'];
  const [header, ...rows] = node.children;
  const cells = (row: Table['children'][number]) => align.map((_, i) => cellContent(row.children[i]));
  return { type: 'table', align, header: cells(header), rows: rows.map(cells) };
}

function cellContent(cell: TableCell | undefined): Inline[] {
  return cell === undefined ? [] : inlineContent(cell.children);
}
