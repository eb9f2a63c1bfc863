import type { Repositories } from '../../db/repositories.js';
import { suggestionsFor, type Reader } from '../../lib/reader.js';
import { KEYS } from '../../lib/keys.js';
import { cards, represent, Validation } from '../articles/cards.js';
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
  views: Pick<ViewBuffer, 'record'>;
  now: () => number;
};

/**
 * Takes a view into the buffer unless a bot sent it. Whether it names an
 * article a reader could see then is decided when the buffer is written
 * (repository addPending): views of unknown, draft, scheduled, archived,
 * withheld or embargoed articles never count, whoever sends them, and the
 * beacon answers the same either way.
 */
export function countView(deps: BeaconDeps, idOrSlug: string, userAgent: string | undefined): boolean {
  if (isBot(userAgent)) return false;
  deps.views.record(idOrSlug, deps.now());
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
export async function listPopular(deps: PopularDeps, q: PopularQuery, reader: Reader) {
  const now = deps.now();
  const to = hourOf(now);
  const rows = await deps.views.popular({
    hours: windowHours[q.window], to, audience: suggestionsFor(reader, now), section: q.section, limit: q.limit,
  });
  // The ETag follows what is shown: which articles, their counts, and each article's own validator.
  const validation = new Validation().add(`${q.window}|${q.section}|${q.limit}|${rows.map((r) => r.views).join(',')}`, 0, [KEYS.popular, KEYS.articles, KEYS.refs]);
  const articles = await represent(deps, rows, now, validation, cards(reader));
  const data = rows.map((row, i) => ({ article: articles[i], views: row.views }));
  // Counts move with every flush, so the ranking is dated now; only the ETag can make a 304.
  return { data, ...validation.result(now), lastModified: now };
}
