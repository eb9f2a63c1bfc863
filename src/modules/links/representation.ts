import { readerUrl } from '../articles/representation.js';
import type { LinkRow } from './repository.js';
import type { RelatedLink } from './schemas.js';

/** A stored link as readers get it: an internal one with its target's title, URL and standfirst. */
export function toRelatedLink(row: LinkRow, publicUrl: string): RelatedLink {
  if (row.kind === 'external') {
    return { position: row.position, kind: 'external', label: row.label, url: row.url!, title: row.title!, description: row.description, article: null };
  }
  const url = readerUrl(publicUrl, { sectionPath: row.targetSectionPath!, slug: row.targetSlug!, canonicalUrl: row.targetCanonicalUrl });
  return {
    position: row.position, kind: 'article', label: row.label, url, title: row.targetTitle!, description: row.targetStandfirst,
    article: { id: row.targetArticleId!, slug: row.targetSlug!, title: row.targetTitle!, url, standfirst: row.targetStandfirst! },
  };
}
