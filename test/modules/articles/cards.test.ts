import t from 'tap';
import { createRepositories } from '../../../src/db/repositories.js';
import { cards, represent, Validation, type RepresentDeps } from '../../../src/modules/articles/cards.js';
import { PUBLIC_READER } from '../../../src/lib/reader.js';
import { article, makeApp, newsroom } from '../../helpers.js';

// A list read on PostgreSQL carries each row's bylines and tags (list-lines-postgres.ts); an article read does on both
// dialects. Rows that carry them are represented without reading them again; rows that do not, with one read of each.
t.test('rows carrying their bylines and tags are not read again', async (t) => {
  const { app, db, clock } = await makeApp(t);
  const n = await newsroom(app);
  const a = await article(app, { title: 'Un titre', sectionId: n.section.id, authorIds: [n.author.id], tagIds: [n.tag.id, n.tag2.id] });
  const repos = createRepositories(db.sql);
  const row = (await repos.articles.findWithLines('id', a.id, { body: null, audience: null }))!;
  const reads: string[] = [];
  const deps: RepresentDeps = {
    articles: {
      bylines: (ids) => { reads.push('bylines'); return repos.articles.bylines(ids); },
      tags: (ids) => { reads.push('tags'); return repos.articles.tags(ids); },
    },
    links: repos.links,
    publicUrl: 'https://example.test',
  };
  const shown = (list: { authors?: { id: string }[]; tags?: { id: string }[] }[]) => list.map((x) => [x.authors?.map((y) => y.id), x.tags?.map((y) => y.id)]);
  const expected = [[[n.author.id], [n.tag.id, n.tag2.id]]];
  const carried = await represent(deps, [row], clock.now, new Validation(), cards(PUBLIC_READER));
  t.same(shown(carried), expected, 'the lines the row carries');
  t.same(reads, [], 'none read');
  const { bylines: _b, tags: _t, ...bare } = row;
  const read = await represent(deps, [bare], clock.now, new Validation(), cards(PUBLIC_READER));
  t.same(shown(read), expected, 'the same lines, read');
  t.same(reads.sort(), ['bylines', 'tags'], 'once each');
});
