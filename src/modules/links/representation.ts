import { receives, type Reader } from '../../lib/reader.js';
import { readerUrl } from '../articles/representation.js';
import type { LinkRow } from './repository.js';
import type { RelatedLink } from './schemas.js';

/**
 * One related link as `reader` sees it. An internal link shows its target's
 * slug, title, URL and standfirst, each only to a reader who receives that
 * field; an external link is the editor's own words and address.
 */
export function toRelatedLink(row: LinkRow, publicUrl: string, reader: Reader): RelatedLink {
  if (row.kind === 'external') {
    return { position: row.position, kind: 'external', label: row.label, url: row.url!, title: row.title!, description: row.description, article: null };
  }
  const url = readerUrl(publicUrl, { sectionPath: row.targetSectionPath!, slug: row.targetSlug!, canonicalUrl: row.targetCanonicalUrl });
  const shown = {
    ...(receives(reader, 'slug') && { slug: row.targetSlug! }),
    ...(receives(reader, 'title') && { title: row.targetTitle! }),
    ...(receives(reader, 'url') && { url }),
    ...(receives(reader, 'standfirst') && { standfirst: row.targetStandfirst! }),
  };
  return {
    position: row.position, kind: 'article', label: row.label,
    ...(shown.url !== undefined && { url }), ...(shown.title !== undefined && { title: shown.title }),
    description: shown.standfirst ?? null, article: { id: row.targetArticleId!, ...shown },
  };
}
