/**
 * Who is reading, as every read path needs it: whether the caller previews
 * (sees drafts, scheduled, archived, withheld and embargoed content), and a
 * partner key's entitlements. Set on each request by the auth plugin.
 */
export interface Reader {
  preview: boolean;
  /** The sections (with their sub-sections) a partner may read; null for all. */
  sections: string[] | null;
  /** Whether articles still under embargo are visible to this caller. */
  embargo: boolean;
  /** The article fields a partner may receive (`body` included or not); null for all. */
  fields: string[] | null;
  /** Separates cached answers of callers who may see different things: '' for every unrestricted reader. */
  partition: string;
}

export const PUBLIC_READER: Reader = { preview: false, sections: null, embargo: false, fields: null, partition: '' };
/** What an editor sees: everything, as answers to writes show it. */
export const EDITOR: Reader = { ...PUBLIC_READER, preview: true };

/** The values the visibility predicate (VISIBLE in articles/list-query.ts) binds. */
export interface Audience {
  now: number;
  sections: string | null;
  embargo: 0 | 1;
}

/** What every reader sees at `now` (sitemaps, counted views). */
export const publicAudience = (now: number): Audience => ({ now, sections: null, embargo: 0 });

/** What this reader sees at `now`; null for a previewing caller, who sees every article. */
export function audienceOf(reader: Reader, now: number): Audience | null {
  return reader.preview ? null
    : { now, sections: reader.sections && JSON.stringify(reader.sections), embargo: reader.embargo ? 1 : 0 };
}

/** Whether a partner may read a section, given the ids of its lineage (the section and its ancestors). */
export function mayReadSection(reader: Reader, lineage: string[]): boolean {
  return reader.sections === null || lineage.some((id) => reader.sections!.includes(id));
}

/**
 * What this reader sees among the articles suggested to readers (related,
 * most read, links): what the public sees, narrowed by a partner's entitlements.
 * A previewing editor gets the readers' view, not drafts.
 */
export function suggestionsFor(reader: Reader, now: number): Audience {
  return reader.preview ? publicAudience(now) : audienceOf(reader, now)!;
}

/** Whether this reader receives an article field (every reader but a partner whose allow-list leaves it out). */
export const receives = (reader: Reader, field: string): boolean => reader.fields === null || reader.fields.includes(field);

/** The fields of `wanted` (all of `all` when null) this reader may receive; null when nothing is trimmed. */
export function allowedFields(reader: Reader, wanted: string[] | null, all: readonly string[]): string[] | null {
  if (reader.fields === null) return wanted;
  const allowed = reader.fields;
  return (wanted ?? all).filter((f) => f === 'id' || allowed.includes(f));
}
