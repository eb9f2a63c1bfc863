import { createReadStream } from 'node:fs';
import chain from 'stream-chain';
import { parser, type Token } from 'stream-json/parser.js';
import { Assembler } from 'stream-json/assembler.js';
import { verifyFile } from 'stream-json/file/verifier.js';
import { MalformedExport } from '../errors.js';
import type { ExportSource, Scan } from '../run.js';
import { DEFAULT_SECTION } from '../posts.js';
import { htmlText, termSlug, type SourcePost, type SourceSection } from '../source.js';
import { ghostSkipReason, mapGhostPost, siteAddress, type GhostSite, type Row } from './map.js';

// A Ghost JSON export ({ db: [{ meta, data: { posts: […], tags: […], … } }] }) read as a
// stream of rows: one row is assembled at a time, so a large export is read in bounded
// memory. The first pass keeps the small tables (tags, users, relations, meta); the
// second hands the posts over one by one.

export interface GhostOptions { siteUrl?: string; lang?: string; defaultSection: string; now: number }

/** The tables the first pass keeps. */
const KEPT = new Set(['tags', 'users', 'posts_tags', 'posts_authors', 'posts_meta']);
// Depth of a table's rows: root {} → db [] → {} → data {} → table [] → row.
const ROW_DEPTH = 5;

/** Rows of the tables `wanted` names, with their table; other tables' rows are skipped token by token. */
async function* rows(path: string, wanted: (table: string) => boolean): AsyncGenerator<{ table: string; row: Row }> {
  const keys: (string | null)[] = [];
  let depth = 0;
  let row: Assembler<Row> | null = null;
  let table = '';
  const tokens = chain([createReadStream(path), parser({ streamValues: false })]) as AsyncIterable<Token>;
  for await (const token of tokens) {
    if (row) {
      row.consume(token);
      if (row.done) {
        yield { table, row: row.current! };
        row = null;
      }
    } else if (token.name === 'startObject' || token.name === 'startArray') {
      if (depth === ROW_DEPTH && token.name === 'startObject' && keys[1] === 'db' && keys[3] === 'data' && wanted(keys[4]!)) {
        table = keys[4]!;
        row = new Assembler<Row>().consume(token);
      } else keys[++depth] = null;
    } else if (token.name === 'endObject' || token.name === 'endArray') depth -= 1;
    else if (token.name === 'keyValue') keys[depth] = token.value;
  }
}

/** Rows, or a MalformedExport naming the line and column where the JSON breaks. */
async function* checkedRows(path: string, wanted: (table: string) => boolean): AsyncGenerator<{ table: string; row: Row }> {
  try {
    yield* rows(path, wanted);
  } catch (error) {
    // The parser does not say where it stopped; the verifier does (it reads the file again, only on failure).
    const at: { line?: number; pos?: number; message: string } | undefined = await verifyFile(path).catch((e) => e);
    if (at?.line === undefined) throw error;
    const reason = at.message.replace(/^ERROR at \d+ \(\d+, \d+\): Verifier (cannot parse input: )?(has )?/, '');
    throw new MalformedExport(path, at.line, at.pos!, reason);
  }
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const ordered = (links: Row[], key: string) => {
  const by = new Map<string, { id: string; order: number }[]>();
  for (const l of links) by.set(str(l.post_id), [...(by.get(str(l.post_id)) ?? []), { id: str(l[key]), order: Number(l.sort_order) || 0 }]);
  return new Map([...by].map(([post, list]) => [post, list.sort((a, b) => a.order - b.order).map((x) => x.id)]));
};

export function ghostSource(path: string, options: GhostOptions): ExportSource {
  let site: GhostSite | undefined;
  return {
    async scan(): Promise<Scan> {
      const tables = new Map<string, Row[]>([...KEPT].map((t) => [t, []]));
      const skipped = new Map<string, number>();
      const postIds: string[] = [];
      let seen = false;
      for await (const { table, row } of checkedRows(path, (t) => KEPT.has(t) || t === 'posts')) {
        seen = true;
        if (table !== 'posts') tables.get(table)!.push(table === 'posts_meta' ? pickMeta(row) : row);
        else if (ghostSkipReason(row) === null) postIds.push(str(row.id));
        else skipped.set(ghostSkipReason(row)!, (skipped.get(ghostSkipReason(row)!) ?? 0) + 1);
      }
      if (!seen) throw new MalformedExport(path, null, null, 'no db[].data tables: not a Ghost export');
      const tags = tables.get('tags')!;
      const publicTags = new Set(tags.filter((t) => t.visibility !== 'internal' && !str(t.name).startsWith('#')).map((t) => str(t.id)));
      site = {
        siteUrl: options.siteUrl, lang: options.lang ?? 'fr', publicTags, now: options.now,
        tagsOf: ordered(tables.get('posts_tags')!, 'tag_id'), authorsOf: ordered(tables.get('posts_authors')!, 'author_id'),
        metaOf: new Map(tables.get('posts_meta')!.map((m) => [str(m.post_id), m])),
      };
      const primary = new Set([...site.tagsOf.values()].map((list) => list.find((t) => publicTags.has(t))).filter((t) => t !== undefined));
      const sections: SourceSection[] = tags.filter((t) => primary.has(str(t.id))).map((t) => ({
        key: str(t.id), name: htmlText(str(t.name)) || str(t.id), slug: termSlug(str(t.slug), str(t.name), 'rubrique'),
        description: htmlText(str(t.description)) || null, parentKey: null,
      }));
      if (postIds.some((id) => !site!.tagsOf.get(id)?.some((t) => publicTags.has(t)))) sections.push({ key: DEFAULT_SECTION, name: options.defaultSection, slug: termSlug('', options.defaultSection, 'non-classe'), description: null, parentKey: null });
      return {
        source: 'ghost', sections, total: postIds.length, skipped, unknown: new Map(),
        tags: tags.filter((t) => publicTags.has(str(t.id))).map((t) => ({ key: str(t.id), name: htmlText(str(t.name)) || str(t.id), slug: termSlug(str(t.slug), str(t.name), 'tag') })),
        authors: tables.get('users')!.map((u) => ({
          key: str(u.id), name: htmlText(str(u.name)) || str(u.slug), bio: htmlText(str(u.bio)) || null, avatarUrl: siteAddress(u.profile_image, site!),
        })),
      };
    },
    async *posts(): AsyncIterable<SourcePost> {
      for await (const { row } of checkedRows(path, (t) => t === 'posts')) {
        if (ghostSkipReason(row) === null) yield mapGhostPost(row, site!);
      }
    },
  };
}

/** The fields of posts_meta an import uses (the table has dozens, mostly for emails and social cards). */
function pickMeta(row: Row): Row {
  const { post_id, feature_image_alt, feature_image_caption, meta_title, meta_description } = row;
  return { post_id, feature_image_alt, feature_image_caption, meta_title, meta_description };
}
