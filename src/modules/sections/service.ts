import type { SectionRow } from '../../db/schema.js';
import type { Repositories, Transactor } from '../../db/repositories.js';
import { newId } from '../../lib/ids.js';
import { invalid } from '../../lib/errors.js';
import { found, patchRow, timestampsOf } from '../../lib/entities.js';
import { checkIfMatch } from '../../lib/http.js';
import { uniqueSlug } from '../../lib/slugs.js';
import { decodeCursor, keysetPage } from '../../lib/cursor.js';
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

export async function listSections(deps: ReadDeps, limit: number, cursor?: string) {
  const after = cursor ? (decodeCursor(cursor, 'path', 1)[0] as string) : undefined;
  return keysetPage(await deps.sections.list(limit + 1, after), limit, 'path', (r) => [r.path], (r) => toSection(r, deps.publicUrl));
}

export async function getSection(deps: ReadDeps, idOrPath: string): Promise<Section> {
  const row = found(await deps.sections.find(idOrPath), 'Section');
  const [parent, children] = await Promise.all([row.parentId ? deps.sections.find(row.parentId) : null, deps.sections.children(row.id)]);
  return { ...toSection(row, deps.publicUrl), parent: parent && toSectionRef(parent), children: children.map(toSectionRef) };
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
