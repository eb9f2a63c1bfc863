import type { List, Nodes, Parent, Root, RootContent } from 'mdast';

// The renderer parses Markdown (micromark) into a syntax tree; the converters build
// that tree first and write it as Markdown (markdown.ts). Parsing it again only to
// render it was the largest cost of an import: asParsed gives the tree the parser
// would give, from the converter's own, so the import renders that instead. Where
// the two could differ, it says so (null) and the import parses the Markdown.
// test/modules/imports/parsed.test.ts renders both ways over exports' bodies.

/** Node types whose Markdown parses back into the node they were written from (with the fixes below). */
const CARRIED = new Set(['root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'table', 'tableRow',
  'tableCell', 'text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image']);

/** Nodes that hold phrasing (inline) content only, and that content. */
const INLINE_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link']);
const INLINE = new Set(['text', 'emphasis', 'strong', 'delete', 'inlineCode', 'break', 'link', 'image']);

const ATTENTION = new Set(['emphasis', 'strong', 'delete']);

/** A line break the parser keeps as it is: between words of a paragraph (at its edges, or beside a space, it is not). */
const between = (before: RootContent | undefined, after: RootContent | undefined) =>
  before?.type === 'text' && after?.type === 'text' && /\S$/.test(before.value) && /^\S/.test(after.value);

const normal = (value: string | null | undefined) => !value || value === value.normalize('NFC');

const edge = (node: RootContent | undefined, space: RegExp) => node?.type === 'text' && space.test(node.value);

/** Text GFM may make a link of (www.…, https://…, an address), escaped or not, outside a link: only the parser knows. */
const AUTOLINK_LIKE = /@|www\.|:\/\/|mailto:|xmpp:/i;

/**
 * The tree micromark would parse from serialize(tree)'s Markdown, built from
 * `tree` (which it changes), or null when only parsing can tell: raw Markdown
 * (an `html` node, written as it is), a node of a kind not listed above, or
 * a block where text was expected (an embed's paragraph inside a paragraph)
 * or text where blocks were, a list of more than a paragraph per item, a
 * heading or table cell with spaces at an end, text not in NFC,
 * text that may be a link to GFM.
 */
export function asParsed(tree: Root): Root | null {
  return fix(tree) ? tree : null;
}

/** Brings a node's children to what the parser gives; false when the node's Markdown must be parsed. */
function fix(node: Nodes, inLink = false): boolean {
  if (!CARRIED.has(node.type)) return false;
  delete node.position;
  if (node.type === 'text' && !inLink && AUTOLINK_LIKE.test(node.value)) return false;
  // Code is written between backticks the parser strips spaces inside and pairs with any other backtick.
  if (node.type === 'inlineCode' && !/^[^\s`]([^\n`]*[^\s`])?$/.test(node.value)) return false;
  // The renderer normalises the Markdown (NFC), where the writer may have escaped a combining character.
  if (!normal((node as { value?: string }).value) || !normal((node as { url?: string }).url)
    || !normal((node as { alt?: string }).alt) || !normal((node as { title?: string }).title)) return false;
  if (!('children' in node)) return true;
  if (node.type === 'list' && !simpleList(node)) return false;
  const children: RootContent[] = [];
  const inline = INLINE_PARENTS.has(node.type);
  const all = (node as Parent).children;
  // Empty emphasis is written as its markers, which parse as text.
  if (ATTENTION.has(node.type) && all.length === 0) return false;
  for (const [i, child] of all.entries()) {
    // Text where blocks are expected (a fragment's loose words) is written as a paragraph.
    if (inline !== INLINE.has(child.type) || !fix(child, inLink || node.type === 'link')) return false;
    if (child.type === 'break' && !(node.type === 'paragraph' && between(all[i - 1], all[i + 1]))) return false;
    const last = children.at(-1);
    // The parser makes one text node of adjacent text.
    if (child.type === 'text' && last?.type === 'text') last.value += child.value;
    else if (!(child.type === 'text' && child.value === '')) children.push(child);
  }
  // The parser trims a cell's or a heading's content (a paragraph's, the writer protects).
  if ((node.type === 'tableCell' || node.type === 'heading') && (edge(children[0], /^\s/) || edge(children.at(-1), /\s$/))) return false;
  (node as Parent).children = children.filter((c) => !(c.type === 'paragraph' && c.children.length === 0));
  return true;
}

/**
 * A list of items of one paragraph each (or none), the only lists taken: the
 * parser tells a loose list from a tight one by the blank lines the writer
 * leaves between blocks, which depends on more than the tree says. Such a
 * list is written loose when it says it is, and every item is then as loose.
 */
function simpleList(list: List): boolean {
  if (!list.children.every((item) => item.children.length === 0 || (item.children.length === 1 && item.children[0].type === 'paragraph'))) return false;
  list.spread = Boolean(list.spread);
  for (const item of list.children) item.spread = list.spread;
  return true;
}
