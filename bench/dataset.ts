// Makes a benchmark database: the demo newsroom plus N generated articles of
// French text (~800 words each, see text.ts for how its word statistics
// follow a real archive's), with tags, authors, related links and a view
// history, written straight through the repositories in large transactions; then what a server would
// have derived from them (the most-read totals, the related candidates).
// Reports its own speed.
// Usage: npm run bench:dataset -- --articles 100000 --db /tmp/kiosque-100k.db
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { isPostgresUrl, openDatabase } from '../src/db/connection.js';
import type { SqliteDatabase } from '../src/db/sqlite.js';
import { createRepositories, transactor } from '../src/db/repositories.js';
import { demoArticles, seedDemo } from '../src/db/seed/index.js';
import { renderMarkdownSync } from '../src/content/render.js';
import type { ArticleRow } from '../src/db/schema.js';
import { newId } from '../src/lib/ids.js';
import { uniqueSlug } from '../src/lib/slugs.js';
import { replaceLinks } from '../src/modules/links/service.js';
import { rollUpViews } from '../src/modules/popular/rollup.js';
import { rebuildRelated } from '../src/modules/related/refresh.js';
import { analyzer } from '../src/modules/search/text.js';
import { createTextModel, prng } from './text.js';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '10000' }, db: { type: 'string', default: '/tmp/kiosque-bench.db' } } });
const total = Number(values.articles);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const random = prng(42);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
const text = createTextModel(demoArticles, random);

const started = performance.now();
// A SQLite file (made anew) or an empty PostgreSQL database (`--db postgres://…`).
if (!isPostgresUrl(values.db!)) rmSync(values.db!, { force: true });
const db = openDatabase(values.db!, { pool: 2 });
const sqlite = db.dialect.name === 'sqlite' ? (db as SqliteDatabase).client : null;
sqlite?.pragma('synchronous = OFF'); // a throwaway dataset: speed over durability while writing it
// Each transaction writes ~100 MB: a page cache that holds it keeps SQLite from spilling and reading pages back.
sqlite?.pragma('cache_size = -524288');
await db.migrate();
const repos = createRepositories(db.sql);
const transaction = transactor(db);
const config = loadConfig({});
const now = Date.now();
await seedDemo({ db, now: () => now, config });
const sectionId = new Map((await repos.sections.list(100)).map((r) => [r.path, r.id]));
const authorId = new Map((await repos.authors.list(100)).map((r) => [r.slug, r.id]));
const tagId = new Map((await repos.tags.list(100)).map((r) => [r.slug, r.id]));
const allTags = [...tagId.values()];
const topics = text.topics.map((t) => ({
  ...t, sectionId: sectionId.get(t.section)!, authorIds: t.authors.map((a) => authorId.get(a)!), tagIds: t.tags.map((g) => tagId.get(g)!),
}));

// Rendering Markdown costs ~7 ms an article: bodies come from a pool of distinct rendered texts per
// subject, 100 for each demo subject and 3 for each other (every article still gets its own title,
// standfirst and tags).
const render = (topic: (typeof topics)[number]) => {
  const source = text.body(topic);
  const r = renderMarkdownSync(source);
  return {
    body: source, bodyHtml: r.html, bodyText: r.text, bodyBlocks: JSON.stringify(r.blocks), toc: JSON.stringify(r.toc),
    summary: r.summary, wordCount: r.wordCount, readingTimeMinutes: r.readingTimeMinutes,
  };
};
const pools = new Map(topics.map((t) => [t, Array.from({ length: Math.min(total, t.demo ? 100 : 3) }, () => render(t))]));
// The search index stems each article's text (index-sqlite.ts), and stemming is most of the cost of
// writing: a pooled body's stemmed form is computed once and reused, the same text as stemming it again.
const stemmed = new Map<string, string>();
const indexed = analyzer.indexed;
analyzer.indexed = (text, lang) => {
  if (text.length < 1000) return indexed(text, lang);
  const key = `${lang}\u0000${text}`;
  let out = stemmed.get(key);
  if (out === undefined) stemmed.set(key, (out = indexed(text, lang)));
  return out;
};
const POOL = [...pools.values()].reduce((n, p) => n + p.length, 0);
console.log(`${POOL} bodies rendered in ${((performance.now() - started) / 1000).toFixed(1)} s`);
const writing = performance.now();

const ids: string[] = [];
const batch = 2000;
for (let done = 0; done < total; done += batch) {
  await transaction(async (tx) => {
    for (let i = done; i < Math.min(total, done + batch); i++) {
      // Spread over two years, oldest first; the newest few are today's.
      const at = now - Math.floor(((total - i) / total) * 730 * DAY) - Math.floor(random() * HOUR);
      const topic = topics[text.topics.indexOf(text.topic())];
      const title = text.sentence(topic, 7, 12);
      const row: ArticleRow = {
        id: newId('art', at), slug: await uniqueSlug(title, tx.articles.slugTaken, 'article'), title,
        standfirst: text.sentence(topic, 18, 28) + '.', ...pick(pools.get(topic)!), lang: 'fr', status: 'published', pubStatus: 'usable',
        sectionId: topic.sectionId, publishAt: at, firstPublishedAt: at, embargoUntil: null,
        heroImage: JSON.stringify({ url: `https://cdn.lekiosque.example/images/bench/${i}.jpg`, alt: 'Illustration', width: 1600, height: 900 }),
        canonicalUrl: null, seoTitle: null, seoDescription: null, createdAt: at, updatedAt: at, version: 1,
      };
      const authors = [pick(topic.authorIds), ...(random() < 0.3 ? [pick(topic.authorIds)] : [])];
      const tags = [...(topic.demo ? [pick(topic.tagIds), pick(topic.tagIds)] : []), ...(random() < 0.1 ? [pick(allTags)] : [])];
      await tx.articles.insert(row, [...new Set(authors)], [...new Set(tags)]);
      ids.push(row.id);
      if (i > 10 && random() < 0.1) {
        await replaceLinks({ transaction, publicUrl: config.PUBLIC_URL, now: () => now }, { id: 'bench', name: 'bench dataset' }, row.id, [
          { kind: 'article', articleId: ids[i - 1 - Math.floor(random() * 10)] },
          { kind: 'external', url: 'https://www.insee.fr', title: 'Insee' },
        ]);
      }
    }
  });
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
await transaction((tx) => tx.views.add(views));
// What a server that took these articles through the API would hold by now: the most-read windows' totals
// (rolled up 10 s after its start) and each article's related candidates (stored at each write; here as
// `kiosque related rebuild` stores them). Without them a reader page summed the hourly buckets and scored
// related articles through FTS5 on every read: 15.7 against 3.3 ms of CPU on 10,040 articles.
await rollUpViews({ transaction, now: () => now }, true);
const relating = performance.now();
const related = await rebuildRelated({ repos, transaction, now: () => now });
console.log(`\nrelated candidates of ${related} articles stored in ${((performance.now() - relating) / 1000).toFixed(1)} s`);
sqlite?.pragma('synchronous = FULL');
await db.close();
console.log(`\n${total} articles written in ${((performance.now() - started) / 1000).toFixed(1)} s into ${values.db!.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@')}`);
