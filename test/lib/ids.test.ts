import t from 'tap';
import { ID_PATTERN, isId, newId } from '../../src/lib/ids.js';

// Ids draw their randomness from a pool refilled 4 KiB at a time: across refills they stay
// well-formed, distinct and in time order, and their random part uses the whole alphabet.

t.test('ids across several refills of the random pool', async (t) => {
  const ids = Array.from({ length: 2000 }, (_, i) => newId('art', Date.UTC(2020, 0, 1) + i * 1000));
  t.ok(ids.every((id) => new RegExp(ID_PATTERN).test(id) && isId(id, 'art')), 'well-formed');
  t.equal(new Set(ids).size, ids.length, 'distinct');
  t.same([...ids].sort(), ids, 'in time order');
  const randomParts = ids.map((id) => id.slice(-16)).join('');
  t.equal(new Set(randomParts).size, 32, 'every character of the alphabet drawn');
  t.not(new Set(ids.map((id) => id.slice(-16))).size, 1);
});
