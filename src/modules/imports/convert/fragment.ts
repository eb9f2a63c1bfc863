import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';

/**
 * The tree of an HTML fragment (a post's body, a title, a caption), as hast-util-from-html makes it but
 * without source positions, which that one always asks parse5 for: nothing of an import reads them, and
 * they were half of a body's objects, paid for by the parse, by toMdast's copy of the tree and by the
 * collector (a tenth of converting a body).
 */
export function htmlFragment(html: string): Root {
  return fromParse5(parseFragment(html, { scriptingEnabled: false })) as Root;
}
