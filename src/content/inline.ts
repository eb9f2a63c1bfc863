import type { Image, PhrasingContent } from 'mdast';
import { MARKS, type ImageBlock, type Inline, type Mark, type TextSpan } from './blocks.js';
import type { SafeInline } from './markdown.js';

// Markdown inlines are a tree (a link inside bold inside italic); native
// clients get a flat run of spans, each carrying its marks and link.

interface Style {
  marks: Mark[];
  href?: string;
}

/** Images are block-level for clients, so flattening hands them back beside the spans. */
export type InlinePiece = Inline | ImageBlock;

export function flattenInline(nodes: PhrasingContent[], style: Style = { marks: [] }): InlinePiece[] {
  return (nodes as SafeInline[]).flatMap((node) => flattenNode(node, style));
}

function flattenNode(node: SafeInline, style: Style): InlinePiece[] {
  switch (node.type) {
    case 'text':
      return [span(node.value, style)];
    case 'inlineCode':
      return [span(node.value, withMark(style, 'code'))];
    case 'break':
      return [{ type: 'break' }];
    case 'emphasis':
      return flattenInline(node.children, withMark(style, 'italic'));
    case 'strong':
      return flattenInline(node.children, withMark(style, 'bold'));
    case 'delete':
      return flattenInline(node.children, withMark(style, 'strike'));
    case 'link':
      return flattenInline(node.children, { ...style, href: node.url });
    case 'image':
      return [imageBlock(node)];
  }
}

function imageBlock(image: Image): ImageBlock {
  // mdast types allow a null alt, but the parser always gives a string ('' when empty).
  const block: ImageBlock = { type: 'image', url: image.url, alt: image.alt as string };
  if (image.title) block.title = image.title;
  return block;
}

// Marks keep one fixed order so equal styles compare equal.
function withMark(style: Style, mark: Mark): Style {
  return { ...style, marks: MARKS.filter((m) => m === mark || style.marks.includes(m)) };
}

// A soft line break in the source is only a space in the text: a run of blanks
// holding a line break becomes one space. Each run is matched once, whole (a
// pattern that must find a line break inside the run backtracks over every run
// of spaces, and costs the square of its length).
const BLANKS = /[ \t\n]+/g;
const softBreaks = (text: string) => text.replace(BLANKS, (run) => (run.includes('\n') ? ' ' : run));

function span(text: string, style: Style): TextSpan {
  const result: TextSpan = { type: 'text', text: softBreaks(text) };
  if (style.marks.length > 0) result.marks = style.marks;
  if (style.href !== undefined) result.href = style.href;
  return result;
}

/** Inline content where images cannot stand alone (headings, table cells): an image reads as its alt text. */
export function inlineContent(nodes: PhrasingContent[]): Inline[] {
  const inlines = flattenInline(nodes).map((piece): Inline =>
    piece.type === 'image' ? { type: 'text', text: piece.alt } : piece,
  );
  return tidyInline(inlines);
}

/** Merges neighbouring spans of the same style and trims blank edges. */
export function tidyInline(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const inline of inlines) {
    const last = merged.at(-1);
    if (inline.type === 'text' && last?.type === 'text' && sameStyle(last, inline)) last.text += inline.text;
    else merged.push({ ...inline });
  }
  return trimEdges(merged);
}

function sameStyle(a: TextSpan, b: TextSpan): boolean {
  return a.href === b.href && String(a.marks) === String(b.marks);
}

const isBlank = (inline: Inline): boolean => inline.type === 'break' || inline.text.trim() === '';

function trimEdges(inlines: Inline[]): Inline[] {
  const start = inlines.findIndex((inline) => !isBlank(inline));
  if (start === -1) return [];
  const end = inlines.findLastIndex((inline) => !isBlank(inline));
  const kept = inlines.slice(start, end + 1);
  // Both ends are text now: breaks count as blank.
  const first = kept[0] as TextSpan;
  const last = kept[kept.length - 1] as TextSpan;
  first.text = first.text.trimStart();
  last.text = last.text.trimEnd();
  return kept;
}

/** Plain text of inline content; `lineBreak` stands for hard breaks. */
export function inlineText(inlines: Inline[], lineBreak = '\n'): string {
  return inlines.map((inline) => (inline.type === 'text' ? inline.text : lineBreak)).join('');
}
