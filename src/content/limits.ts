import type { Nodes, Root } from 'mdast';

/**
 * What one article body may hold. Each cap bounds a step of the rendering
 * that would otherwise grow faster than the source: a table is padded to its
 * header's width (a 12 KB table of 2,000 columns made 4 million cells), every
 * renderer recurses once per level of nesting, and the anchors and contents
 * grow with the headings. An ordinary long read (200,000 characters, a few
 * hundred headings, tables of a few hundred cells, 5 levels deep) is far
 * below every one of them.
 */
export const BODY_LIMITS: Readonly<BodyLimits> = {
  /** Levels of nesting, block and inline together (a quote in a list item in a quote, emphasis in a link…). */
  depth: 40,
  /** Headings, at any level and depth (each gets an anchor). */
  headings: 1000,
  /** Table cells, counting the cells rows are padded with to their header's width. */
  tableCells: 20_000,
  /** Characters of each rendering kept: the HTML, and the blocks as JSON. */
  outputCharacters: 2_000_000,
};

export interface BodyLimits { depth: number; headings: number; tableCells: number; outputCharacters: number }

/** The caps above, and the time and memory a render may take (see renderer.ts). */
export type BodyLimit = keyof BodyLimits | 'renderTime' | 'renderMemory';

/** A body over one of the limits: what the caller is told, and nothing is stored. */
export interface LimitExceeded {
  limit: BodyLimit;
  maximum: number;
  /** What this body has, when it is known (a render cut short by its budget does not know). */
  actual?: number;
}

/** Thrown by the rendering steps when a body is over a limit. */
export class BodyLimitError extends Error {
  constructor(readonly exceeded: LimitExceeded) {
    super(`${exceeded.limit}: ${exceeded.actual ?? 'more than'} > ${exceeded.maximum}`);
  }
}

function exceed(limits: BodyLimits, limit: keyof BodyLimits, actual: number): never {
  throw new BodyLimitError({ limit, maximum: limits[limit], actual });
}

/**
 * Checks a parsed tree against the depth, heading and table caps in one walk
 * with an explicit stack (the tree may be deeper than the call stack), before
 * any recursive step reads it.
 */
export function checkTree(tree: Root, limits: BodyLimits): void {
  const stack: [Nodes, number][] = [[tree, 0]];
  let headings = 0;
  let cells = 0;
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > limits.depth) exceed(limits, 'depth', depth);
    if (node.type === 'heading' && ++headings > limits.headings) exceed(limits, 'headings', headings);
    if (node.type === 'table') {
      cells += node.align!.length * node.children.length;
      if (cells > limits.tableCells) exceed(limits, 'tableCells', cells);
    }
    if ('children' in node) for (const child of node.children) stack.push([child, depth + 1]);
  }
}

/**
 * What a parsed tree holds that every rendering repeats at least once: its
 * text, code, addresses, titles and alt texts. References are resolved by
 * then, so a short reference used many times counts each time it expands
 * (`[x]` repeated 50,000 times to a long address made 100 million
 * characters); the tree is refused before any rendering is built.
 */
export function checkSize(tree: Root, limits: BodyLimits): void {
  const stack: Nodes[] = [tree];
  let characters = 0;
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('value' in node) characters += node.value.length;
    if ('url' in node) characters += node.url.length + (node.title?.length ?? 0);
    if ('alt' in node) characters += node.alt?.length ?? 0;
    if (characters > limits.outputCharacters) exceed(limits, 'outputCharacters', characters);
    if ('children' in node) for (const child of node.children) stack.push(child);
  }
}

/** Checks the size of a rendering. */
export function checkOutput(characters: number, limits: BodyLimits): void {
  if (characters > limits.outputCharacters) exceed(limits, 'outputCharacters', characters);
}
