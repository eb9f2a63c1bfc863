import type { MediaStore } from '../repository.js';
import type { ExportSource, Scan } from '../run.js';
import { DEFAULT_SECTION } from '../posts.js';
import { decodeSlug } from '../paths.js';
import { htmlText, termSlug, type SourceAuthor, type SourcePost, type SourceSection, type SourceTag } from '../source.js';
import { forgetShortcodes, type Attachment } from './content.js';
import { mapPost, metaValues, skipReason, termsOf, type WordPressSite } from './map.js';
import { readWxr, textOf, type XmlNode } from './wxr.js';

export interface WordPressOptions {
  /** Overrides the site address the export gives (for relative links and images). */
  siteUrl?: string;
  /** The language of posts that do not say theirs; by default the site's. */
  lang?: string;
  /** The name of the section for posts without a category. */
  defaultSection: string;
  now: number;
}

/** Children of <channel> that carry nothing to import but are known (not counted as unknown). */
const CHANNEL_KNOWN = new Set(['title', 'link', 'description', 'pubDate', 'language', 'generator', 'image', 'cloud',
  'atom:link', 'wp:wxr_version', 'wp:base_site_url', 'wp:base_blog_url', 'wp:author', 'wp:category', 'wp:tag', 'wp:term', 'item']);

const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

/** '?width=…&height=…' out of the PHP-serialised attachment metadata, without unserialising it. */
function dimensions(item: XmlNode): { width: number | null; height: number | null } {
  const meta = metaValues(item, '_wp_attachment_metadata')[0] ?? '';
  const number = (key: string) => Number(new RegExp(`s:${key.length}:"${key}";i:(\\d+);`).exec(meta)?.[1]) || null;
  return { width: number('width'), height: number('height') };
}

function attachment(item: XmlNode): Attachment {
  return {
    id: Number(textOf(item, 'wp:post_id')), url: textOf(item, 'wp:attachment_url').trim() || textOf(item, 'guid').trim(),
    alt: htmlText(metaValues(item, '_wp_attachment_image_alt')[0] ?? ''), caption: textOf(item, 'excerpt:encoded').trim(),
    title: htmlText(textOf(item, 'title')), ...dimensions(item),
  };
}

/** What the first pass collects, keyed by the export's own keys. */
class Collected {
  readonly sections = new Map<string, SourceSection>();
  readonly authors = new Map<string, SourceAuthor>();
  readonly tags = new Map<string, SourceTag>();
  readonly categoryKeys = new Map<string, string>();
  readonly skipped = new Map<string, number>();
  readonly unknown = new Map<string, number>();
  channel = new Map<string, string>();
  total = 0;
  uncategorised = false;

  section(key: string, name: string, parentKey: string | null, description: string | null) {
    this.sections.set(key, { key, name: name || key, slug: termSlug(key, name, 'rubrique'), description: description || null, parentKey: parentKey || null });
  }

  tag(key: string, name: string) {
    this.tags.set(key, { key, name: name || key, slug: termSlug(key, name, 'tag') });
  }

  author(key: string, name: string) {
    if (!this.authors.has(key)) this.authors.set(key, { key, name: name || key, bio: null, avatarUrl: null });
  }

  channelChild(node: XmlNode, media: MediaStore) {
    if (node.name === 'item') return this.item(node, media);
    if (!CHANNEL_KNOWN.has(node.name)) return add(this.unknown, `<${node.name}>`);
    if (node.name === 'wp:category') {
      const key = decodeSlug(textOf(node, 'wp:category_nicename'));
      this.categoryKeys.set(textOf(node, 'wp:term_id'), key);
      return this.section(key, htmlText(textOf(node, 'wp:cat_name')), decodeSlug(textOf(node, 'wp:category_parent')), htmlText(textOf(node, 'wp:category_description')));
    }
    if (node.name === 'wp:tag') return this.tag(decodeSlug(textOf(node, 'wp:tag_slug')), htmlText(textOf(node, 'wp:tag_name')));
    if (node.name === 'wp:author') {
      const first = `${textOf(node, 'wp:author_first_name')} ${textOf(node, 'wp:author_last_name')}`.trim();
      const key = textOf(node, 'wp:author_login').trim();
      return this.authors.set(key, { key, name: htmlText(textOf(node, 'wp:author_display_name')) || first || key, bio: null, avatarUrl: null });
    }
    if (node.name === 'wp:term') return add(this.skipped, `term of taxonomy "${textOf(node, 'wp:term_taxonomy')}"`);
    this.channel.set(node.name, node.text.trim());
  }

  item(node: XmlNode, media: MediaStore) {
    if (textOf(node, 'wp:post_type') === 'attachment') {
      return media.put(attachment(node), Number(textOf(node, 'wp:post_parent')) || 0, Number(textOf(node, 'wp:menu_order')) || 0);
    }
    const reason = skipReason(node);
    if (reason !== null) return add(this.skipped, reason);
    this.total += 1;
    // Partial exports (one author, one category) name terms only in their items.
    for (const c of termsOf(node, 'category')) if (!this.sections.has(c.key)) this.section(c.key, c.name, null, null);
    for (const t of termsOf(node, 'post_tag')) if (!this.tags.has(t.key)) this.tag(t.key, t.name);
    for (const a of termsOf(node, 'author')) this.author(a.key.replace(/^cap-/, ''), a.name);
    const creator = textOf(node, 'dc:creator').trim();
    if (creator) this.author(creator, creator);
    if (termsOf(node, 'category').length === 0) this.uncategorised = true;
  }
}

/** A WXR file as an export source: pass one collects, pass two maps each post. */
export function wordpressSource(path: string, media: MediaStore, options: WordPressOptions): ExportSource {
  let site: WordPressSite | undefined;
  return {
    async scan(): Promise<Scan> {
      const c = new Collected();
      for await (const node of readWxr(path)) c.channelChild(node, media);
      const baseUrl = options.siteUrl ?? (c.channel.get('wp:base_blog_url') || c.channel.get('wp:base_site_url') || c.channel.get('link') || undefined);
      const lang = options.lang ?? (/^[a-z]{2,3}/.exec(c.channel.get('language') ?? '')?.[0] || 'fr');
      site = { baseUrl: baseUrl && URL.canParse(baseUrl) ? baseUrl : undefined, lang, categoryKeys: c.categoryKeys, media, now: options.now };
      if (c.uncategorised) c.section(DEFAULT_SECTION, options.defaultSection, null, null);
      const source = `wordpress:${(site.baseUrl ?? path).replace(/\/+$/, '')}`;
      return { source, sections: [...c.sections.values()], authors: [...c.authors.values()], tags: [...c.tags.values()], total: c.total, skipped: c.skipped, unknown: c.unknown };
    },
    async *posts(): AsyncIterable<SourcePost> {
      for await (const node of readWxr(path)) {
        if (node.name === 'item' && skipReason(node) === null) yield mapPost(node, site!);
      }
    },
    batchDone: forgetShortcodes,
  };
}
