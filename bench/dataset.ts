// Makes a benchmark database: the demo newsroom plus N generated articles of
// French text (~800 words each, from a Markov chain over the demo articles),
// with tags, authors, related links and a view history, written straight
// through the repositories in large transactions. Reports its own speed.
// Usage: npm run bench:dataset -- --articles 100000 --db /tmp/kiosque-100k.db
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { closeDatabase, migrateDatabase, openDatabase } from '../src/db/connection.js';
import { createRepositories } from '../src/db/repositories.js';
import { demoArticles, seedDemo } from '../src/db/seed/index.js';
import { renderMarkdown } from '../src/content/render.js';
import type { ArticleRow } from '../src/db/schema.js';
import { newId } from '../src/lib/ids.js';
import { uniqueSlug } from '../src/lib/slugs.js';
import { replaceLinks } from '../src/modules/links/service.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, db: { type: 'string', default: '/tmp/kiosque-bench.db' } } });
const total = Number(values.articles);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A small deterministic PRNG (mulberry32), so every run makes the same dataset. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

// An order-2 Markov chain over the words of the demo bodies.
const words = demoArticles.flatMap((a) => a.body.replace(/[#>*|[\]()!-]+/g, ' ').split(/\s+/).filter((w) => w && !w.startsWith('http')));
const chain = new Map<string, string[]>();
for (let i = 2; i < words.length; i++) {
  const key = `${words[i - 2]} ${words[i - 1]}`;
  const next = chain.get(key);
  if (next) next.push(words[i]);
  else chain.set(key, [words[i]]);
}
const starts = [...chain.keys()].filter((k) => /^[A-ZÉÀ]/.test(k));

function sentence(min: number, max: number): string {
  const out = pick(starts).split(' ');
  const length = min + Math.floor(random() * (max - min));
  while (out.length < length) {
    const next = chain.get(`${out[out.length - 2]} ${out[out.length - 1]}`);
    if (!next) out.push(...pick(starts).split(' '));
    else out.push(pick(next));
  }
  return out.join(' ').replace(/[,;:«»"]+$/, '');
}

function body(): string {
  const parts = [sentence(40, 70) + '.'];
  for (let h = 0; h < 4; h++) {
    parts.push(`## ${sentence(4, 8)}`);
    for (let p = 0; p < 3; p++) parts.push(sentence(50, 75) + '.');
  }
  return parts.join('\n\n');
}

const started = performance.now();
rmSync(values.db!, { force: true });
const db = openDatabase(values.db!);
db.$client.pragma('synchronous = OFF'); // a throwaway dataset: speed over durability while writing it
migrateDatabase(db);
const repos = createRepositories(db);
const config = loadConfig({});
const now = Date.now();
seedDemo({ db, repos, now: () => now, config });
const sections = repos.sections.list(100).map((s) => s.id);
const authors = repos.authors.list(100).map((a) => a.id);
const tags = repos.tags.list(100).map((t) => t.id);

// Rendering Markdown costs ~7 ms an article: bodies come from a pool of distinct
// rendered texts (every article still gets its own title, standfirst and tags).
const POOL = Math.min(total, 3000);
const pool = Array.from({ length: POOL }, () => {
  const source = body();
  const r = renderMarkdown(source);
  return {
    body: source, bodyHtml: r.html, bodyText: r.text, bodyBlocks: JSON.stringify(r.blocks), toc: JSON.stringify(r.toc),
    summary: r.summary, wordCount: r.wordCount, readingTimeMinutes: r.readingTimeMinutes,
  };
});
console.log(`${POOL} bodies rendered in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const writing = performance.now();

const ids: string[] = [];
const batch = 2000;
for (let done = 0; done < total; done += batch) {
  db.$client.transaction(() => {
    for (let i = done; i < Math.min(total, done + batch); i++) {
      // Spread over two years, oldest first; the newest few are today's.
      const at = now - Math.floor(((total - i) / total) * 730 * DAY) - Math.floor(random() * HOUR);
      const title = sentence(7, 12);
      const row: ArticleRow = {
        id: newId('art', at), slug: uniqueSlug(title, repos.articles.slugTaken, 'article'), title,
        standfirst: sentence(18, 28) + '.', ...pool[i % POOL], lang: 'fr', status: 'published', pubStatus: 'usable',
        sectionId: pick(sections), publishAt: at, firstPublishedAt: at, embargoUntil: null,
        heroImage: JSON.stringify({ url: `https://cdn.lekiosque.example/images/bench/${i}.jpg`, alt: 'Illustration', width: 1600, height: 900 }),
        canonicalUrl: null, seoTitle: null, seoDescription: null, createdAt: at, updatedAt: at, version: 1,
      };
      repos.articles.insert(row, [...new Set([pick(authors), ...(random() < 0.3 ? [pick(authors)] : [])])], [...new Set([pick(tags), pick(tags), pick(tags)])]);
      ids.push(row.id);
      if (i > 10 && random() < 0.1) {
        replaceLinks({ ...repos, publicUrl: config.PUBLIC_URL, now: () => now }, row.id, [
          { kind: 'article', articleId: ids[i - 1 - Math.floor(random() * 10)] },
          { kind: 'external', url: 'https://www.insee.fr', title: 'Insee' },
        ]);
      }
    }
  })();
  const written = Math.min(total, done + batch);
  process.stdout.write(`\r${written} / ${total} articles, ${(written / ((performance.now() - writing) / 1000)).toFixed(0)} a second`);
}

// Views for the last 30 days on the 3,000 newest articles, skewed towards a few.
const views: { articleId: string; hour: number; count: number }[] = [];
const current = Math.floor(now / HOUR);
for (const id of ids.slice(-3000)) {
  const appeal = random() < 0.1 ? 50 : 3;
  for (let h = 0; h < 720; h += 1 + Math.floor(random() * 6)) views.push({ articleId: id, hour: current - h, count: 1 + Math.floor(random() * appeal) });
}
repos.views.add(views);
db.$client.pragma('synchronous = FULL');
closeDatabase(db);
console.log(`\n${total} articles written in ${((performance.now() - started) / 1000).toFixed(1)} s into ${values.db}`);
