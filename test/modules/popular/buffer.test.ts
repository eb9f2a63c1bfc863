import t from 'tap';
import { createViewBuffer } from '../../../src/modules/popular/buffer.js';
import type { ViewCount } from '../../../src/modules/popular/repository.js';
import { isBot } from '../../../src/modules/popular/service.js';

t.test('a failed write is logged and its batch dropped, not retried forever', async (t) => {
  const errors: unknown[][] = [];
  let fail = true;
  const written: ViewCount[][] = [];
  const buffer = createViewBuffer({
    write(counts) {
      if (fail) throw new Error('SQLITE_BUSY');
      written.push(counts);
    },
    log: { error: (...args: unknown[]) => errors.push(args) },
  });
  buffer.record('art_a', 10);
  buffer.record('art_b', 10);
  t.equal(buffer.flush(), 0);
  t.equal(buffer.pending, 0);
  t.match(errors, [[{ err: { message: 'SQLITE_BUSY' }, rows: 2 }, 'could not write a batch of article views']]);
  fail = false;
  buffer.record('art_a', 11);
  t.equal(buffer.flush(), 1);
  t.same(written, [[{ articleId: 'art_a', hour: 11, count: 1 }]]);
  t.equal(buffer.flush(), 0, 'an empty buffer writes nothing');
  t.equal(written.length, 1);
});

t.test('start is idempotent and stop clears the timer', async (t) => {
  let writes = 0;
  const buffer = createViewBuffer({ write: () => { writes++; }, log: { error: () => {} } }, { flushIntervalMs: 10 });
  buffer.start();
  buffer.start();
  buffer.record('art_a', 1);
  await new Promise((resolve) => setTimeout(resolve, 50));
  t.equal(writes, 1, 'one write for one pending counter');
  buffer.stop();
  buffer.record('art_a', 1);
  await new Promise((resolve) => setTimeout(resolve, 40));
  t.equal(buffer.pending, 1, 'stopped: nothing written');
  buffer.stop();
});

t.test('isBot: crawlers, tools and requests without a User-Agent', async (t) => {
  for (const ua of [undefined, '', ' ', 'Googlebot/2.1', 'curl/8.0', 'python-urllib/3.12', 'Java/17.0.2', 'node-fetch', 'undici', 'Lighthouse']) {
    t.equal(isBot(ua), true, String(ua));
  }
  t.equal(isBot('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'), false);
});
