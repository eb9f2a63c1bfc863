import type { Repositories } from '../../db/repositories.js';
import { audienceOf, PUBLIC_READER, suggestionsFor, type Reader } from '../../lib/reader.js';
import { cards, findArticle, LIST_KEY, represent, Validation } from '../articles/queries.js';
import type { ViewBuffer } from './buffer.js';
import { windowHours, type PopularQuery } from './schemas.js';

const HOUR = 3_600_000;

/** The epoch hour an instant falls in: the bucket its views are counted in. */
export const hourOf = (ms: number) => Math.floor(ms / HOUR);

// Crawlers, link previewers, monitors and HTTP libraries: none of them is a reader.
const BOT = /bot|crawl|spider|slurp|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|undici|libwww|httpclient|scrapy|headless|phantomjs|selenium|puppeteer|playwright|lighthouse|pingdom|uptime|monitor|preview|facebookexternalhit|embedly|whatsapp|telegram|discord|skype|archiver|validator/i;

/** Obvious bots, by User-Agent; a request without one is not a browser either. */
export function isBot(userAgent: string | undefined): boolean {
  return !userAgent?.trim() || BOT.test(userAgent);
}

export type BeaconDeps = {
  articles: Repositories['articles'];
  views: Pick<ViewBuffer, 'record'>;
  now: () => number;
};

/**
 * Counts a view when a reader could see the article now. Anything else
 * (unknown, draft, scheduled, archived, withheld, embargoed, a bot) is
 * dropped without a trace, whoever asks: the beacon answers the same.
 */
export function countView(deps: BeaconDeps, idOrSlug: string, userAgent: string | undefined): boolean {
  if (isBot(userAgent)) return false;
  const now = deps.now();
  const row = findArticle(deps, idOrSlug, null, audienceOf(PUBLIC_READER, now));
  if (!row) return false;
  deps.views.record(row.id, hourOf(now));
  return true;
}

export type PopularDeps = {
  articles: Pick<Repositories['articles'], 'bylines' | 'tags'>;
  links: Pick<Repositories['links'], 'forArticle'>;
  views: Pick<Repositories['views'], 'popular'>;
  publicUrl: string;
  now: () => number;
};

/** The most read visible articles of a window, with the validators and surrogate keys of the answer. */
export function listPopular(deps: PopularDeps, q: PopularQuery, reader: Reader) {
  const now = deps.now();
  const to = hourOf(now);
  const rows = deps.views.popular({
    from: to - windowHours[q.window], to, audience: suggestionsFor(reader, now), section: q.section, limit: q.limit,
  });
  // The ETag follows what is shown: which articles, their counts, and each article's own validator.
  const validation = new Validation().add(`${q.window}|${q.section}|${q.limit}|${rows.map((r) => r.views).join(',')}`, 0, [LIST_KEY, 'popular']);
  const articles = represent(deps, rows, now, validation, cards(reader));
  const data = rows.map((row, i) => ({ article: articles[i], views: row.views }));
  // Counts move with every flush, so the ranking is dated now; only the ETag can make a 304.
  return { data, ...validation.result(now), lastModified: now };
}
