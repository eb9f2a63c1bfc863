import { slugify } from '../../content/slug.js';
import { createAuthor, updateAuthor } from '../authors/service.js';
import { createSection, updateSection } from '../sections/service.js';
import { createTag, updateTag } from '../tags/service.js';
import { changedFields, cut, emptyTally, type ImportContext, type Resolved, type Tally } from './context.js';
import type { ImportKind } from './repository.js';
import { digest, type SourceAuthor, type SourceSection, type SourceTag } from './source.js';

// Sections, authors and tags of an export, made through their services (with the change
// feed) before the posts that name them. Each is found again on a later import by the
// entry the first one left; failing that, an existing one at the same path or slug is
// taken over (a newsroom may have made its sections by hand first).

type Kind = Exclude<ImportKind, 'article'>;

interface Sync<T> {
  kind: Kind;
  key: (item: T) => string;
  digests: (item: T) => Record<string, string>;
  /** The existing entity this item would be, without an entry: at the same path or slug. */
  existing: (item: T) => Promise<string | undefined>;
  create: (item: T) => Promise<string>;
  update: (id: string, item: T, changed: string[]) => Promise<unknown>;
  /** Told the id each item resolved to. */
  resolved?: (item: T, id: string) => void;
}

async function sync<T>(ctx: ImportContext, resolved: Resolved, items: T[], s: Sync<T>): Promise<Tally> {
  const tally = emptyTally();
  const entries = await ctx.repos.imports.entries(ctx.source, s.kind, items.map(s.key));
  for (const item of items) {
    const key = s.key(item);
    const digests = s.digests(item);
    const entry = entries.get(key);
    let id = entry && await ctx.repos.imports.exists(s.kind, entry.entityId) ? entry.entityId : undefined;
    if (id) {
      const changed = changedFields(entry!.digests, digests);
      if (changed.length && !ctx.dryRun) await s.update(id, item, changed);
      tally[changed.length ? 'updated' : 'unchanged'] += 1;
    } else {
      id = await s.existing(item);
      tally[id ? 'matched' : 'created'] += 1;
      if (!id) id = ctx.dryRun ? `new:${key}` : await s.create(item);
    }
    if (!ctx.dryRun) await ctx.repos.imports.saveEntries(ctx.source, s.kind, [{ key, entityId: id, digests }], ctx.now());
    resolved[s.kind].set(key, id);
    s.resolved?.(item, id);
  }
  return tally;
}

/** Parents before children; a parent the export does not have makes its child a root. */
function parentsFirst(sections: SourceSection[]): SourceSection[] {
  const byKey = new Map(sections.map((s) => [s.key, s]));
  const ordered: SourceSection[] = [];
  const placed = new Set<string>();
  const place = (s: SourceSection, seen: Set<string>) => {
    if (placed.has(s.key)) return;
    const parent = s.parentKey !== null ? byKey.get(s.parentKey) : undefined;
    // A cycle (a corrupt export) is cut where it closes.
    if (parent && !seen.has(parent.key)) place(parent, new Set([...seen, s.key]));
    placed.add(s.key);
    ordered.push(parent || s.parentKey === null ? s : { ...s, parentKey: null });
  };
  for (const s of sections) place(s, new Set([s.key]));
  return ordered;
}

export function syncSections(ctx: ImportContext, resolved: Resolved, sections: SourceSection[]): Promise<Tally> {
  const deps = { transaction: ctx.transaction, now: ctx.now, publicUrl: ctx.publicUrl };
  const paths = new Map<string, string>();
  // In a dry run, the sections it would create, by path: a later one at the same path is the same section.
  const planned = new Map<string, string>();
  // Parents come first (parentsFirst), so a parent is always resolved by then.
  const parentId = (s: SourceSection) => (s.parentKey === null ? null : resolved.section.get(s.parentKey)!);
  // Where a new section goes: under its parent's path as it is now (a dry run's new parents are only in `paths`).
  const pathOf = async (s: SourceSection) => {
    const parent = parentId(s);
    const parentPath = parent === null ? undefined : parent.startsWith('new:') ? paths.get(s.parentKey!) : (await ctx.repos.sections.find(parent))?.path;
    const path = parentPath ? `${parentPath}/${s.slug}` : s.slug;
    paths.set(s.key, path);
    return path;
  };
  const name = (s: SourceSection) => cut(s.name, 200);
  const description = (s: SourceSection) => (s.description ? cut(s.description, 2000) : null);
  return sync(ctx, resolved, parentsFirst(sections), {
    kind: 'section', key: (s) => s.key,
    digests: (s) => ({ name: digest(s.name), description: digest(s.description), parent: digest(s.parentKey) }),
    existing: async (s) => {
      const path = await pathOf(s);
      const found = await ctx.repos.sections.find(path);
      return found && found.path === path ? found.id : planned.get(path);
    },
    resolved: (s, id) => {
      if (id.startsWith('new:')) planned.set(paths.get(s.key)!, id);
    },
    create: async (s) => (await createSection(deps, {
      name: name(s), slug: s.slug, description: description(s), parentId: parentId(s),
    })).result.id,
    update: (id, s, changed) => {
      const patch = {
        ...(changed.includes('name') ? { name: name(s) } : {}),
        ...(changed.includes('description') ? { description: description(s) } : {}),
        ...(changed.includes('parent') ? { parentId: parentId(s) } : {}),
      };
      return updateSection(deps, id, patch);
    },
  });
}

export function syncAuthors(ctx: ImportContext, resolved: Resolved, authors: SourceAuthor[]): Promise<Tally> {
  const deps = { transaction: ctx.transaction, now: ctx.now };
  const fields = (a: SourceAuthor) => ({ name: cut(a.name, 200), bio: a.bio && cut(a.bio, 5000), avatarUrl: a.avatarUrl });
  return sync(ctx, resolved, authors, {
    kind: 'author', key: (a) => a.key,
    digests: (a) => ({ name: digest(a.name), bio: digest(a.bio), avatarUrl: digest(a.avatarUrl) }),
    existing: async (a) => (await ctx.repos.authors.find(slugify(a.name)))?.id,
    create: async (a) => (await createAuthor(deps, fields(a))).result.id,
    update: (id, a, changed) => {
      const all = fields(a);
      const patch = Object.fromEntries(changed.map((f) => [f, all[f as keyof typeof all]]));
      return updateAuthor(deps, id, patch);
    },
  });
}

export function syncTags(ctx: ImportContext, resolved: Resolved, tags: SourceTag[]): Promise<Tally> {
  const deps = { transaction: ctx.transaction, now: ctx.now };
  return sync(ctx, resolved, tags, {
    kind: 'tag', key: (t) => t.key,
    digests: (t) => ({ name: digest(t.name) }),
    existing: async (t) => (await ctx.repos.tags.find(t.slug))?.id,
    create: async (t) => (await createTag(deps, { name: cut(t.name, 200), slug: t.slug, type: 'topic' })).result.id,
    update: (id, t) => updateTag(deps, id, { name: cut(t.name, 200) }),
  });
}
