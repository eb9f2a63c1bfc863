import t from 'tap';
import { createViewBuffer } from '../../../src/modules/popular/buffer.js';
import type { PendingViews } from '../../../src/modules/popular/repository.js';
import { isBot } from '../../../src/modules/popular/service.js';

const HOUR = 3_600_000;

t.test('a failed write is logged and its batch dropped, not retried forever', async (t) => {
  const errors: unknown[][] = [];
  let fail = true;
  const written: PendingViews[][] = [];
  const buffer = createViewBuffer({
    async write(views) {
      if (fail) throw new Error('SQLITE_BUSY');
      written.push(views);
      return views.length;
    },
    log: { error: (...args: unknown[]) => errors.push(args) },
  });
  buffer.record('art_a', 10 * HOUR);
  buffer.record('art_b', 10 * HOUR);
  t.equal(await buffer.flush(), 0);
  t.equal(buffer.pending, 0);
  t.match(errors, [[{ err: { message: 'SQLITE_BUSY' }, rows: 2 }, 'could not write a batch of article views']]);
  fail = false;
  buffer.record('art_a', 11 * HOUR + 5);
  buffer.record('art_a', 11 * HOUR + 9);
  buffer.record('un-slug', 11 * HOUR + 7);
  t.equal(await buffer.flush(), 2);
  t.same(written, [[{ idOrSlug: 'art_a', hour: 11, count: 2, lastAt: 11 * HOUR + 9 }, { idOrSlug: 'un-slug', hour: 11, count: 1, lastAt: 11 * HOUR + 7 }]],
    'one counter per name and hour, with the instant of its last view');
  t.equal(await buffer.flush(), 0, 'an empty buffer writes nothing');
  t.equal(written.length, 1);
});

t.test('start is idempotent and stop clears the timer', async (t) => {
  let writes = 0;
  const buffer = createViewBuffer({ write: async () => writes++, log: { error: () => {} } }, { flushIntervalMs: 10 });
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
