import type { Config } from '../../config.js';
import type { Database } from '../database.js';
import { transactor } from '../repositories.js';
import { createSection } from '../../modules/sections/service.js';
import { createAuthor } from '../../modules/authors/service.js';
import { createTag } from '../../modules/tags/service.js';
import { createArticle } from '../../modules/articles/service.js';
import { renderForStorage } from '../../content/render.js';
import { replaceLinks } from '../../modules/links/service.js';
import { demoViewHistory } from '../../modules/popular/history.js';
import { demoAuthors, demoSections, demoTags } from './demo/taxonomy.js';
import { articlesA } from './demo/articles-a.js';
import { articlesB } from './demo/articles-b.js';
import { articlesC } from './demo/articles-c.js';
import { articlesD } from './demo/articles-d.js';
import type { DemoArticle } from './demo/types.js';

export const demoArticles: DemoArticle[] = [...articlesA, ...articlesB, ...articlesC, ...articlesD];

type SeedContext = { db: Database; now: () => number; config: Pick<Config, 'PUBLIC_URL'> };

const HOUR = 3_600_000;
/** The demo's writes keep no history (no revisions are kept without `keep`): no key wrote them. */
const SEED = { id: 'seed', name: 'kiosque seed' };

/**
 * Fills the database with the demo newsroom through the same services the
 * API uses, so every body is rendered exactly as a real write would be (on
 * this thread: the demo's bodies are ours, and the server is not listening yet).
 */
export async function seedDemo(ctx: SeedContext): Promise<{ sections: number; authors: number; tags: number; articles: number }> {
  const transaction = transactor(ctx.db);
  const now = ctx.now();
  const write = { transaction, now: ctx.now, publicUrl: ctx.config.PUBLIC_URL };
  const sectionIds = new Map<string, string>();
  for (const s of demoSections) {
    const parentPath = s.path.includes('/') ? s.path.slice(0, s.path.lastIndexOf('/')) : null;
    const created = await createSection(write, {
      name: s.name, slug: s.path.split('/').pop(), description: s.description,
      parentId: parentPath ? sectionIds.get(parentPath) : undefined, position: sectionIds.size,
    });
    sectionIds.set(s.path, created.result.id);
  }
  for (const a of demoAuthors) await createAuthor(write, a);
  for (const t of demoTags) await createTag(write, t);

  const ids = new Map<string, string>();
  const ordered = [...demoArticles].sort((a, b) => a.publishOffsetHours - b.publishOffsetHours);
  for (const a of ordered) {
    const at = now + a.publishOffsetHours * HOUR;
    const deps = { transaction, now: () => (a.status === 'scheduled' ? now : at) };
    ids.set(a.key, (await createArticle(deps, SEED, {
      title: a.title, standfirst: a.standfirst, body: a.body, sectionId: sectionIds.get(a.section)!,
      authorIds: a.authors, tagIds: a.tags, status: a.status, heroImage: a.heroImage,
      publishAt: a.status === 'draft' ? undefined : new Date(at).toISOString(),
    }, renderForStorage(a.body))).result);
  }
  for (const a of demoArticles) {
    const links = [
      ...a.related.map((key) => ({ kind: 'article' as const, articleId: ids.get(key)! })),
      ...a.external.map((e) => ({ kind: 'external' as const, ...e })),
    ];
    if (links.length) await replaceLinks(write, SEED, ids.get(a.key)!, links);
  }
  // A month of readers, so the most-read lists have something to rank on a fresh start.
  const published = demoArticles.filter((a) => a.status === 'published')
    .map((a) => ({ key: a.key, id: ids.get(a.key)!, publishedAt: now + a.publishOffsetHours * HOUR }));
  await transaction((repos) => repos.views.add(demoViewHistory(published, now)));
  return { sections: demoSections.length, authors: demoAuthors.length, tags: demoTags.length, articles: demoArticles.length };
}
