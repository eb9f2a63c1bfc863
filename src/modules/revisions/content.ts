import { iso, isoOrNull } from '../../lib/http.js';
import type { ArticleVersion } from './schemas.js';
import type { StoredVersion } from './repository.js';

/** The fields a version is compared on: what a write can change. */
export const FIELDS = [
  'slug', 'title', 'standfirst', 'body', 'lang', 'status', 'pubStatus', 'sectionId', 'authorIds', 'tagIds',
  'publishAt', 'embargoUntil', 'heroImage', 'canonicalUrl', 'seo', 'links',
] as const satisfies readonly (keyof ArticleVersion)[];

export type Field = (typeof FIELDS)[number];

/** A stored article as the version it is, in the shape it is kept and shown in. */
export function toVersion(row: StoredVersion): ArticleVersion {
  return {
    id: row.id, version: row.version, slug: row.slug, title: row.title, standfirst: row.standfirst, body: row.body,
    lang: row.lang, status: row.status, pubStatus: row.pubStatus, sectionId: row.sectionId,
    authorIds: row.authorIds, tagIds: row.tagIds,
    publishAt: isoOrNull(row.publishAt), embargoUntil: isoOrNull(row.embargoUntil), firstPublishedAt: isoOrNull(row.firstPublishedAt),
    heroImage: row.heroImage === null ? null : JSON.parse(row.heroImage),
    canonicalUrl: row.canonicalUrl,
    seo: { title: row.seoTitle, description: row.seoDescription },
    links: row.links.map((l) => ({
      kind: l.kind as 'article' | 'external', articleId: l.targetArticleId, url: l.url, title: l.title, description: l.description, label: l.label,
    })),
    createdAt: iso(row.createdAt), updatedAt: iso(row.updatedAt),
  };
}

// Versions are built by toVersion, so equal values serialise alike (same key order).
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fields that differ between two versions. */
export function changedFields(before: ArticleVersion, after: ArticleVersion): Field[] {
  return FIELDS.filter((f) => !same(before[f], after[f]));
}

const isEmpty = (value: unknown) => value === null || (Array.isArray(value) && value.length === 0)
  || (typeof value === 'object' && Object.values(value as object).every((v) => v === null));

/** What a creation set: every field with a value. */
export function setFields(version: ArticleVersion): Field[] {
  return FIELDS.filter((f) => !isEmpty(version[f]));
}
