import type { ViewCount } from './repository.js';

const HOUR = 3_600_000;

export interface PublishedArticle {
  /** A stable name: it seeds the article's randomness, so the history never depends on order. */
  key: string;
  id: string;
  publishedAt: number;
}

/** mulberry32: a small, well-mixed PRNG, so the demo history is the same on every run. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** FNV-1a of a string, as a 32-bit seed. */
function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

// Readers by hour of the day in Paris (about 1 on average): quiet nights, a
// morning peak on the way to work, lunch, and the evening on the sofa.
const RHYTHM = [
  0.35, 0.2, 0.12, 0.1, 0.12, 0.3, 0.8, 1.6, 1.9, 1.5, 1.2, 1.2,
  1.5, 1.4, 1.0, 0.9, 0.9, 1.0, 1.2, 1.4, 1.7, 1.6, 1.1, 0.65,
];
const PARIS_OFFSET_HOURS = 2;

/**
 * A believable view history: hourly counts from each article's publication
 * (no earlier) to now, over the last `days`. Each article has its own appeal
 * (about one in five is a hit, several times the others), views spike at
 * publication and decay over a day or two into a long tail, and every day
 * follows the readers' rhythm.
 */
export function demoViewHistory(articles: PublishedArticle[], now: number, days = 30): ViewCount[] {
  const current = Math.floor(now / HOUR);
  const counts: ViewCount[] = [];
  for (const a of articles) {
    const random = prng(seedOf(a.key));
    const appeal = random() < 0.2 ? 4 + 4 * random() : 0.3 + random();
    const first = Math.max(Math.floor(a.publishedAt / HOUR), current - days * 24 + 1);
    for (let hour = first; hour <= current; hour++) {
      const age = Math.max(0, hour - a.publishedAt / HOUR);
      const decay = Math.exp(-age / 30) + 0.08 * Math.exp(-age / 240);
      const count = Math.round(400 * appeal * decay * RHYTHM[(hour + PARIS_OFFSET_HOURS) % 24] * (0.75 + 0.5 * random()));
      if (count > 0) counts.push({ articleId: a.id, hour, count });
    }
  }
  return counts;
}
