// Old URLs as the imports record them and the redirects look them up. Apart from the rest of
// the importers (source.ts): the server reads these on every lookup without loading an HTML parser.

/** A percent-encoded slug (WordPress keeps UTF-8 slugs encoded) decoded, or as it is when it is not valid encoding. */
export function decodeSlug(value: string): string {
  try {
    return decodeURIComponent(value).normalize('NFC');
  } catch {
    return value.normalize('NFC');
  }
}

/**
 * An old path as it is stored and looked up: percent-decoded, NFC, with one
 * leading slash and no trailing one. Only WordPress's short-link queries
 * (`?p=`, `?page_id=`) are kept; any other query or fragment is not part of it.
 */
export function legacyPath(pathOrUrl: string): string | null {
  const base = 'http://legacy.invalid';
  if (!URL.canParse(pathOrUrl, base)) return null;
  const url = new URL(pathOrUrl, base);
  const query = /^\?(p|page_id)=\d+$/.exec(url.search)?.[0] ?? '';
  // The root alone is no old path; the root with a short-link query is ('/?p=10').
  return `${decodeSlug(url.pathname).replace(/\/+$/, '')}${query}`.replace(/^\?/, '/?') || null;
}
