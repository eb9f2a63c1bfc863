import t from 'tap';
import { createKeyedCache, type Stored } from '../../src/lib/keyed-cache.js';

const entry = (keys: string[], size = 10): Stored => ({ payload: Buffer.alloc(size), headers: {}, keys, views: -1, expires: Infinity });

t.test('a purge drops the answers carrying one of its keys, and only those', async (t) => {
  const cache = createKeyedCache(1_000_000);
  const epoch = cache.epoch();
  cache.set('/a', entry(['art_1', 'refs']), epoch);
  cache.set('/list', entry(['articles', 'art_1', 'art_2', 'refs']), epoch);
  cache.set('/tags', entry(['tags']), epoch);
  t.equal(cache.purge(['art_2', 'nothing']), 1);
  t.ok(cache.get('/a') && cache.get('/tags'));
  t.notOk(cache.get('/list'));
  t.equal(cache.carrying('art_2'), 0, 'the index forgets what was dropped');
  t.equal(cache.carrying('art_1'), 1);
  t.equal(cache.purge(['refs']), 1);
  cache.clear();
  t.equal(cache.size(), 0);
});

t.test('an answer computed while a purge named it is not stored; one the purge did not name is', async (t) => {
  const cache = createKeyedCache(1_000_000);
  const epoch = cache.epoch();
  cache.purge(['art_1']);
  t.notOk(cache.set('/a', entry(['art_1', 'refs']), epoch), 'computed before the purge of its key');
  t.ok(cache.set('/b', entry(['art_2', 'refs']), epoch), 'the purge named another article');
  cache.clear();
  t.notOk(cache.set('/c', entry(['tags']), epoch), 'everything was purged since');
  const late = cache.epoch();
  for (let i = 0; i < 300; i++) cache.purge([`art_x${i}`]);
  t.notOk(cache.set('/d', entry(['tags']), late), 'too many purges since to tell: not stored');
  t.ok(cache.set('/d', entry(['tags']), cache.epoch()));
});

t.test('a replaced answer leaves its old keys; evictions and answers too large leave the index clean', async (t) => {
  const cache = createKeyedCache(1000);
  cache.set('/a', entry(['old']), cache.epoch());
  cache.set('/a', entry(['new']), cache.epoch());
  t.equal(cache.carrying('old'), 0);
  t.equal(cache.carrying('new'), 1);
  t.notOk(cache.set('/huge', entry(['huge'], 5000), cache.epoch()), 'larger than the whole cache');
  t.equal(cache.carrying('huge'), 0);
  for (let i = 0; i < 10; i++) cache.set(`/${i}`, entry(['many'], 200), cache.epoch());
  t.ok(cache.carrying('many') < 10, 'evicted by size');
  t.equal(cache.carrying('many'), cache.size() - (cache.get('/a') ? 1 : 0));
  cache.delete('/a');
  t.equal(cache.carrying('new'), 0);
});
