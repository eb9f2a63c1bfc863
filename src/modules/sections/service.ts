import type { SectionRow } from '../../db/schema.js';
import type { Repositories, Transactor } from '../../db/repositories.js';
import { newId } from '../../lib/ids.js';
import { invalid } from '../../lib/errors.js';
import { found, patchRow, timestampsOf } from '../../lib/entities.js';
import { NotFound } from '../../lib/errors.js';
import { EDITOR, mayReadSection, type Reader } from '../../lib/reader.js';
import { checkIfMatch } from '../../lib/http.js';
import { uniqueSlug } from '../../lib/slugs.js';
import { keysetPage, type Cursors } from '../../lib/cursor.js';
import { createOutbox, type Tracked } from '../changes/outbox.js';
import { feedLinks } from '../feeds/service.js';
import type { Section, SectionCreate, SectionPatch, SectionRef } from './schemas.js';

type ReadDeps = { sections: Repositories['sections']; publicUrl: string };
/** Writes open their own transaction (with its outbox record). */
export type SectionWriteDeps = { transaction: Transactor; now: () => number; publicUrl: string };

export const toSectionRef = (row: SectionRow): SectionRef => ({ id: row.id, slug: row.slug, path: row.path, name: row.name });

export function toSection(row: SectionRow, publicUrl: string): Section {
  return {
    id: row.id, slug: row.slug, name: row.name, description: row.description, parentId: row.parentId,
    position: row.position, path: row.path, ...timestampsOf(row),
    feeds: feedLinks(publicUrl, { kind: 'sections', key: row.id }),
  };
}

type Lineage = { sections: Pick<Repositories['sections'], 'find' | 'lineage'> };

const mayRead = async (deps: Lineage, row: SectionRow, reader: Reader) =>
  mayReadSection(reader, (await deps.sections.lineage(row.path)).map((s) => s.id));

/** A section by id or path, if this reader may know of it (a partner: within its entitlement); a 404 otherwise. */
export async function readableSection(deps: Lineage, idOrPath: string, reader: Reader): Promise<SectionRow> {
  const row = await deps.sections.find(idOrPath);
  if (!row || !await mayRead(deps, row, reader)) throw new NotFound('Section');
  return row;
}

/** The sections a reader may know of, in tree order: a partner's entitled ones and their sub-sections. */
export async function listSections(deps: ReadDeps & { cursors: Cursors }, limit: number, cursor: string | undefined, reader: Reader) {
  const after = cursor ? (deps.cursors.decode(cursor, 'sections', 1)[0] as string) : undefined;
  const rows = await deps.sections.list(limit + 1, after, reader.sections);
  return keysetPage(rows, limit, (r) => deps.cursors.encode('sections', [r.path]), (r) => toSection(r, deps.publicUrl));
}

/**
 * A section with its parent and children; outside a partner's entitlement
 * it does not exist. A partner entitled to a sub-section sees its path (its
 * parents' slugs are in it) but not its parent: that one is null.
 */
export async function getSection(deps: ReadDeps, idOrPath: string, reader: Reader = EDITOR): Promise<Section> {
  const row = await readableSection(deps, idOrPath, reader);
  const [parent, children] = await Promise.all([row.parentId ? deps.sections.find(row.parentId) : null, deps.sections.children(row.id)]);
  const shownParent = parent && await mayRead(deps, parent, reader) ? parent : null;
  return {
    ...toSection(row, deps.publicUrl),
    ...(shownParent === null && parent && { parentId: null }),
    parent: shownParent && toSectionRef(shownParent),
    children: children.map(toSectionRef),
  };
}

async function parentOf(deps: ReadDeps, parentId: string | null | undefined): Promise<SectionRow | null> {
  if (!parentId) return null;
  const parent = await deps.sections.find(parentId);
  if (!parent || parent.id !== parentId) throw invalid([{ pointer: '/parentId', message: 'is not the id of a section' }]);
  return parent;
}

const pathUnder = (parent: SectionRow | null, slug: string) => (parent ? `${parent.path}/${slug}` : slug);

export function createSection(deps: SectionWriteDeps, input: SectionCreate): Promise<Tracked<Section>> {
  return createOutbox(deps).created('section', async ({ sections }) => {
    const now = deps.now();
    const read = { sections, publicUrl: deps.publicUrl };
    const parent = await parentOf(read, input.parentId);
    const slug = input.slug ?? await uniqueSlug(input.name, (s) => sections.pathTaken(pathUnder(parent, s)), 'rubrique');
    const row: SectionRow = {
      id: newId('sec', now), slug, name: input.name, description: input.description ?? null,
      parentId: parent?.id ?? null, position: input.position ?? 0, path: pathUnder(parent, slug),
      createdAt: now, updatedAt: now, version: 1,
    };
    await sections.insert(row);
    return getSection(read, row.id);
  });
}

export function updateSection(deps: SectionWriteDeps, idOrPath: string, patch: SectionPatch, ifMatch?: string): Promise<Tracked<Section>> {
  return createOutbox(deps).changed('section', idOrPath, async ({ sections }) => {
    const read = { sections, publicUrl: deps.publicUrl };
    const row = found(await sections.find(idOrPath), 'Section');
    const parent = await parentOf(read, patch.parentId === undefined ? row.parentId : patch.parentId);
    // A section cannot move under itself or one of its own descendants.
    if (parent && (parent.id === row.id || parent.path.startsWith(`${row.path}/`))) {
      throw invalid([{ pointer: '/parentId', message: 'would put the section inside itself' }]);
    }
    const slug = patch.slug ?? row.slug;
    const next = { ...patch, parentId: parent?.id ?? null, slug, path: pathUnder(parent, slug) };
    await patchRow(row, next, deps.now(), ifMatch, (r) => sections.update(r, row.path));
    return getSection(read, row.id);
  });
}

export function deleteSection(deps: SectionWriteDeps, idOrPath: string, ifMatch?: string): Promise<Tracked<void>> {
  return createOutbox(deps).changed('section', idOrPath, async ({ sections }) => {
    const row = found(await sections.find(idOrPath), 'Section');
    checkIfMatch(ifMatch, row.version);
    await sections.delete(row.id);
  });
}
