import { hash, randomBytes } from 'node:crypto';
import { newId } from '../../lib/ids.js';
import { invalid, NotFound, type FieldError } from '../../lib/errors.js';
import type { ApiKeyRow } from '../../db/schema.js';
import type { SectionsRepository } from '../sections/repository.js';
import { articleFields } from '../articles/schemas.js';
import type { KeysRepository } from './repository.js';
import { dayOf, isoDay } from './usage.js';

export const scopes = ['content:read', 'content:preview', 'content:write', 'admin'] as const;
export type Scope = (typeof scopes)[number];

// A scope grants itself and everything listed here: an editor who writes must
// be able to read back drafts, and an admin can do everything.
const implied: Record<Scope, Scope[]> = {
  'content:read': [],
  'content:preview': ['content:read'],
  'content:write': ['content:preview', 'content:read'],
  admin: ['content:write', 'content:preview', 'content:read'],
};

export function grants(held: readonly string[], needed: Scope): boolean {
  return held.some((s) => s === needed || implied[s as Scope]?.includes(needed));
}

export function hashKey(secret: string): string {
  return hash('sha256', secret, 'hex');
}

export interface KeyMetadata {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  sections: string[] | null;
  fields: string[] | null;
  embargoAccess: boolean;
  rateLimit: number | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function toKeyMetadata(row: ApiKeyRow): KeyMetadata {
  return {
    id: row.id, name: row.name, prefix: row.prefix, scopes: row.scopes,
    sections: row.sections, fields: row.fields, embargoAccess: row.embargoAccess, rateLimit: row.rateLimit,
    createdAt: iso(row.createdAt)!, lastUsedAt: iso(row.lastUsedAt), revokedAt: iso(row.revokedAt),
  };
}

type Deps = { keys: Pick<KeysRepository, 'insert'>; sections: Pick<SectionsRepository, 'find'>; now: () => number };

export interface KeyInput {
  name: string;
  scopes: Scope[];
  sections?: string[];
  fields?: string[];
  embargoAccess?: boolean;
  rateLimit?: number;
}

/**
 * A partner's entitlements narrow what a reader sees; they mean nothing to an
 * editor, who previews everything, so they are for read-only keys. Sections
 * are named by id or path and stored by id.
 */
async function entitlements(deps: Pick<Deps, 'sections'>, input: KeyInput) {
  const errors: FieldError[] = [];
  const restricted = input.sections !== undefined || input.fields !== undefined || input.embargoAccess !== undefined;
  if (restricted && input.scopes.some((s) => s !== 'content:read')) {
    errors.push({ pointer: '/scopes', message: 'partner entitlements (sections, fields, embargoAccess) are for content:read keys only' });
  }
  input.fields?.forEach((field, i) => {
    if (!articleFields.includes(field)) errors.push({ pointer: `/fields/${i}`, message: 'is not an article field' });
  });
  const found = input.sections && await Promise.all(input.sections.map((idOrPath) => deps.sections.find(idOrPath)));
  const sections = input.sections?.map((idOrPath, i) => {
    const section = found![i];
    if (!section) errors.push({ pointer: `/sections/${i}`, message: 'is not a section' });
    return section?.id ?? idOrPath;
  });
  if (errors.length) throw invalid(errors);
  return {
    sections: sections ? [...new Set(sections)] : null,
    fields: input.fields ? [...new Set(['id', ...input.fields])] : null,
    embargoAccess: input.embargoAccess ?? false,
  };
}

/** Makes a key; its secret is returned here once and only its hash is kept. */
export async function createKey(deps: Deps, input: KeyInput): Promise<KeyMetadata & { key: string }> {
  const key = `kq_${randomBytes(32).toString('base64url')}`;
  const now = deps.now();
  const row: ApiKeyRow = {
    id: newId('key', now), name: input.name, hash: hashKey(key), prefix: key.slice(0, 10),
    scopes: [...new Set(input.scopes)], createdAt: now, lastUsedAt: null, revokedAt: null,
    ...await entitlements(deps, input), rateLimit: input.rateLimit ?? null,
  };
  await deps.keys.insert(row);
  return { ...toKeyMetadata(row), key };
}

/** Revokes a key; revoking it again is a no-op that keeps the first `revokedAt`. */
export async function revokeKey(deps: { keys: Pick<KeysRepository, 'revoke' | 'findById'>; now: () => number }, id: string): Promise<KeyMetadata> {
  if (!await deps.keys.findById(id)) throw new NotFound('API key');
  await deps.keys.revoke(id, deps.now());
  return toKeyMetadata((await deps.keys.findById(id))!);
}

/** A key with its requests per day over the last 30 days (pending counts written first). */
export async function keyUsage(deps: { keys: Pick<KeysRepository, 'findById' | 'usage'>; flushUsage: () => Promise<void>; now: () => number }, id: string) {
  await deps.flushUsage();
  const row = await deps.keys.findById(id);
  if (!row) throw new NotFound('API key');
  const usage = (await deps.keys.usage(id, dayOf(deps.now()) - 29)).map((u) => ({ date: isoDay(u.day), requests: u.count }));
  return { ...toKeyMetadata(row), usage };
}
