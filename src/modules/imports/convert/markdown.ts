import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';

const extensions = [gfmToMarkdown()];

/**
 * Markdown from a syntax tree, by the serializer made for the parser the
 * renderer uses (micromark): it escapes what would otherwise parse as
 * something else, so the text reads back into the same tree.
 */
export function serialize(tree: Root): string {
  // resourceLink off: a link whose text is its address is written <https://…>, which the renderer embeds.
  return toMarkdown(tree, { extensions, bullet: '-', rule: '-', fences: true, listItemIndent: 'one', resourceLink: false });
}
