import type { SectionRow } from '../../db/schema.js';
import { newId } from '../../lib/ids.js';
import { invalid } from '../../lib/errors.js';
import { found, patchRow, timestampsOf } from '../../lib/entities.js';
import { NotFound } from '../../lib/errors.js';
import { EDITOR, mayReadSection, type Reader } from '../../lib/reader.js';
import { checkIfMatch } from '../../lib/http.js';
import { uniqueSlug } from '../../lib/slugs.js';
import { keysetPage, type Cursors } from '../../lib/cursor.js';
import type { SectionsRepository } from './repository.js';
import { feedLinks } from '../feeds/service.js';
import type { Section, SectionCreate, SectionPatch, SectionRef } from './schemas.js';

type Deps = { sections: SectionsRepository; now: () => number; publicUrl: string };

export const toSectionRef = (row: SectionRow): SectionRef => ({ id: row.id, slug: row.slug, path: row.path, name: row.name });

export function toSection(row: SectionRow, publicUrl: string): Section {
  return {
    id: row.id, slug: row.slug, name: row.name, description: row.description, parentId: row.parentId,
    position: row.position, path: row.path, ...timestampsOf(row),
    feeds: feedLinks(publicUrl, { kind: 'sections', key: row.id }),
  };
}

type Lineage = { sections: Pick<SectionsRepository, 'find' | 'lineage'> };

const mayRead = (deps: Lineage, row: SectionRow, reader: Reader) => mayReadSection(reader, deps.sections.lineage(row.path).map((s) => s.id));

/** A section by id or path, if this reader may know of it (a partner: within its entitlement); a 404 otherwise. */
export function readableSection(deps: Lineage, idOrPath: string, reader: Reader): SectionRow {
  const row = deps.sections.find(idOrPath);
  if (!row || !mayRead(deps, row, reader)) throw new NotFound('Section');
  return row;
}

/** The sections a reader may know of, in tree order: a partner's entitled ones and their sub-sections. */
export function listSections(deps: Deps & { cursors: Cursors }, limit: number, cursor: string | undefined, reader: Reader) {
  const after = cursor ? (deps.cursors.decode(cursor, 'sections', 1)[0] as string) : undefined;
  const rows = deps.sections.list(limit + 1, after, reader.sections);
  return keysetPage(rows, limit, (r) => deps.cursors.encode('sections', [r.path]), (r) => toSection(r, deps.publicUrl));
}

/**
 * A section with its parent and children; outside a partner's entitlement
 * it does not exist. A partner entitled to a sub-section sees its path (its
 * parents' slugs are in it) but not its parent: that one is null.
 */
export function getSection(deps: Deps, idOrPath: string, reader: Reader = EDITOR): Section {
  const row = readableSection(deps, idOrPath, reader);
  const parent = row.parentId ? deps.sections.find(row.parentId)! : null;
  const shownParent = parent && mayRead(deps, parent, reader) ? parent : null;
  return {
    ...toSection(row, deps.publicUrl),
    ...(shownParent === null && parent !== null && { parentId: null }),
    parent: shownParent && toSectionRef(shownParent),
    children: deps.sections.children(row.id).map(toSectionRef),
  };
}

function parentOf(deps: Deps, parentId: string | null | undefined): SectionRow | null {
  if (!parentId) return null;
  const parent = deps.sections.find(parentId);
  if (!parent || parent.id !== parentId) throw invalid([{ pointer: '/parentId', message: 'is not the id of a section' }]);
  return parent;
}

const pathUnder = (parent: SectionRow | null, slug: string) => (parent ? `${parent.path}/${slug}` : slug);

export function createSection(deps: Deps, input: SectionCreate): Section {
  const now = deps.now();
  const parent = parentOf(deps, input.parentId);
  const slug = input.slug ?? uniqueSlug(input.name, (s) => deps.sections.pathTaken(pathUnder(parent, s)), 'rubrique');
  const row: SectionRow = {
    id: newId('sec', now), slug, name: input.name, description: input.description ?? null,
    parentId: parent?.id ?? null, position: input.position ?? 0, path: pathUnder(parent, slug),
    createdAt: now, updatedAt: now, version: 1,
  };
  deps.sections.insert(row);
  return getSection(deps, row.id);
}

export function updateSection(deps: Deps, idOrPath: string, patch: SectionPatch, ifMatch?: string): Section {
  const row = found(deps.sections.find(idOrPath), 'Section');
  const parent = patch.parentId === undefined ? parentOf(deps, row.parentId) : parentOf(deps, patch.parentId);
  // A section cannot move under itself or one of its own descendants.
  if (parent && (parent.id === row.id || parent.path.startsWith(`${row.path}/`))) {
    throw invalid([{ pointer: '/parentId', message: 'would put the section inside itself' }]);
  }
  const slug = patch.slug ?? row.slug;
  const next = { ...patch, parentId: parent?.id ?? null, slug, path: pathUnder(parent, slug) };
  patchRow(row, next, deps.now(), ifMatch, (r) => deps.sections.update(r, row.path));
  return getSection(deps, row.id);
}

export function deleteSection(deps: Deps, idOrPath: string, ifMatch?: string): void {
  const row = found(deps.sections.find(idOrPath), 'Section');
  checkIfMatch(ifMatch, row.version);
  deps.sections.delete(row.id);
}
