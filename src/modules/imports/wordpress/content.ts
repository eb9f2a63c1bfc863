import { autop } from '@wordpress/autop';
import { parse } from '@wordpress/block-serialization-default-parser';
import { attrs as shortcodeAttrs, replace, type Shortcode } from '@wordpress/shortcode';
import type { Notes } from '../notes.js';

// A WordPress body as the site showed it, in HTML: Gutenberg blocks unwrapped (or, for
// a classic post, paragraphs made from blank lines as wpautop does), then shortcodes
// expanded. WordPress's own parsers do the reading (block comments, shortcodes, autop).

/** An attachment of the export (an image), by its post id. */
export interface Attachment { id: number; url: string; alt: string; caption: string; title: string; width: number | null; height: number | null }

export interface Media {
  byId(id: number): Attachment | undefined;
  /** The images attached to a post, in their order ([gallery] without ids shows them). */
  ofParent(postId: number): Attachment[];
}

export interface ContentContext { media: Media; postId: number; notes: Notes }

type ParsedBlock = ReturnType<typeof parse>[number];

/** Blocks that only lay out or paginate: nothing to carry over, nothing to say. */
const LAYOUT = new Set(['core/more', 'core/nextpage', 'core/spacer']);
const SHORTCODE = /\[([a-zA-Z_][\w-]*)[\s\]/]/g;
const URL_IN = /https?:\/\/[^\s"'<>\]]+/;
const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function blockHtml(block: ParsedBlock, ctx: ContentContext): string {
  const name = block.blockName;
  if (name && LAYOUT.has(name)) return '';
  if (name === 'core/block') {
    ctx.notes.add('reusable block not carried over', block.attrs?.ref);
    return '';
  }
  let inner = 0;
  const html = block.innerContent.map((part) => (part === null ? blockHtml(block.innerBlocks[inner++], ctx) : part)).join('');
  // Classic text between blocks (and in a shortcode block) has its paragraphs in blank lines, as in a classic post.
  if (name === null || name === 'core/shortcode' || name === 'core/freeform') return html.trim() === '' ? '' : autop(html);
  const url = typeof block.attrs?.url === 'string' ? block.attrs.url : undefined;
  if (name && (name === 'core/embed' || name.startsWith('core-embed/')) && url && !html.includes(url)) return `<p>${escapeHtml(url)}</p>${html}`;
  // A dynamic block (latest posts, a form) is drawn by the site at each view: the export holds no HTML for it.
  if (name && html.trim() === '') ctx.notes.add('block drawn by the site (not saved in the post) dropped', name);
  return html;
}

/** A figure for an image of the export, with its caption. */
function figure(image: Attachment, caption = image.caption): string {
  const img = `<img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt)}">`;
  return `<figure>${img}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
}

// [caption id="attachment_5" width="300"]<a href="…"><img …></a> The caption[/caption]
function caption(sc: Shortcode): string {
  const content = sc.content ?? '';
  const image = /^\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*<\/a>)?/i.exec(content);
  const text = (sc.attrs.named.caption ?? content.slice(image?.[0].length ?? 0)).trim();
  return `<figure>${image?.[0] ?? ''}${text ? `<figcaption>${text}</figcaption>` : ''}</figure>`;
}

function gallery(sc: Shortcode, ctx: ContentContext): string {
  const ids = (sc.attrs.named.ids ?? sc.attrs.named.include ?? '').split(',').map((s) => Number(s.trim())).filter((n) => n > 0);
  const images = ids.length ? ids.map((id) => ctx.media.byId(id)) : ctx.media.ofParent(ctx.postId);
  const missing = images.filter((i) => i === undefined).length;
  if (missing) ctx.notes.add('gallery image missing from the export', undefined, missing);
  return images.map((i) => (i ? figure(i) : '')).join('');
}

/** An embed: the first web address the shortcode names, alone in its paragraph. */
function embed(sc: Shortcode, ctx: ContentContext): string {
  const candidates = [sc.content ?? '', ...Object.values(sc.attrs.named), ...sc.attrs.numeric];
  const url = candidates.map((c) => URL_IN.exec(String(c))?.[0]).find((u) => u !== undefined);
  if (url) return `<p>${escapeHtml(url)}</p>`;
  ctx.notes.add('shortcode without a web address dropped', `[${sc.tag}]`);
  return '';
}

const EMBEDS = new Set(['embed', 'video', 'audio', 'youtube', 'vimeo', 'dailymotion', 'soundcloud', 'spotify', 'tweet',
  'twitter', 'instagram', 'facebook', 'googlemaps', 'ted', 'slideshare', 'scribd', 'flickr']);

function expand(sc: Shortcode, ctx: ContentContext): string {
  if (sc.tag === 'caption' || sc.tag === 'wp_caption') return caption(sc);
  if (sc.tag === 'gallery') return gallery(sc, ctx);
  if (EMBEDS.has(sc.tag)) return embed(sc, ctx);
  ctx.notes.add('shortcode dropped (its text kept)', `[${sc.tag}]`);
  return sc.content ?? '';
}

/**
 * Expands shortcodes. WordPress leaves a bracketed word alone unless a plugin
 * registered it, so `[sic]` stays text: only tags with attributes or a closing
 * tag, or known ones, are treated as shortcodes.
 */
function shortcodes(html: string, ctx: ContentContext): string {
  const tags = new Set([...html.matchAll(SHORTCODE)].map((m) => m[1]));
  let out = html;
  for (const tag of tags) {
    out = replace(tag, out, (sc) => {
      const known = sc.tag === 'caption' || sc.tag === 'wp_caption' || sc.tag === 'gallery' || EMBEDS.has(sc.tag);
      const looksLikeOne = sc.type === 'closed' || sc.attrs.numeric.length > 0 || Object.keys(sc.attrs.named).length > 0;
      return known || looksLikeOne ? expand(sc, ctx) : `[${sc.tag}]`;
    });
  }
  return out;
}

/** A post's content:encoded as HTML: Gutenberg blocks or classic paragraphs, shortcodes expanded. */
export function wordpressHtml(content: string, ctx: ContentContext): string {
  const html = content.includes('<!-- wp:') ? parse(content).map((b) => blockHtml(b, ctx)).join('') : autop(content);
  return shortcodes(html, ctx);
}

/** Forgets the shortcode attributes parsed so far: the library keeps every one it has seen. */
export function forgetShortcodes(): void {
  shortcodeAttrs.clear();
}
