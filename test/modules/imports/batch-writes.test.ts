import t from 'tap';
import { createRepositories, transactor, type Repositories } from '../../../src/db/repositories.js';
import { preparerWith } from '../../../src/modules/imports/bodies.js';
import { createMediaStore } from '../../../src/modules/imports/repository.js';
import { runImport } from '../../../src/modules/imports/run.js';
import { legacyPath } from '../../../src/modules/imports/paths.js';
import { wordpressSource } from '../../../src/modules/imports/wordpress/reader.js';
import { article, inThreadRenderer, makeApp, newsroom } from '../../helpers.js';
import { WXR } from './helpers.js';

// A batch's import entries and old paths are written with one statement each, after its posts,
// in its transaction: a batch of 4 posts calls each repository method once, with all its rows.

t.test('entries and paths: one write per batch, with every written post of it', async (t) => {
  const test = await makeApp(t);
  const calls: { method: string; rows: number }[] = [];
  const wrap = (repos: Repositories): Repositories => ({
    ...repos,
    imports: {
      ...repos.imports,
      saveEntries: (source, kind, entries, now) => {
        if (kind === 'article') calls.push({ method: 'saveEntries', rows: entries.length });
        return repos.imports.saveEntries(source, kind, entries, now);
      },
      addPaths: (paths, now) => {
        calls.push({ method: 'addPaths', rows: paths.length });
        return repos.imports.addPaths(paths, now);
      },
    },
  });
  const media = createMediaStore();
  const source = wordpressSource(WXR, media, { defaultSection: 'Non classé', now: test.clock.now });
  const summary = await runImport({ repos: createRepositories(test.db.sql), transaction: transactor(test.db, wrap) }, source, {
    dryRun: false, batchSize: 4, now: () => test.clock.now, publicUrl: 'http://localhost:3000', bodies: preparerWith(inThreadRenderer),
  });
  media.close();
  const written = summary.posts.created;
  const batches = Math.ceil((written + summary.posts.failed) / 4);
  t.ok(written > 4, `${written} posts`);
  t.equal(calls.filter((c) => c.method === 'saveEntries').length, batches, 'one entries statement a batch');
  t.equal(calls.filter((c) => c.method === 'addPaths').length, batches, 'one paths statement a batch');
  t.equal(calls.filter((c) => c.method === 'saveEntries').reduce((n, c) => n + c.rows, 0), written, 'every written post has its entry');
  t.ok(calls.filter((c) => c.method === 'addPaths').some((c) => c.rows > 1), 'a batch\'s paths together');
  const repos = createRepositories(test.db.sql);
  t.ok(await repos.imports.articleForPath(legacyPath('/2025/12/01/grand-format-quartiers/')!), 'and they resolve');
});

t.test('a path given twice in one statement goes to the last article; no rows, no statement', async (t) => {
  const test = await makeApp(t);
  const { section } = await newsroom(test.app);
  const first = await article(test.app, { sectionId: section.id, title: 'Un' });
  const second = await article(test.app, { sectionId: section.id, title: 'Deux' });
  const repos = createRepositories(test.db.sql);
  await repos.imports.addPaths([{ path: '/a/', articleId: first.id }, { path: '/b/', articleId: first.id }, { path: '/a/', articleId: second.id }], 1);
  t.equal(await repos.imports.articleForPath('/a/'), second.id);
  t.equal(await repos.imports.articleForPath('/b/'), first.id);
  await repos.imports.addPaths([], 2);
  await repos.imports.saveEntries('wordpress:x', 'article', [], 2);
  t.same([...await repos.imports.entries('wordpress:x', 'article', ['k'])], []);
});
