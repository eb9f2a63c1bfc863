import { getHeapStatistics } from 'node:v8';
import t from 'tap';
import { heapCollector } from '../../src/lib/heap.js';

t.test('collects past its floor, then past twice what stayed live', async (t) => {
  t.equal(heapCollector(1_000_000)(), false, 'below the floor: nothing');
  const collect = heapCollector(0);
  let garbage: string[] | null = Array.from({ length: 50 }, (_, i) => `${i}`.repeat(200_000));
  // Measured while still held, so that no collection before collect() can take it.
  const before = getHeapStatistics().used_heap_size;
  t.ok(garbage.length);
  garbage = null;
  t.equal(collect(), true, 'over the floor: collected');
  t.ok(getHeapStatistics().used_heap_size < before - 10 * 2 ** 20, 'the garbage is gone');
  t.equal(collect(), false, 'not again until the heap has doubled');
  const live = Array.from({ length: 3 }, () => new Array(Math.ceil(getHeapStatistics().used_heap_size / 8)).fill(0));
  t.equal(collect(), true, 'it has');
  t.ok(live.length);
});
