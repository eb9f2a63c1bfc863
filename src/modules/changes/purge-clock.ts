import { EXTERNAL_CHECK_MS, sampled } from '../../db/database.js';
import type { ChangesRepository } from './repository.js';

/**
 * When surrogate keys were last purged (lib/http.ts dates answers by it), kept in memory: a query on every
 * uncached read is a round trip on PostgreSQL, and costs SQLite about as much as reading the article. A
 * key's instant is read from purged_keys the first time it is asked for, then moved forward by the change
 * feed, followed when the database's external version moves (on PostgreSQL a notification of another
 * instance's commit or a reconnection of the listener, see db/postgres-notify.ts; on SQLite any other
 * process's commit, PRAGMA data_version) and after this process's own transactions. The version is looked
 * at most every EXTERNAL_CHECK_MS, as the response cache looks: another instance's purge is seen within that
 * of its notification (PostgreSQL) or its commit (SQLite).
 */

/** A recorded change, as the clock follows it. */
export interface Purge { seq: number; at: number; keys: string[] }

export interface PurgeSources {
  /** Moves when another process may have recorded changes (Database.externalVersion), read synchronously. */
  version: () => number;
  /** The stored instants of those of `keys` ever purged. */
  stored: (keys: string[]) => Promise<{ key: string; at: number }[]>;
  /** The changes after sequence `seq`, in order, `limit` at most. */
  since: (seq: number, limit: number) => Promise<Purge[]>;
  /** The sequence of the newest change. */
  latest: () => Promise<number>;
}

export interface PurgeClock {
  /** The latest instant any of `keys` was purged, 0 if none was. */
  lastPurged(keys: string[]): Promise<number>;
  /** Says that this process committed a transaction: the next read follows the feed first. */
  written(): void;
  /** How many keys are held in memory. */
  size(): number;
}

export interface PurgeClockOptions {
  /** Keys held at most; past it they are forgotten, and read again as they are asked for. */
  maxKeys?: number;
  /** Changes read at once; past it (a long disconnection), every key held is forgotten. */
  followed?: number;
}

export async function createPurgeClock(sources: PurgeSources, { maxKeys = 50_000, followed = 500 }: PurgeClockOptions = {}): Promise<PurgeClock> {
  const known = new Map<string, number>();
  // Keys being read from purged_keys: a change followed meanwhile is added to what the read finds.
  const loading = new Set<Map<string, number>>();
  // Moves when every key is forgotten: a read that began before does not keep what it found.
  let generation = 0;
  // The version first, then the feed's end: a change committed in between is followed, never missed.
  let version = sources.version();
  let seen = await sources.latest();
  let stale = false;
  let following: Promise<void> | null = null;

  const advance = (key: string, at: number) => {
    const held = known.get(key);
    if (held !== undefined && at > held) known.set(key, at);
    for (const pending of loading) if ((pending.get(key) ?? at) < at) pending.set(key, at);
  };

  async function follow(): Promise<void> {
    const rows = await sources.since(seen, followed + 1);
    if (rows.length > followed) {
      generation++;
      known.clear();
      seen = await sources.latest();
      return;
    }
    for (const row of rows) for (const key of row.keys) advance(key, row.at);
    seen = rows.at(-1)?.seq ?? seen;
  }

  /** A follow of the feed when the version moved or this process wrote, else the one in progress, if any. */
  function fresh(): Promise<void> | null {
    const now = sources.version();
    if (now === version && !stale) return following;
    version = now;
    stale = false;
    // One at a time: two from one `seen` would both apply the same changes and could move it back.
    const next: Promise<void> = (following ?? Promise.resolve()).then(follow, follow).catch((error: unknown) => {
      // Not followed: the next read tries again.
      stale = true;
      throw error;
    }).finally(() => {
      if (following === next) following = null;
    });
    following = next;
    return next;
  }

  async function load(keys: string[]): Promise<Map<string, number>> {
    const at = generation;
    const pending = new Map(keys.map((key) => [key, 0]));
    loading.add(pending);
    try {
      for (const row of await sources.stored(keys)) pending.set(row.key, Math.max(row.at, pending.get(row.key)!));
    } finally {
      loading.delete(pending);
    }
    if (at === generation) {
      if (known.size + keys.length > maxKeys) known.clear();
      for (const [key, time] of pending) known.set(key, time);
    }
    return pending;
  }

  return {
    async lastPurged(keys) {
      const following = fresh();
      if (following) await following;
      let latest = 0;
      const missing: string[] = [];
      for (const key of keys) {
        const at = known.get(key);
        if (at === undefined) missing.push(key);
        else if (at > latest) latest = at;
      }
      if (missing.length === 0) return latest;
      for (const at of (await load(missing)).values()) if (at > latest) latest = at;
      return latest;
    },
    written() {
      stale = true;
    },
    size: () => known.size,
  };
}

/** What purgeTimes needs of the database and the changes repository. */
export type PurgeDeps = {
  db: { externalVersion(): number };
  changes: Pick<ChangesRepository, 'purgedAt' | 'keysSince' | 'latest'>;
};

/**
 * Where answers' purge instants come from, on both dialects: a PurgeClock. On SQLite the database's
 * external version is PRAGMA data_version, which moves with every other process's commit: a read sees
 * another process's purge within `checkMs`, at the cost of a pragma that often instead of a statement
 * over purged_keys on every read.
 */
export const purgeTimes = (deps: PurgeDeps, checkMs = EXTERNAL_CHECK_MS): Promise<PurgeClock> =>
  createPurgeClock({ version: sampled(deps.db.externalVersion, checkMs), stored: deps.changes.purgedAt, since: deps.changes.keysSince, latest: deps.changes.latest });
