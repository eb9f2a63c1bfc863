import { Notes } from '../notes.js';
import { decodeSlug, legacyPath } from '../paths.js';
import { htmlText, slugFrom, type SourceImage, type SourcePost, type SourceStatus } from '../source.js';
import { childrenNamed, textOf, type XmlNode } from './wxr.js';
import { wordpressHtml, type Media } from './content.js';

// One WXR <item> of type post → a SourcePost. Statuses, dates, terms, authors, the
// featured image, SEO fields and old slugs are read here; the body is converted later,
// only when the post is new or its content changed.

export interface WordPressSite {
  /** The site's address (where relative links and images point). */
  baseUrl: string | undefined;
  /** The language of posts that do not say theirs (a Polylang term does). */
  lang: string;
  /** Category term ids → nicenames: Yoast names a post's primary category by id. */
  categoryKeys: Map<string, string>;
  media: Media;
  now: number;
}

const STATUSES: Record<string, SourceStatus> = { publish: 'published', future: 'scheduled', draft: 'draft', pending: 'draft', private: 'archived' };
const LANG = /^[a-z]{2,3}(-[A-Z]{2})?$/;

/** WordPress's 'YYYY-MM-DD HH:MM:SS' as UTC milliseconds; null for its zero date or anything unreadable. */
export function wpTime(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value.trim());
  if (!m || m[1] === '0000') return null;
  return Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
}

/** The postmeta values of a key, in order. */
export const metaValues = (item: XmlNode, key: string): string[] =>
  childrenNamed(item, 'wp:postmeta').filter((m) => textOf(m, 'wp:meta_key') === key).map((m) => textOf(m, 'wp:meta_value'));

/** The item's terms of a taxonomy (category, post_tag, author, language) as nicenames, in order. */
export const termsOf = (item: XmlNode, domain: string): { key: string; name: string }[] =>
  childrenNamed(item, 'category').filter((c) => c.attrs.domain === domain && c.attrs.nicename)
    .map((c) => ({ key: decodeSlug(c.attrs.nicename), name: htmlText(c.text) }));

function dates(item: XmlNode, now: number) {
  const created = wpTime(textOf(item, 'wp:post_date_gmt')) ?? wpTime(textOf(item, 'wp:post_date')) ?? now;
  const modified = wpTime(textOf(item, 'wp:post_modified_gmt')) ?? wpTime(textOf(item, 'wp:post_modified')) ?? created;
  const createdAt = Math.min(created, modified, now);
  return { published: created, createdAt, updatedAt: Math.min(Math.max(modified, createdAt), now) };
}

function timing(item: XmlNode, published: number, notes: Notes): { status: SourceStatus; publishAt: number | null } {
  const status = STATUSES[textOf(item, 'wp:status')];
  if (status === 'archived') notes.add('private in WordPress: archived (hidden from readers)');
  if (textOf(item, 'wp:post_password') !== '' && (status === 'published' || status === 'scheduled')) {
    notes.add('password-protected in WordPress: archived (hidden from readers)');
    return { status: 'archived', publishAt: null };
  }
  return { status, publishAt: status === 'published' || status === 'scheduled' ? published : null };
}

function heroImage(item: XmlNode, site: WordPressSite, notes: Notes): SourceImage | null {
  const [id] = metaValues(item, '_thumbnail_id');
  if (!id) return null;
  const image = site.media.byId(Number(id));
  if (!image) {
    notes.add('featured image missing from the export', id);
    return null;
  }
  return { url: image.url, alt: image.alt, caption: htmlText(image.caption) || null, width: image.width, height: image.height };
}

function section(item: XmlNode, site: WordPressSite, notes: Notes): string | null {
  const categories = termsOf(item, 'category');
  const primary = site.categoryKeys.get(metaValues(item, '_yoast_wpseo_primary_category')[0] ?? '');
  const chosen = categories.find((c) => c.key === primary) ?? categories[0];
  const others = categories.filter((c) => c !== chosen).map((c) => c.name || c.key);
  for (const other of others) notes.add('also filed under another category (one section per article)', other);
  return chosen?.key ?? null;
}

/** Co-Authors Plus (and PublishPress Authors) keep bylines as `author` terms `cap-<login>`; else the post's author. */
function authors(item: XmlNode): string[] {
  const bylines = termsOf(item, 'author').map((t) => t.key.replace(/^cap-/, ''));
  const creator = textOf(item, 'dc:creator').trim();
  return bylines.length ? [...new Set(bylines)] : creator ? [creator] : [];
}

/** SEO fields of Yoast or Rank Math, unless they are templates (%%title%% %%sep%% …). */
function seo(item: XmlNode) {
  const plain = (...keys: string[]) => keys.flatMap((k) => metaValues(item, k)).map((v) => htmlText(v)).find((v) => v && !v.includes('%')) ?? null;
  return { title: plain('_yoast_wpseo_title', 'rank_math_title'), description: plain('_yoast_wpseo_metadesc', 'rank_math_description') };
}

function slugs(item: XmlNode) {
  const current = slugFrom(textOf(item, 'wp:post_name'));
  const old = metaValues(item, '_wp_old_slug').flatMap((s) => {
    const { slug, original } = slugFrom(s);
    return [original, slug].filter((x): x is string => x !== null);
  });
  const formerSlugs = [...new Set([current.original, ...old])].filter((s): s is string => s !== null && s !== current.slug);
  return { slug: current.slug, formerSlugs };
}

function paths(item: XmlNode): string[] {
  const found = [textOf(item, 'link'), textOf(item, 'guid')].map((u) => legacyPath(u.trim())).filter((p): p is string => p !== null);
  return [...new Set(found)];
}

/** A WXR item of type post as a SourcePost. */
export function mapPost(item: XmlNode, site: WordPressSite): SourcePost {
  const notes = new Notes();
  const id = Number(textOf(item, 'wp:post_id'));
  const { published, createdAt, updatedAt } = dates(item, site.now);
  const raw = textOf(item, 'content:encoded');
  const language = termsOf(item, 'language')[0]?.key;
  const comments = childrenNamed(item, 'wp:comment').length;
  if (comments) notes.add('comment not imported', undefined, comments);
  return {
    key: String(id), title: htmlText(textOf(item, 'title')) || 'Sans titre', ...slugs(item), paths: paths(item),
    ...timing(item, published, notes), createdAt, updatedAt,
    standfirst: htmlText(textOf(item, 'excerpt:encoded')) || null,
    sectionKey: section(item, site, notes), authorKeys: authors(item), tagKeys: termsOf(item, 'post_tag').map((t) => t.key),
    heroImage: heroImage(item, site, notes),
    lang: language && LANG.test(language) ? language : site.lang,
    canonicalUrl: metaValues(item, '_yoast_wpseo_canonical').find((u) => /^https?:\/\//.test(u)) ?? null,
    seo: seo(item),
    body: { raw, job: () => ({ format: 'html', source: wordpressHtml(raw, { media: site.media, postId: id, notes }), baseUrl: site.baseUrl }) },
    notes,
  };
}

/** Why an item is not imported as an article, or null when it is a post to import. */
export function skipReason(item: XmlNode): string | null {
  const type = textOf(item, 'wp:post_type') || '(none)';
  if (type !== 'post') return `post type "${type}"`;
  const status = textOf(item, 'wp:status');
  return status in STATUSES ? null : `post status "${status || '(none)'}"`;
}
