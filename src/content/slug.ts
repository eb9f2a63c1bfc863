import slugifyWords from '@sindresorhus/slugify';

export const SLUG_PATTERN = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const SLUG_MAX_LENGTH = 120;

const slugRegExp = new RegExp(SLUG_PATTERN);

// The library's defaults are English: '&' becomes "and". Apostrophes (typed
// or typographic) separate French words, so "l'économie" gives "l-economie"
// rather than "leconomie".
const FRENCH_REPLACEMENTS: [string, string][] = [
  ['&', ' et '],
  ["'", ' '],
  ['\u2019', ' '],
  ['\u02bc', ' '],
];

// Accents on Latin letters are dropped before the library sees them: it
// would otherwise spell ä, ö, ü the German way (ae, oe, ue), which is wrong
// for "Kärcher" in a French headline. Ligatures and ß have no decomposition
// and are left to the library (œ → oe, æ → ae, ß → ss).
const LATIN_ACCENTS = /(\p{Script=Latin})\p{M}+/gu;

function foldLatinAccents(input: string): string {
  return input.normalize('NFD').replace(LATIN_ACCENTS, '$1').normalize('NFC');
}

/** A URL slug from a title: ASCII, lowercase, dash-separated; '' when nothing is left. */
export function slugify(input: string, maxLength = SLUG_MAX_LENGTH): string {
  const slug = slugifyWords(foldLatinAccents(input), {
    decamelize: false,
    customReplacements: FRENCH_REPLACEMENTS,
  });
  return truncateSlug(slug, maxLength);
}

// Cut between words when the last dash keeps at least half the budget; a
// slug of one very long word is cut where it must be.
function truncateSlug(slug: string, maxLength: number): string {
  if (slug.length <= maxLength) return slug;
  const boundary = slug.slice(0, maxLength + 1).lastIndexOf('-');
  return boundary >= maxLength / 2 ? slug.slice(0, boundary) : slug.slice(0, maxLength);
}

export function isValidSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && slugRegExp.test(value);
}
