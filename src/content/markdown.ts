import type {
  Blockquote,
  Break,
  Code,
  Definition,
  Delete,
  Emphasis,
  FootnoteDefinition,
  Heading,
  Image,
  ImageReference,
  InlineCode,
  Link,
  LinkReference,
  List,
  Nodes,
  Paragraph,
  Parent,
  Root,
  RootContent,
  Strong,
  Table,
  Text,
  ThematicBreak,
} from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { BODY_LIMITS, checkSize, checkTree, type BodyLimits } from './limits.js';
import { cleanUrl, isAllowedUrl, isExternalUrl } from './urls.js';

// parseMarkdown is the one place that decides what of the source survives.
// Every renderer (blocks, HTML, text) reads its output, so they all agree and
// none of them has to think about raw HTML or hostile URLs again.

/** Block nodes left in the tree by parseMarkdown (list items and table rows sit inside). */
export type SafeBlock = Heading | Paragraph | List | Blockquote | Code | Table | ThematicBreak;
/** Inline nodes left in the tree by parseMarkdown. */
export type SafeInline = Text | Emphasis | Strong | Delete | InlineCode | Break | Link | Image;
export interface SafeRoot extends Root {
  children: SafeBlock[];
}

type Definitions = Map<string, Definition>;

/**
 * CommonMark + GFM, NFC-normalised, with raw HTML removed, references and
 * footnotes resolved, unsafe URLs dropped, h1 demoted to h2 (the article
 * title is the page's h1) and external links marked rel="noopener". Throws
 * BodyLimitError for a tree over the depth, heading, table or size caps.
 */
export function parseMarkdown(source: string, limits: BodyLimits = BODY_LIMITS): SafeRoot {
  const tree = fromMarkdown(source.normalize('NFC'), {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()],
  });
  return sanitizeTree(tree, limits);
}

/**
 * What parseMarkdown does to the tree micromark parsed (the same steps for a
 * tree built as micromark would have parsed it: an import's converter's).
 */
export function sanitizeTree(tree: Root, limits: BodyLimits = BODY_LIMITS): SafeRoot {
  // Before anything walks the tree recursively.
  checkTree(tree, limits);
  const definitions = collectDefinitions(tree, new Map());
  tree.children = rewriteAll(tree.children, definitions);
  checkSize(tree, limits);
  return tree as SafeRoot;
}

function collectDefinitions(node: Nodes, found: Definitions): Definitions {
  // CommonMark: the first definition of a label wins.
  if (node.type === 'definition' && !found.has(node.identifier)) found.set(node.identifier, node);
  if ('children' in node) for (const child of node.children) collectDefinitions(child, found);
  return found;
}

function rewriteAll(nodes: RootContent[], definitions: Definitions): RootContent[] {
  return nodes.flatMap((node) => rewrite(node, definitions));
}

function rewrite(node: RootContent, definitions: Definitions): RootContent[] {
  switch (node.type) {
    case 'html':
    case 'definition':
      return [];
    case 'linkReference':
      return rewriteLink(resolveLink(node, definitions), definitions);
    case 'imageReference':
      return rewriteImage(resolveImage(node, definitions));
    case 'link':
      return rewriteLink(node, definitions);
    case 'image':
      return rewriteImage(node);
    case 'footnoteReference':
      return [{ type: 'text', value: `[${node.identifier}]` }];
    case 'footnoteDefinition':
      return rewriteFootnote(node, definitions);
    case 'heading':
      node.depth = node.depth === 1 ? 2 : node.depth;
      break;
  }
  if ('children' in node) (node as Parent).children = rewriteAll(node.children, definitions);
  // A paragraph that held only raw HTML has nothing left to say.
  return node.type === 'paragraph' && node.children.length === 0 ? [] : [node];
}

// micromark only makes a reference when its definition exists, so the
// lookups below cannot miss.
function resolveLink(reference: LinkReference, definitions: Definitions): Link {
  const { url, title } = definitions.get(reference.identifier)!;
  return { type: 'link', url, title, children: reference.children };
}

function resolveImage(reference: ImageReference, definitions: Definitions): Image {
  const { url, title } = definitions.get(reference.identifier)!;
  return { type: 'image', url, title, alt: reference.alt };
}

function rewriteLink(link: Link, definitions: Definitions): RootContent[] {
  const children = rewriteAll(link.children, definitions) as Link['children'];
  if (!isAllowedUrl(link.url)) {
    // Keep the words of a refused link, unless the words are the URL itself.
    return isBareLink(link) ? [] : children;
  }
  const url = cleanUrl(link.url);
  const data = isExternalUrl(url) ? { hProperties: { rel: ['noopener'] } } : link.data;
  return [{ ...link, url, children, data }];
}

function rewriteImage(image: Image): RootContent[] {
  return isAllowedUrl(image.url) ? [{ ...image, url: cleanUrl(image.url) }] : [];
}

// Blocks have no footnote type: a note stays where it was written (GFM puts
// it at the end of the document anyway) as paragraphs led by its marker.
function rewriteFootnote(note: FootnoteDefinition, definitions: Definitions): RootContent[] {
  const children = rewriteAll(note.children, definitions);
  const marker: Text = { type: 'text', value: `[${note.identifier}]` };
  const [first, ...rest] = children;
  if (first !== undefined && first.type === 'paragraph') {
    return [{ ...first, children: [marker, { type: 'text', value: ' ' }, ...first.children] }, ...rest];
  }
  return [{ type: 'paragraph', children: [marker] }, ...children];
}

/** A link written as its own URL: an autolink (<https://…>) or a GFM literal (www.…). */
export function isBareLink(link: Link): boolean {
  const [only] = link.children;
  if (link.children.length !== 1 || only.type !== 'text') return false;
  return only.value === link.url || `http://${only.value}` === link.url;
}
