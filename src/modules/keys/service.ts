import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../lib/ids.js';
import { NotFound } from '../../lib/errors.js';
import type { ApiKeyRow } from '../../db/schema.js';
import type { KeysRepository } from './repository.js';

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
  return createHash('sha256').update(secret).digest('hex');
}

export interface KeyMetadata {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function toKeyMetadata(row: ApiKeyRow): KeyMetadata {
  return {
    id: row.id, name: row.name, prefix: row.prefix, scopes: row.scopes,
    createdAt: iso(row.createdAt)!, lastUsedAt: iso(row.lastUsedAt), revokedAt: iso(row.revokedAt),
  };
}

type Deps = { keys: Pick<KeysRepository, 'insert'>; now: () => number };

/** Makes a key; its secret is returned here once and only its hash is kept. */
export function createKey(deps: Deps, input: { name: string; scopes: Scope[] }): KeyMetadata & { key: string } {
  const key = `kq_${randomBytes(32).toString('base64url')}`;
  const now = deps.now();
  const row: ApiKeyRow = {
    id: newId('key', now), name: input.name, hash: hashKey(key), prefix: key.slice(0, 10),
    scopes: [...new Set(input.scopes)], createdAt: now, lastUsedAt: null, revokedAt: null,
  };
  deps.keys.insert(row);
  return { ...toKeyMetadata(row), key };
}

/** Revokes a key; revoking it again is a no-op that keeps the first `revokedAt`. */
export function revokeKey(deps: { keys: Pick<KeysRepository, 'revoke' | 'findById'>; now: () => number }, id: string): KeyMetadata {
  if (!deps.keys.findById(id)) throw new NotFound('API key');
  deps.keys.revoke(id, deps.now());
  return toKeyMetadata(deps.keys.findById(id)!);
}
