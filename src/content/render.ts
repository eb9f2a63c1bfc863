import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { Block, TocEntry } from './blocks.js';
import { BODY_LIMITS, checkOutput, type BodyLimits } from './limits.js';
import type { Root } from 'mdast';
import { parseMarkdown, sanitizeTree, type SafeRoot } from './markdown.js';
import { toBlocks } from './to-blocks.js';
import { blocksToText, countWords, readingTimeMinutes, summarize } from './to-text.js';

/** Everything derived from an article body, computed once when it is written. */
export interface RenderedBody {
  blocks: Block[];
  html: string;
  text: string;
  toc: TocEntry[];
  wordCount: number;
  readingTimeMinutes: number;
  summary: string;
}

/** A rendering as an article row stores it: the blocks and the contents as JSON text. */
export interface StoredBody extends Omit<RenderedBody, 'blocks' | 'toc'> {
  blocks: string;
  toc: string;
}

/**
 * Renders Markdown (CommonMark + GFM) into every representation clients read,
 * on the calling thread; throws BodyLimitError for a body over the tree caps
 * of BODY_LIMITS. The server calls renderer.ts instead, which runs
 * renderForStorage in a worker with a time and memory budget: the parser
 * itself is not linear on every input.
 */
export function renderMarkdownSync(source: string, limits: BodyLimits = BODY_LIMITS): RenderedBody {
  return renderTree(parseMarkdown(source, limits));
}

/** The renderings of a sanitized tree (parseMarkdown's, or sanitizeTree's). */
function renderTree(tree: SafeRoot): RenderedBody {
  // Blocks first: they give the headings the anchors the HTML then carries.
  const blocks = toBlocks(tree);
  const text = blocksToText(blocks);
  const wordCount = countWords(text);
  return {
    blocks,
    html: renderHtml(tree),
    text,
    toc: tableOfContents(blocks),
    wordCount,
    readingTimeMinutes: readingTimeMinutes(wordCount),
    summary: summarize(blocks),
  };
}

// The tree holds no raw HTML any more; leaving allowDangerousHtml off is the
// second lock on that door.
function renderHtml(tree: SafeRoot): string {
  return toHtml(toHast(tree));
}

// The "Sommaire" lists the body's own sections: h2 and h3 at the top level,
// not headings quoted inside a blockquote or a list.
function tableOfContents(blocks: Block[]): TocEntry[] {
  return blocks.flatMap((block) =>
    block.type === 'heading' && block.level <= 3 ? [{ id: block.id, title: block.text, level: block.level }] : [],
  );
}

/** What a worker renders: the stored form (JSON text crosses threads cheaply), within the output cap. */
export function renderForStorage(source: string, limits: BodyLimits = BODY_LIMITS): StoredBody {
  return stored(renderMarkdownSync(source, limits), limits);
}

/**
 * renderForStorage of a tree that is what parseMarkdown would make of its
 * Markdown (the import's converters build one: see imports/convert/parsed.ts),
 * without writing and parsing the Markdown again.
 */
export function renderTreeForStorage(tree: Root, limits: BodyLimits = BODY_LIMITS): StoredBody {
  return stored(renderTree(sanitizeTree(tree, limits)), limits);
}

function stored({ blocks, toc, ...rest }: RenderedBody, limits: BodyLimits): StoredBody {
  const row = { ...rest, blocks: JSON.stringify(blocks), toc: JSON.stringify(toc) };
  checkOutput(Math.max(row.html.length, row.blocks.length), limits);
  return row;
}
