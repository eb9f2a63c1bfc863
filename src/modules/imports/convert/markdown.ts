import type { Nodes, Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { BODY_LIMITS, checkTree } from '../../../content/limits.js';

const extensions = [gfmToMarkdown()];
const ATTENTION = new Set(['emphasis', 'strong', 'delete']);

/**
 * Emphasis inside emphasis (strong in strong, strikethrough in strikethrough)
 * unwrapped: a reader sees no difference, and the serializer's pairing of
 * markers costs about the fourth power of such nesting (40 levels of <em>
 * took 100 ms, 320 levels minutes). Recursive: the tree's depth is checked first.
 */
function unnestAttention(node: Nodes, inside: Set<string> = new Set()): Nodes[] {
  if (!('children' in node)) return [node];
  const nested = ATTENTION.has(node.type) && inside.has(node.type);
  const within = ATTENTION.has(node.type) ? new Set([...inside, node.type]) : inside;
  const children = node.children.flatMap((child) => unnestAttention(child, within));
  if (nested) return children;
  node.children = children as typeof node.children;
  return [node];
}

/**
 * Markdown from a syntax tree, by the serializer made for the parser the
 * renderer uses (micromark): it escapes what would otherwise parse as
 * something else, so the text reads back into the same tree. A tree over the
 * body's depth, heading or table caps (which the renderer would refuse) throws
 * BodyLimitError before the serializer walks it.
 */
export function serialize(tree: Root): string {
  checkTree(tree, BODY_LIMITS);
  unnestAttention(tree);
  // resourceLink off: a link whose text is its address is written <https://…>, which the renderer embeds.
  return toMarkdown(tree, { extensions, bullet: '-', rule: '-', fences: true, listItemIndent: 'one', resourceLink: false });
}
