// Link and image URLs in article bodies may only lead to web pages, mail
// and phone numbers; anything else (javascript:, data:, vbscript:, file:…)
// is how script gets into a page, so it is refused rather than escaped.
const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g;

/**
 * Browsers ignore tabs and newlines inside a URL and whitespace around it, so
 * "java&#x09;script:" is still javascript:. Control characters never belong
 * in a URL: they are removed before the scheme is read and in the URL kept.
 */
export function cleanUrl(url: string): string {
  return url.replace(CONTROL_CHARACTERS, '').trim();
}

/** True for http(s), mailto and tel URLs and for relative ones (no scheme). */
export function isAllowedUrl(url: string): boolean {
  const scheme = SCHEME.exec(cleanUrl(url));
  return scheme === null || ALLOWED_SCHEMES.has(scheme[1].toLowerCase());
}

/** Links that leave the site, including protocol-relative ones. */
export function isExternalUrl(url: string): boolean {
  return /^(?:https?:)?\/\//i.test(url);
}
