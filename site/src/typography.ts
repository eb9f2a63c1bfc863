import { Html } from './html.js';

// French typography for text the API gives as typed: a no-break space before
// the colon and inside guillemets, a narrow one before ; ! ?, the typographic
// apostrophe and ellipsis. Only spaces already there are changed, so "12:30"
// and URLs stay whole.
const NBSP = '\u00A0';
const NNBSP = '\u202F';

export function typo(text: string): string {
  return text
    .replace(/ +:/g, `${NBSP}:`)
    .replace(/ +([;!?])/g, `${NNBSP}$1`)
    .replace(/« +/g, `«${NBSP}`)
    .replace(/ +»/g, `${NBSP}»`)
    .replace(/(\p{L})'(?=\p{L})/gu, '$1’')
    .replace(/\.\.\./g, '…');
}

/**
 * The same for HTML the API rendered: text between tags only, never inside
 * code or pre, with the apostrophe as the renderer may have escaped it.
 */
export function typoHtml(source: string): Html {
  let verbatim = 0;
  const parts = source.split(/(<[^>]*>)/);
  return new Html(parts.map((part) => {
    if (part.startsWith('<')) {
      if (/^<(code|pre)\b/i.test(part)) verbatim += 1;
      if (/^<\/(code|pre)>/i.test(part)) verbatim -= 1;
      return part;
    }
    return verbatim > 0 ? part : typo(part.replace(/&#x27;|&#39;/g, "'")).replace(/'/g, '&#39;');
  }).join(''));
}

const dayMonthYear = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });
const hourMinute = new Intl.DateTimeFormat('fr-FR', { hour: 'numeric', minute: '2-digit', timeZone: 'Europe/Paris' });

/** "1er juin 2026 à 10 h 05", in Paris time. */
export function frenchDate(iso: string): string {
  const date = new Date(iso);
  const day = dayMonthYear.format(date).replace(/^1 /, '1er ');
  const [hours, minutes] = hourMinute.format(date).split(':');
  return `${day} à ${Number(hours)}${NBSP}h${NBSP}${minutes}`;
}

/** "A", "A et B", "A, B et C". */
export function frenchList(items: string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} et ${items.at(-1)}` : items.join('');
}
