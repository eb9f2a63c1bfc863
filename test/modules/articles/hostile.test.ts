import t from 'tap';
import type { App } from '../../../src/app.js';
import { HOSTILE_INPUTS } from '../../fixtures/hostile.js';
import { admin, makeApp, newsroom } from '../../helpers.js';

/**
 * Sends `write` and, until it is answered, reads /healthz again and again:
 * how many reads were answered meanwhile, and the slowest of them.
 */
async function whileReading(app: App, write: () => Promise<Awaited<ReturnType<App['inject']>>>) {
  let done = false;
  let reads = 0;
  let slowest = 0;
  const reader = (async () => {
    while (!done) {
      const started = performance.now();
      await app.inject({ url: '/healthz' });
      slowest = Math.max(slowest, performance.now() - started);
      reads += 1;
      // Let the write's own callbacks run between reads.
      await new Promise((resolve) => setImmediate(resolve));
    }
  })();
  const res = await write();
  done = true;
  await reader;
  return { res, reads, slowest };
}

t.test('a body that takes the renderer seconds leaves every other request free', async (t) => {
  const { app } = await makeApp(t, { KIOSQUE_RENDER_TIME_MS: '1000' }, { renderer: 'pool' });
  const { section } = await newsroom(app);
  // Warm the worker up, so that what follows is the render and not the worker's start.
  await app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload: { title: 'Échauffement', sectionId: section.id, body: 'a' } });
  const body = `${'*'.repeat(30_000)}a${'*'.repeat(30_000)}`;
  const { res, reads } = await whileReading(app, () => app.inject({
    method: 'POST', url: '/v1/articles', headers: admin, payload: { title: 'Lent', sectionId: section.id, body },
  }));
  t.equal(res.statusCode, 422);
  t.match(res.json(), { code: 'BODY_TOO_COMPLEX', limit: { name: 'renderTime', maximum: 1000 } });
  // Rendered on the event loop, the body would have kept every read waiting until the write's answer.
  t.ok(reads > 1, `${reads} reads were answered while the body rendered`);
});

t.test('the hostile corpus: each body is stored or refused whole, while a reader keeps reading', async (t) => {
  const { app } = await makeApp(t, {}, { renderer: 'pool' });
  const { section } = await newsroom(app);
  const latencies: string[] = [];
  for (const [i, input] of HOSTILE_INPUTS.entries()) {
    // Small enough that the quadratic shapes stay within the render budget here; bench/hostile.ts sends them at the limit.
    const body = input.make(3000);
    const title = `Hostile ${i}`;
    const { res, slowest } = await whileReading(app, () => app.inject({
      method: 'POST', url: '/v1/articles', headers: admin, payload: { title, sectionId: section.id, body, status: 'published' },
    }));
    const outcome = res.statusCode === 422 ? `refused (${res.json().limit.name})` : 'stored';
    latencies.push(`${input.name}: ${outcome}, slowest read ${slowest.toFixed(0)} ms`);
    t.ok(res.statusCode === 201 || res.statusCode === 422, `${input.name} (${input.source}): ${res.statusCode}`);
    if (res.statusCode === 422) {
      t.match(res.json(), { code: 'BODY_TOO_COMPLEX', limit: { name: String, maximum: Number } }, input.name);
      const found = await app.inject({ url: `/v1/articles?limit=100&fields=title`, headers: admin });
      t.notOk(found.json().data.some((a: { title: string }) => a.title === title), `${input.name}: nothing stored`);
      continue;
    }
    const { id } = res.json();
    for (const format of ['html', 'blocks', 'text', 'markdown']) {
      const read = await app.inject({ url: `/v1/articles/${id}?format=${format}` });
      t.equal(read.statusCode, 200, `${input.name} reads back as ${format}`);
    }
    t.equal((await app.inject({ url: `/v1/search?q=${encodeURIComponent(`Hostile ${i}`)}` })).statusCode, 200, `${input.name} is searchable`);
  }
  t.comment(latencies.join('\n'));
});
