import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { Link, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { defaultHandlers, toMdast, type State } from 'hast-util-to-mdast';
import { Notes } from '../notes.js';
import { htmlFragment } from './fragment.js';
import { serialize } from './markdown.js';

// HTML → Markdown with the unified family (parse5 → hast → mdast → Markdown), the same
// syntax tree the renderer parses Markdown into: what is written here parses back into
// the structure it was made from. Whatever has no Markdown form is dropped and noted.

/** Elements whose content has no place in an article body: dropped with what they hold. */
const NOT_CARRIED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'object', 'embed', 'applet',
  'canvas', 'form', 'input', 'button', 'select', 'textarea', 'map', 'dialog']);
/** Posts of social networks, saved as a blockquote with a link to the post (and a script, dropped). */
const SOCIAL = /^(twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|reddit-embed-bq|text-post-media)$/;
const WEB_URL = /^https?:\/\/\S+$/i;

/** A body's Markdown, the syntax tree it was written from, and what could not be carried over. */
export interface Converted { markdown: string; tree: Root; notes: Notes }

const classes = (node: Element): string[] => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const isElement = (node: unknown): node is Element => (node as Element).type === 'element';

/** An absolute web address from an embed's src (protocol-relative ones are https), or null. */
function webUrl(src: unknown, state: State): string | null {
  if (typeof src !== 'string' || src.trim() === '') return null;
  const url = state.resolve(src.trim().startsWith('//') ? `https:${src.trim()}` : src.trim());
  return WEB_URL.test(url) && URL.canParse(url) ? url : null;
}

/** A web address alone in its paragraph: the renderer makes it an embed block (a video, a post). */
export const embedParagraph = (url: string): Paragraph => ({
  type: 'paragraph', children: [{ type: 'link', url, children: [{ type: 'text', value: url }] }],
});

/** An image address a page can load: http(s), or relative to the site (data:, blob:, file: are not carried). */
const isImageSource = (src: string) => src !== '' && (!/^[a-z][a-z0-9+.-]*:/i.test(src) || /^https?:/i.test(src));

/** Levels of nesting a source (HTML, Lexical) may have: the converters recurse once per level. */
export const MAX_SOURCE_DEPTH = 500;

/** Throws when a document nests deeper than MAX_SOURCE_DEPTH, before a recursive step reads it (with a stack of its own). */
export function checkNesting(root: { children?: unknown }): void {
  const stack: [{ children?: unknown }, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_SOURCE_DEPTH) throw new Error(`nested more than ${MAX_SOURCE_DEPTH} levels deep`);
    if (Array.isArray(node.children)) for (const child of node.children) stack.push([child, depth + 1]);
  }
}

/** Removes what cannot be carried over, noting each kind (the walk is iterative: exports may nest deeply). */
function prune(tree: HastRoot, notes: Notes): void {
  const stack: (HastRoot | Element)[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    node.children = node.children.filter((child) => {
      if (!isElement(child)) return true;
      if (NOT_CARRIED.has(child.tagName)) {
        notes.add('element dropped with its content', `<${child.tagName}>`);
        return false;
      }
      if (child.tagName === 'img' && !isImageSource(String(child.properties.src ?? '').trim())) {
        notes.add('image without a web address dropped');
        return false;
      }
      if ((child.tagName === 'td' || child.tagName === 'th') && (child.properties.colSpan || child.properties.rowSpan)) {
        notes.add('table cell spanning several columns or rows made one cell');
      }
      stack.push(child);
      return true;
    }) as ElementContent[];
  }
}

function handlers(notes: Notes) {
  const embed = (state: State, node: Element): Paragraph | undefined => {
    const source = node.properties.src ?? node.children.filter(isElement).find((c) => c.tagName === 'source')?.properties.src;
    const url = webUrl(source, state);
    if (url) return embedParagraph(url);
    notes.add('media without a web address dropped', `<${node.tagName}>`);
    return undefined;
  };
  return {
    iframe: embed,
    video: embed,
    audio: embed,
    // A figure's caption follows its content as a paragraph in italics, as readers saw it under the image.
    figure(state: State, node: Element) {
      const caption = node.children.find((c): c is Element => isElement(c) && c.tagName === 'figcaption');
      const content = state.toFlow(state.all({ ...node, children: node.children.filter((c) => c !== caption) }));
      const words = caption ? state.all(caption) : [];
      if (words.length === 0) return content;
      const phrasing = words.every((n) => PHRASING.has(n.type));
      return [...content, ...(phrasing ? [{ type: 'paragraph', children: [{ type: 'emphasis', children: words as PhrasingContent[] }] } as Paragraph] : state.toFlow(words))];
    },
    blockquote(state: State, node: Element) {
      if (!classes(node).some((c) => SOCIAL.test(c))) return defaultHandlers.blockquote(state, node);
      const links = state.all(node).flatMap(function linksIn(n): Link[] {
        return n.type === 'link' ? [n] : 'children' in n ? (n.children as RootContent[]).flatMap(linksIn) : [];
      });
      const url = links.length ? webUrl(links[links.length - 1].url, state) : null;
      return url ? embedParagraph(url) : defaultHandlers.blockquote(state, node);
    },
  };
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'inlineCode', 'break', 'image']);

/** A paragraph holding nothing but a web address (WordPress's way of embedding) becomes a link to it. */
function linkBareUrls(tree: Root): void {
  const stack: { children: RootContent[] }[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    node.children = node.children.map((child) => {
      if (child.type === 'paragraph' && child.children.length === 1 && child.children[0].type === 'text') {
        const value = child.children[0].value.trim();
        if (WEB_URL.test(value) && URL.canParse(value)) return embedParagraph(value);
      }
      if ('children' in child) stack.push(child as { children: RootContent[] });
      return child;
    });
  }
}

/**
 * Converts an HTML body into Markdown. Relative addresses are resolved
 * against `baseUrl` (the site the export came from).
 */
export function htmlToMarkdown(html: string, baseUrl?: string): Converted {
  const notes = new Notes();
  const tree = htmlToMdast(html, notes, baseUrl);
  return { markdown: serialize(tree), tree, notes };
}

/** The syntax tree of an HTML fragment, as Markdown would parse into (an HTML card of a Ghost post). */
export function htmlToMdast(html: string, notes: Notes, baseUrl?: string): Root {
  const tree = htmlFragment(html);
  checkNesting(tree);
  prune(tree, notes);
  if (baseUrl) tree.children.unshift({ type: 'element', tagName: 'base', properties: { href: baseUrl }, children: [] });
  const mdast = toMdast(tree, { handlers: handlers(notes), nodeHandlers: { comment: () => undefined } }) as Root;
  linkBareUrls(mdast);
  return mdast;
}
