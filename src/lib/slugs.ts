import { slugify } from '../content/slug.js';

/**
 * A slug for `text` that `taken` does not know yet: the folded text, then
 * `-2`, `-3`… Falls back to `fallback` when the text has no letters at all.
 */
export async function uniqueSlug(text: string, taken: (slug: string) => Promise<boolean>, fallback: string): Promise<string> {
  const base = slugify(text, 110) || fallback;
  let slug = base;
  for (let n = 2; await taken(slug); n++) slug = `${base}-${n}`;
  return slug;
}
