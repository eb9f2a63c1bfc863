import { Notes } from '../notes.js';
import { legacyPath } from '../paths.js';
import { htmlText, slugFrom, type SourceImage, type SourcePost, type SourceStatus } from '../source.js';

// One Ghost post row (4–6) → a SourcePost, with what the export keeps elsewhere: its tags
// and authors in order (posts_tags, posts_authors) and its meta (posts_meta).

export type Row = Record<string, unknown>;

export interface GhostSite {
  /** Replaces __GHOST_URL__ (Ghost 4+ exports write the site's address so) and resolves relative addresses. */
  siteUrl: string | undefined;
  lang: string;
  tagsOf: Map<string, string[]>;
  authorsOf: Map<string, string[]>;
  metaOf: Map<string, Row>;
  /** Public tags by id (internal ones, named #…, are not imported). */
  publicTags: Set<string>;
  now: number;
}

const STATUSES: Record<string, SourceStatus> = { published: 'published', scheduled: 'scheduled', draft: 'draft', sent: 'archived' };
const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Ghost's times: ISO 8601 (Ghost 4+), 'YYYY-MM-DD HH:MM:SS' in UTC (older), or epoch milliseconds. */
export function ghostTime(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const text = str(value).trim();
  if (!text) return null;
  const at = Date.parse(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(text) ? `${text.replace(' ', 'T')}Z` : text);
  return Number.isNaN(at) ? null : at;
}

/** A Ghost address with __GHOST_URL__ replaced; null when it is not a web address then. */
export function siteAddress(value: unknown, site: GhostSite): string | null {
  const url = str(value).replaceAll('__GHOST_URL__', (site.siteUrl ?? '').replace(/\/+$/, ''));
  if (!url) return null;
  const absolute = site.siteUrl && URL.canParse(url, site.siteUrl) ? new URL(url, site.siteUrl).href : url;
  return /^https?:\/\//.test(absolute) ? absolute : null;
}

function heroImage(post: Row, meta: Row | undefined, site: GhostSite, notes: Notes): SourceImage | null {
  if (!post.feature_image) return null;
  const url = siteAddress(post.feature_image, site);
  if (!url) {
    notes.add('feature image without a full web address dropped (give --site-url)', str(post.feature_image));
    return null;
  }
  const caption = htmlText(str(meta?.feature_image_caption ?? post.feature_image_caption));
  return { url, alt: str(meta?.feature_image_alt ?? post.feature_image_alt), caption: caption || null, width: null, height: null };
}

function body(post: Row, site: GhostSite): SourcePost['body'] {
  const base = site.siteUrl;
  const fill = (text: string) => text.replaceAll('__GHOST_URL__', (base ?? '').replace(/\/+$/, ''));
  if (post.lexical) return { raw: str(post.lexical), job: () => ({ format: 'lexical', source: fill(str(post.lexical)), baseUrl: base }) };
  if (post.html) return { raw: str(post.html), job: () => ({ format: 'html', source: fill(str(post.html)), baseUrl: base }) };
  // Mobiledoc without html (Ghost ≤ 4 always exported both): not carried over.
  return { raw: str(post.mobiledoc), job: () => { throw new Error('the post has neither html nor lexical'); } };
}

function timing(post: Row, notes: Notes) {
  const status = STATUSES[str(post.status)];
  if (str(post.status) === 'sent') notes.add('sent by email only in Ghost: archived (hidden from readers)');
  const published = ghostTime(post.published_at);
  return { status, publishAt: status === 'published' || status === 'scheduled' ? published : null };
}

export function mapGhostPost(post: Row, site: GhostSite): SourcePost {
  const notes = new Notes();
  const id = str(post.id);
  const meta = site.metaOf.get(id);
  const created = ghostTime(post.created_at) ?? site.now;
  const updated = ghostTime(post.updated_at) ?? created;
  const createdAt = Math.min(created, updated, site.now);
  if (post.visibility && post.visibility !== 'public') notes.add(`members-only in Ghost (${str(post.visibility)}): Kiosque has no member access`);
  const { slug, original } = slugFrom(str(post.slug));
  const [section, ...tags] = (site.tagsOf.get(id) ?? []).filter((t) => site.publicTags.has(t));
  const lang = str(post.locale);
  const seoTitle = htmlText(str(meta?.meta_title ?? post.meta_title));
  const seoDescription = htmlText(str(meta?.meta_description ?? post.meta_description));
  return {
    key: id, title: htmlText(str(post.title)) || 'Sans titre', slug, formerSlugs: original ? [original] : [],
    paths: [legacyPath(`/${str(post.slug)}/`)].filter((p): p is string => p !== null),
    ...timing(post, notes), createdAt, updatedAt: Math.min(Math.max(updated, createdAt), site.now),
    standfirst: htmlText(str(post.custom_excerpt)) || null,
    sectionKey: section ?? null, authorKeys: site.authorsOf.get(id) ?? [], tagKeys: tags,
    heroImage: heroImage(post, meta, site, notes),
    lang: /^[a-z]{2,3}(-[A-Z]{2})?$/.test(lang) ? lang : site.lang,
    canonicalUrl: siteAddress(post.canonical_url, site),
    seo: { title: seoTitle || null, description: seoDescription || null },
    body: body(post, site), notes,
  };
}

/** Why a post row is not imported, or null. */
export function ghostSkipReason(post: Row): string | null {
  const type = str(post.type) || 'post';
  if (type !== 'post') return `Ghost ${type}`;
  return str(post.status) in STATUSES ? null : `post status "${str(post.status)}"`;
}
