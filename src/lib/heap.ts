import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A long batch job (an import) keeps each batch alive for seconds: it is promoted to the old
// generation, and V8 lets that fill with past batches, two to three times what is live, before
// it collects. Past a floor, a full collection between batches keeps the peak where it is.

/**
 * A function to call between batches: it collects the heap when what it holds passes
 * `floorMb`, or twice what was live after the last collection, whichever is more (a
 * job whose live data grows is not collected at every batch). Resolves whether it did.
 */
export function heapCollector(floorMb: number): () => boolean {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  let limit = floorMb * 2 ** 20;
  return () => {
    if (getHeapStatistics().used_heap_size <= limit) return false;
    gc();
    limit = Math.max(floorMb * 2 ** 20, 2 * getHeapStatistics().used_heap_size);
    return true;
  };
}

/**
 * V8's sizing of the heap made lean for a long batch job, in every isolate of the process (flags are
 * the process's: the worker threads started after this are held to it too). The old generation may
 * grow a fifth past what its last full collection left, not V8's default of up to several times
 * (which let an import's three heaps fill with dead batches), and the young generation is to keep the
 * size it has instead of doubling as allocation goes on. V8 reads both at each collection, so they take
 * effect on a running isolate; an import's main thread was still seen to grow its young generation from
 * 16 to 32 MB after this, which is why `kiosque import` runs in a process started with a small one
 * (bin/kiosque.js). Costs more collections, of less each: an import's CPU did not move beyond the runs'
 * noise, and its peak fell by 60 to 70 MB.
 */
export function leanHeap(): void {
  setFlagsFromString('--heap-growing-percent=20');
  setFlagsFromString('--semi-space-growth-factor=1');
}
