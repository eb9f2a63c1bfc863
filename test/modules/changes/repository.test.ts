import t from 'tap';
import { migrateDatabase, openDatabase } from '../../../src/db/connection.js';
import { createRepositories } from '../../../src/db/repositories.js';
import { createOutbox } from '../../../src/modules/changes/outbox.js';
import type { NewChange } from '../../../src/modules/changes/repository.js';

function fresh(t: { teardown(fn: () => unknown): void }) {
  const db = openDatabase(':memory:');
  migrateDatabase(db);
  t.teardown(() => db.$client.close());
  // Sections a, a/one (a sub-section) and b: entitlements name subtrees.
  const section = db.$client.prepare(`INSERT INTO sections (id, slug, name, parent_id, path, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, 0, 0)`);
  section.run('sec_a', 'a', 'A', null, 'a');
  section.run('sec_a1', 'one', 'One', 'sec_a', 'a/one');
  section.run('sec_b', 'b', 'B', null, 'b');
  return createRepositories(db);
}

const change = (over: Partial<NewChange>): NewChange => ({
  type: 'article.updated', entityType: 'article', entityId: 'art_x', slug: 'x', version: 1, sectionId: null,
  previousSectionId: null, public: true, occurredAt: 0, surrogateKeys: [], ...over,
});

t.test('entitled sections filter the feed on the section and the section moved out of', async (t) => {
  const { changes } = fresh(t);
  changes.append(change({ entityId: 'a', sectionId: 'sec_a' }));
  changes.append(change({ entityId: 'b', sectionId: 'sec_b' }));
  changes.append(change({ entityId: 'moved', sectionId: 'sec_b', previousSectionId: 'sec_a' }));
  changes.append(change({ entityType: 'tag', type: 'tag.updated', entityId: 'tag' }));
  changes.append(change({ entityId: 'hidden', sectionId: 'sec_a', public: false }));
  changes.append(change({ entityId: 'sub', sectionId: 'sec_a1' }));
  const ids = (filter: { publicOnly: boolean; sectionIds: string[] | null }) => changes.list(0, 10, filter).map((r) => r.entityId);
  t.same(ids({ publicOnly: true, sectionIds: ['sec_a'] }), ['a', 'moved', 'tag', 'sub'], 'with its sub-sections');
  t.same(ids({ publicOnly: false, sectionIds: ['sec_a'] }), ['a', 'moved', 'tag', 'hidden', 'sub']);
  t.same(ids({ publicOnly: true, sectionIds: null }), ['a', 'b', 'moved', 'tag', 'sub']);
  t.same(ids({ publicOnly: true, sectionIds: ['sec_a1'] }), ['tag', 'sub'], 'not its parent');
  t.equal(changes.latestSeen({ publicOnly: true, sectionIds: ['sec_a'] }), 6, 'the newest change a partner sees');
  t.equal(changes.latestSeen({ publicOnly: true, sectionIds: ['sec_b'] }), 4, 'not the hidden one after it');
  t.equal(changes.latestSeen({ publicOnly: true, sectionIds: ['sec_none'] }), 4, 'tags are everyone\'s');
  t.equal(fresh(t).changes.latestSeen({ publicOnly: true, sectionIds: null }), 0, 'an empty feed');
});

t.test('without a schedule watcher, an article write is judged against its last write', async (t) => {
  const repos = fresh(t);
  let now = 1_000;
  const outbox = createOutbox({ changes: repos.changes, now: () => now });
  const section = outbox.created('section', () => {
    repos.sections.insert({ id: 'sec_1', slug: 's', name: 'S', description: null, parentId: null, position: 0, path: 's', createdAt: now, updatedAt: now, version: 1 });
    return 'sec_1';
  });
  t.same(section.surrogateKeys, ['sec_1', 'sections'], 'the section and the list of sections');
  t.equal(repos.changes.cursor('schedule'), undefined);
  const row = {
    id: 'art_1', slug: 'a', title: 'A', standfirst: null, body: '', bodyHtml: '', bodyText: '', bodyBlocks: '[]', toc: '[]',
    summary: '', wordCount: 0, readingTimeMinutes: 0, lang: 'fr', status: 'scheduled' as const, pubStatus: 'usable' as const,
    sectionId: 'sec_1', publishAt: 2_000, firstPublishedAt: 2_000, embargoUntil: null, heroImage: null, canonicalUrl: null,
    seoTitle: null, seoDescription: null, createdAt: now, updatedAt: now, version: 1,
  };
  t.equal(outbox.created('article', () => { repos.articles.insert(row, [], []); return row.id; }).seq, 2);
  now = 3_000;
  outbox.changed('article', 'art_1', () => repos.articles.update({ ...row, title: 'B', updatedAt: now, version: 2 }, 'a'));
  t.same(repos.changes.list(0, 10, { publicOnly: false, sectionIds: null }).map((r) => r.type),
    ['section.created', 'article.created', 'article.published'], 'its schedule came due since: this write tells it');
});
