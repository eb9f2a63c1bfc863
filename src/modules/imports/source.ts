import { hash } from 'node:crypto';
import { toText } from 'hast-util-to-text';
import { isValidSlug, slugify } from '../../content/slug.js';
import { htmlFragment } from './convert/fragment.js';
import type { BodyJob } from './convert/job.js';
import type { Notes } from './notes.js';
import { decodeSlug } from './paths.js';

// What every importer reads an export into, whatever the platform: the entities and
// fields Kiosque has, keyed by the source's own ids so a second import finds them again.

export type SourceStatus = 'published' | 'scheduled' | 'draft' | 'archived';

export interface SourceSection { key: string; name: string; slug: string; description: string | null; parentKey: string | null }
export interface SourceAuthor { key: string; name: string; bio: string | null; avatarUrl: string | null }
export interface SourceTag { key: string; name: string; slug: string }
export interface SourceImage { url: string; alt: string; caption: string | null; width: number | null; height: number | null }

export interface SourcePost {
  /** The post's id in its source. */
  key: string;
  title: string;
  /** The slug it had (made valid), or null to make one from the title. */
  slug: string | null;
  /** Earlier or original spellings of its slug, which keep resolving to it. */
  formerSlugs: string[];
  /** Its paths on the old site (its permalink, its short link). */
  paths: string[];
  status: SourceStatus;
  publishAt: number | null;
  createdAt: number;
  updatedAt: number;
  standfirst: string | null;
  /** null: the default section. */
  sectionKey: string | null;
  authorKeys: string[];
  tagKeys: string[];
  heroImage: SourceImage | null;
  lang: string;
  canonicalUrl: string | null;
  seo: { title: string | null; description: string | null };
  /**
   * The body as the source has it (what the digest reads), and what is to be
   * converted into Markdown (made only for the posts to write; it may throw).
   */
  body: { raw: string; job: () => BodyJob };
  notes: Notes;
}

/** A short digest of a value: enough to tell whether a field changed between two exports. */
export const digest = (value: unknown): string => hash('sha256', JSON.stringify(value), 'base64url').slice(0, 16);

/** The digest of each field a post maps to, keyed by the article field it writes. */
export function postDigests(post: SourcePost): Record<string, string> {
  return {
    title: digest(post.title), slug: digest(post.slug), standfirst: digest(post.standfirst), body: digest(post.body.raw),
    section: digest(post.sectionKey), authors: digest(post.authorKeys), tags: digest(post.tagKeys),
    timing: digest([post.status, post.publishAt]), heroImage: digest(post.heroImage), lang: digest(post.lang),
    canonicalUrl: digest(post.canonicalUrl), seo: digest(post.seo),
  };
}

/** Plain text from a fragment of HTML (a title, an excerpt, a caption): entities decoded, tags dropped, NFC. */
export function htmlText(html: string): string {
  if (!/[<&]/.test(html)) return html.normalize('NFC').replace(/\s+/g, ' ').trim();
  return toText(htmlFragment(html)).normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** A valid Kiosque slug from a source's slug, and its original spelling when that differs (to keep it resolving). */
export function slugFrom(value: string): { slug: string | null; original: string | null } {
  const decoded = decodeSlug(value.trim());
  if (decoded === '') return { slug: null, original: null };
  if (isValidSlug(decoded)) return { slug: decoded, original: null };
  const slug = slugify(decoded) || null;
  return { slug, original: decoded.length <= 200 ? decoded : null };
}

/** A section's or tag's slug: the source's own (made valid), else one from its name, else `fallback`. */
export const termSlug = (slug: string, name: string, fallback: string): string => slugFrom(slug).slug ?? (slugify(name) || fallback);
