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
