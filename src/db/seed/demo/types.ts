export interface DemoHeroImage {
  url: string;
  alt: string;
  caption: string;
  credit: string;
  width: number;
  height: number;
}

export interface DemoArticle {
  /** Unique across the demo newsroom; used to wire related links. */
  key: string;
  title: string;
  standfirst: string;
  /** Path of a section from taxonomy.ts, e.g. "actualites/ia". */
  section: string;
  /** Author slugs from taxonomy.ts, in byline order. */
  authors: string[];
  /** Tag slugs from taxonomy.ts, most important first. */
  tags: string[];
  status: 'published' | 'draft' | 'scheduled' | 'archived';
  /** Publication time relative to the seed, in hours; negative is in the past, positive only for scheduled. */
  publishOffsetHours: number;
  heroImage: DemoHeroImage;
  /** Keys of other demo articles, in order, shown as curated related links. */
  related: string[];
  external: { url: string; title: string; description: string }[];
  /** CommonMark + GFM source. */
  body: string;
}
