import { hash as digest } from 'node:crypto';
import { iso, isoOrNull } from '../../lib/http.js';
import type { ArticleVersions, ArticleWithSection, Byline, TagLine, Versioned } from './repository.js';
import type { Article, BodyFormat } from './schemas.js';

export interface View {
  publicUrl: string;
  now: number;
  format: BodyFormat | null;
  fields: string[] | null;
  links?: Article['links'];
}

/** What readers see of the status: a scheduled article past its time is published. */
export function effectiveStatus(row: Pick<ArticleWithSection, 'status' | 'publishAt'>, now: number) {
  return row.status === 'scheduled' && row.publishAt !== null && row.publishAt <= now ? 'published' : row.status;
}

export function readerUrl(publicUrl: string, row: Pick<ArticleWithSection, 'sectionPath' | 'slug' | 'canonicalUrl'>): string {
  return row.canonicalUrl ?? `${publicUrl}/${row.sectionPath}/${row.slug}`;
}

function body(format: BodyFormat, value: string): NonNullable<Article['body']> {
  return format === 'blocks' ? { blocks: JSON.parse(value) } : { [format]: value };
}

export function toArticle(
  row: ArticleWithSection & { bodyValue?: string }, bylines: Byline[], tags: TagLine[], view: View,
): Article {
  const status = effectiveStatus(row, view.now);
  const article: Article = {
    id: row.id,
    slug: row.slug,
    url: readerUrl(view.publicUrl, row),
    title: row.title,
    standfirst: row.standfirst ?? row.summary,
    lang: row.lang,
    status,
    pubStatus: row.pubStatus,
    section: { id: row.sectionId, slug: row.sectionSlug, path: row.sectionPath, name: row.sectionName },
    authors: bylines.map(({ id, slug, name }) => ({ id, slug, name })),
    tags: tags.map(({ id, slug, name, type }) => ({ id, slug, name, type })),
    heroImage: row.heroImage === null ? null : JSON.parse(row.heroImage),
    publishAt: isoOrNull(row.publishAt),
    publishedAt: status === 'published' || status === 'archived' ? isoOrNull(row.publishAt) : null,
    firstPublishedAt: row.firstPublishedAt !== null && row.firstPublishedAt <= view.now ? iso(row.firstPublishedAt) : null,
    embargoUntil: isoOrNull(row.embargoUntil),
    updatedAt: iso(row.updatedAt),
    createdAt: iso(row.createdAt),
    version: row.version,
    wordCount: row.wordCount,
    readingTimeMinutes: row.readingTimeMinutes,
    toc: JSON.parse(row.toc),
    canonicalUrl: row.canonicalUrl,
    seo: { title: row.seoTitle, description: row.seoDescription },
  };
  if (view.format !== null && row.bodyValue !== undefined) article.body = body(view.format, row.bodyValue);
  if (view.links) article.links = view.links;
  return view.fields ? pick(article, view.fields) : article;
}

/** The fields asked for, and `id` always: it is how a client names what it got. */
export function pick(article: Article, fields: string[]): Article {
  const out: Record<string, unknown> = { id: article.id };
  for (const field of fields) if (field in article) out[field] = article[field as keyof Article];
  return out as Article;
}

/**
 * The validators of a representation, from what it depends on rather than a
 * hash of its bytes: the article's version, its section's, authors' and tags'
 * versions, whether its schedule has passed, and the variant asked for. The
 * ETag's leading number is the article version (what If-Match compares on
 * writes); Last-Modified is the latest change among all of them.
 */
export function validators(
  row: Omit<ArticleVersions, 'bylines' | 'tags'>, bylines: Versioned[], tags: Versioned[], variant: string, now: number, moreTimes: number[] = [],
): { etag: string; lastModified: number } {
  // One-shot: creating a Hash object per answer cost more than the digest itself.
  const hash = digest('sha1', `${row.sectionVersion}|${effectiveStatus(row, now)}|${variant}`
    + bylines.map((b) => `${b.id}.${b.version}`).join(',') + tags.map((t) => `${t.id}.${t.version}`).join(','), 'base64url').slice(0, 16);
  const published = row.publishAt !== null && row.publishAt <= now ? row.publishAt : 0;
  const lastModified = Math.max(row.updatedAt, row.sectionUpdatedAt, published,
    ...bylines.map((b) => b.updatedAt), ...tags.map((t) => t.updatedAt), ...moreTimes);
  return { etag: `"${row.version}-${hash}"`, lastModified };
}
