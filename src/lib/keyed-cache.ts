import { LRUCache } from 'lru-cache';

/** An answer kept by the response cache, with the surrogate keys that purge it. */
export interface Stored {
  /** Encoded once: a hit sends bytes, with no UTF-8 encoding or length to compute. */
  payload: Buffer;
  headers: Record<string, string>;
  keys: string[];
  /** The most-read counts it was computed with (its views version); -1 for answers that do not show them. */
  views: number;
  /** When it stops being served even unpurged (the hour's most-read buckets, scores decayed as at the hour). */
  expires: number;
}

/** How many purges a store remembers, to tell whether an answer computed meanwhile may be stored. */
const PURGES_KEPT = 256;

/**
 * Serialised answers bounded in bytes (LRU), indexed by surrogate key. A
 * purge drops the answers carrying any of its keys, and nothing else: it is
 * how a write, another process's change or a schedule coming due reaches the
 * cache. An answer computed while a purge came in is stored only if the purge
 * did not name it (`epoch()` before computing, `set()` after).
 */
export function createKeyedCache<T extends Stored = Stored>(maxBytes: number) {
  const byKey = new Map<string, Set<string>>();
  const entries = new LRUCache<string, T>({
    maxSize: maxBytes,
    sizeCalculation: (e) => e.payload.length + 200,
    dispose: (entry, name) => {
      for (const key of entry.keys) {
        const names = byKey.get(key)!;
        names.delete(name);
        if (names.size === 0) byKey.delete(key);
      }
    },
  });
  let purges = 0;
  // The keys of the latest purges, by number (null: everything).
  const recent = new Map<number, Set<string> | null>();

  function remember(keys: Set<string> | null) {
    recent.set(++purges, keys);
    recent.delete(purges - PURGES_KEPT);
  }

  /** Whether a purge since `epoch` named one of `keys` (or, forgotten, may have). */
  function purgedSince(epoch: number, keys: string[]): boolean {
    for (let n = epoch + 1; n <= purges; n++) {
      if (!recent.has(n)) return true;
      const purged = recent.get(n);
      if (purged === null || keys.some((k) => purged!.has(k))) return true;
    }
    return false;
  }

  return {
    get: (name: string) => entries.get(name),
    /** The current purge number, to pass to set() with what is computed from now on. */
    epoch: () => purges,
    /** Stores an answer computed since `epoch`, unless a purge since then named one of its keys. */
    set(name: string, entry: T, epoch: number): boolean {
      if (purgedSince(epoch, entry.keys)) return false;
      entries.set(name, entry);
      // An answer larger than the whole cache is not kept. A replaced one was disposed of: its keys are out of the index.
      if (!entries.has(name)) return false;
      for (const key of entry.keys) {
        const names = byKey.get(key);
        if (names) names.add(name);
        else byKey.set(key, new Set([name]));
      }
      return true;
    },
    /** Drops every answer carrying one of these keys; returns how many. */
    purge(keys: Iterable<string>): number {
      const named = new Set(keys);
      remember(named);
      let dropped = 0;
      for (const key of named) {
        // Each deletion takes its answer out of the index (dispose above), and this key once no answer is left.
        for (const name of [...(byKey.get(key) ?? [])]) {
          entries.delete(name);
          dropped += 1;
        }
      }
      return dropped;
    },
    /** Drops everything. */
    clear(): void {
      remember(null);
      entries.clear();
    },
    delete: (name: string) => entries.delete(name),
    size: () => entries.size,
    /** How many answers carry this key (tests, metrics). */
    carrying: (key: string) => byKey.get(key)?.size ?? 0,
  };
}

export type KeyedCache = ReturnType<typeof createKeyedCache>;
