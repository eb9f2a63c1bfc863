import t from 'tap';
import { createOutbox } from '../../../src/modules/changes/outbox.js';
import type { NewChange } from '../../../src/modules/changes/repository.js';
import { exec, testRepositories } from '../../database.js';

async function fresh(t: { teardown(fn: () => unknown): void }) {
  const made = await testRepositories(t);
  // Sections a, a/one (a sub-section) and b: entitlements name subtrees.
  const section = (id: string, slug: string, parentId: string | null, path: string) => exec(made.db, `INSERT INTO sections
    (id, slug, name, parent_id, path, created_at, updated_at) VALUES (@id, @slug, @slug, @parentId, @path, 0, 0)`, { id, slug, parentId, path });
  await section('sec_a', 'a', null, 'a');
  await section('sec_a1', 'one', 'sec_a', 'a/one');
  await section('sec_b', 'b', null, 'b');
  return made;
}

const change = (over: Partial<NewChange>): NewChange => ({
  type: 'article.updated', entityType: 'article', entityId: 'art_x', slug: 'x', version: 1, sectionId: null,
  previousSectionId: null, public: true, occurredAt: 0, surrogateKeys: [], ...over,
});

t.test('entitled sections filter the feed on the section and the section moved out of', async (t) => {
  const { repos: { changes } } = await fresh(t);
  await changes.append(change({ entityId: 'a', sectionId: 'sec_a' }));
  await changes.append(change({ entityId: 'b', sectionId: 'sec_b' }));
  await changes.append(change({ entityId: 'moved', sectionId: 'sec_b', previousSectionId: 'sec_a' }));
  await changes.append(change({ entityType: 'tag', type: 'tag.updated', entityId: 'tag' }));
  await changes.append(change({ entityId: 'hidden', sectionId: 'sec_a', public: false }));
  await changes.append(change({ entityId: 'sub', sectionId: 'sec_a1' }));
  const ids = async (filter: { publicOnly: boolean; sectionIds: string[] | null }) => (await changes.list(0, 10, filter)).rows.map((r) => r.entityId);
  t.same(await ids({ publicOnly: true, sectionIds: ['sec_a'] }), ['a', 'moved', 'tag', 'sub'], 'with its sub-sections');
  t.same(await ids({ publicOnly: false, sectionIds: ['sec_a'] }), ['a', 'moved', 'tag', 'hidden', 'sub']);
  t.same(await ids({ publicOnly: true, sectionIds: null }), ['a', 'b', 'moved', 'tag', 'sub']);
  t.same(await ids({ publicOnly: true, sectionIds: ['sec_a1'] }), ['tag', 'sub'], 'not its parent');
  t.equal((await changes.list(0, 10, { publicOnly: true, sectionIds: [] })).latest, 6);
  t.equal(await changes.latestSeen({ publicOnly: true, sectionIds: ['sec_a'] }), 6, 'the newest change a partner sees');
  t.equal(await changes.latestSeen({ publicOnly: true, sectionIds: ['sec_b'] }), 4, 'not the hidden one after it');
  t.equal(await changes.latestSeen({ publicOnly: true, sectionIds: ['sec_none'] }), 4, 'tags are everyone\'s');
  t.equal(await (await fresh(t)).repos.changes.latestSeen({ publicOnly: true, sectionIds: null }), 0, 'an empty feed');
});

t.test('without a schedule watcher, an article write is judged against its last write', async (t) => {
  const { repos, transaction } = await fresh(t);
  let now = 1_000;
  const outbox = createOutbox({ transaction, now: () => now });
  const section = await outbox.created('section', async (tx) => {
    await tx.sections.insert({ id: 'sec_1', slug: 's', name: 'S', description: null, parentId: null, position: 0, path: 's', createdAt: now, updatedAt: now, version: 1 });
    return 'sec_1';
  });
  t.same(section.surrogateKeys, ['sec_1', 'sections'], 'the section and the list of sections');
  t.equal(await repos.changes.cursor('schedule'), undefined);
  const row = {
    id: 'art_1', slug: 'a', title: 'A', standfirst: null, body: '', bodyHtml: '', bodyText: '', bodyBlocks: '[]', toc: '[]',
    summary: '', wordCount: 0, readingTimeMinutes: 0, lang: 'fr', status: 'scheduled' as const, pubStatus: 'usable' as const,
    sectionId: 'sec_1', publishAt: 2_000, firstPublishedAt: 2_000, embargoUntil: null, heroImage: null, canonicalUrl: null,
    seoTitle: null, seoDescription: null, createdAt: now, updatedAt: now, version: 1,
  };
  t.equal((await outbox.created('article', async (tx) => { await tx.articles.insert(row, [], []); return row.id; })).seq, 2);
  now = 3_000;
  await outbox.changed('article', 'art_1', (tx) => tx.articles.update({ ...row, title: 'B', updatedAt: now, version: 2 }, 'a'));
  t.same((await repos.changes.list(0, 10, { publicOnly: false, sectionIds: null })).rows.map((r) => r.type),
    ['section.created', 'article.created', 'article.published'], 'its schedule came due since: this write tells it');
});

t.test('the instant each key was last purged: the latest change naming it, whatever the order of commits', async (t) => {
  const { repos: { changes } } = await fresh(t);
  await changes.append(change({ occurredAt: 2_000, surrogateKeys: ['articles', 'art_x'] }));
  await changes.append(change({ occurredAt: 1_000, surrogateKeys: ['articles', 'sec_a', 'sec_a'] }));
  await changes.append(change({ occurredAt: 3_000, surrogateKeys: ['art_x'] }));
  const at = async (keys: string[]) => (await changes.purgedAt(keys)).sort((a, b) => a.key.localeCompare(b.key));
  t.same(await at(['articles', 'art_x', 'sec_a', 'never']), [
    { key: 'art_x', at: 3_000 }, { key: 'articles', at: 2_000 }, { key: 'sec_a', at: 1_000 },
  ], 'not an earlier instant committed later; nothing for a key never purged');
  t.same(await at([]), []);
});
