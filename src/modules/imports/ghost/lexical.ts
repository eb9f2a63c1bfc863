import type { BlockContent, List, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import { checkNesting, embedParagraph, htmlToMdast, type Converted } from '../convert/html.js';
import { serialize } from '../convert/markdown.js';
import { Notes } from '../notes.js';
import { htmlText } from '../source.js';

// Ghost 5–6 keep a post's source as Lexical JSON (Koenig's nodes): paragraphs, headings,
// lists, quotes with formatted text, and cards (image, gallery, embed, bookmark, HTML,
// Markdown…). It maps onto the Markdown syntax tree directly, without HTML in between.

type LexicalNode = { type: string; children?: LexicalNode[]; [field: string]: unknown };

// Lexical's text format bits.
const BOLD = 1;
const ITALIC = 2;
const STRIKE = 4;
const CODE = 16;

/** Cards that are site furniture (sign-up forms, paywalls, product boxes): nothing of the article. */
const FURNITURE = new Set(['signup', 'paywall', 'email', 'email-cta', 'call-to-action', 'product', 'header', 'transistor']);

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

function text(node: LexicalNode): PhrasingContent {
  const format = typeof node.format === 'number' ? node.format : 0;
  const value = str(node.text);
  let out: PhrasingContent = format & CODE ? { type: 'inlineCode', value } : { type: 'text', value };
  if (format & STRIKE) out = { type: 'delete', children: [out] };
  if (format & ITALIC) out = { type: 'emphasis', children: [out] };
  if (format & BOLD) out = { type: 'strong', children: [out] };
  return out;
}

interface Context { notes: Notes; baseUrl?: string }

function inline(nodes: LexicalNode[] | undefined, ctx: Context): PhrasingContent[] {
  return (nodes ?? []).flatMap((node): PhrasingContent[] => {
    if (node.type === 'text' || node.type === 'extended-text') return [text(node)];
    if (node.type === 'tab') return [{ type: 'text', value: ' ' }];
    if (node.type === 'linebreak') return [{ type: 'break' }];
    if (node.type === 'link' || node.type === 'autolink') return [{ type: 'link', url: str(node.url), children: inline(node.children, ctx) }];
    return inline(node.children, ctx);
  });
}

const paragraph = (children: PhrasingContent[]): RootContent[] => (children.length ? [{ type: 'paragraph', children }] : []);
const captionOf = (node: LexicalNode) => paragraph(htmlText(str(node.caption)) ? [{ type: 'emphasis', children: [{ type: 'text', value: htmlText(str(node.caption)) }] }] : []);
const image = (node: LexicalNode): RootContent[] => (str(node.src)
  ? [{ type: 'paragraph', children: [{ type: 'image', url: str(node.src), alt: str(node.alt), title: str(node.title) || null }] }, ...captionOf(node)]
  : []);

function list(node: LexicalNode, ctx: Context): List {
  const items = (node.children ?? []).map((item): ListItem => {
    const nested = (item.children ?? []).filter((c) => c.type === 'list');
    const words = inline((item.children ?? []).filter((c) => c.type !== 'list'), ctx);
    const checked = node.listType === 'check' ? item.checked === true : null;
    return { type: 'listItem', checked, spread: false, children: [...paragraph(words), ...nested.map((n) => list(n, ctx))] as BlockContent[] };
  }).filter((item) => item.children.length > 0);
  const start = typeof node.start === 'number' && node.start !== 1 ? node.start : null;
  return { type: 'list', ordered: node.listType === 'number', start, spread: false, children: items };
}

function card(node: LexicalNode, ctx: Context): RootContent[] {
  switch (node.type) {
    case 'image': return image(node);
    case 'gallery': return (Array.isArray(node.images) ? node.images as LexicalNode[] : []).flatMap(image).concat(captionOf(node));
    case 'embed': case 'bookmark': case 'video': case 'audio':
      return [embedParagraph(str(node.url) || str(node.src)), ...captionOf(node)].filter((p) => p.type !== 'paragraph' || p.children.length);
    case 'codeblock': return [{ type: 'code', lang: str(node.language) || null, value: str(node.code) }];
    case 'horizontalrule': return [{ type: 'thematicBreak' }];
    case 'html': return htmlToMdast(str(node.html), ctx.notes, ctx.baseUrl).children;
    // Written as it is (the serializer copies an html node's value): the renderer parses it, within its time
    // budget; parsing it here, outside any, took minutes for some shapes (`_a*` repeated).
    case 'markdown': return [{ type: 'html', value: str(node.markdown) }];
    case 'callout': return [{ type: 'blockquote', children: htmlToMdast(str(node.calloutText), ctx.notes, ctx.baseUrl).children as BlockContent[] }];
    case 'toggle': return [...paragraph([{ type: 'strong', children: [{ type: 'text', value: htmlText(str(node.heading)) }] }]), ...htmlToMdast(str(node.content), ctx.notes, ctx.baseUrl).children];
    case 'button': return paragraph([{ type: 'link', url: str(node.buttonUrl), children: [{ type: 'text', value: str(node.buttonText) || str(node.buttonUrl) }] }]);
  }
  ctx.notes.add(FURNITURE.has(node.type) ? 'site card dropped (sign-up, paywall, product…)' : 'unknown card dropped', node.type);
  return [];
}

function block(node: LexicalNode, ctx: Context): RootContent[] {
  switch (node.type) {
    case 'paragraph': return paragraph(inline(node.children, ctx));
    case 'heading': case 'extended-heading': {
      const depth = Math.min(6, Math.max(1, Number(str(node.tag).slice(1)) || 2)) as 1 | 2 | 3 | 4 | 5 | 6;
      return [{ type: 'heading', depth, children: inline(node.children, ctx) }];
    }
    case 'quote': case 'extended-quote': case 'aside': return [{ type: 'blockquote', children: paragraph(inline(node.children, ctx)) as BlockContent[] }];
    case 'list': return [list(node, ctx)];
  }
  return card(node, ctx);
}

/** A post's Lexical JSON as Markdown; relative addresses resolved against `baseUrl`. */
export function lexicalToMarkdown(lexical: string, baseUrl?: string): Converted {
  const notes = new Notes();
  const root = (JSON.parse(lexical) as { root?: LexicalNode }).root;
  if (!root) throw new Error('no root node in the Lexical document');
  checkNesting(root);
  const tree: Root = { type: 'root', children: (root.children ?? []).flatMap((node) => block(node, { notes, baseUrl })) };
  return { markdown: serialize(tree), tree, notes };
}
