import { join } from 'node:path';
import t from 'tap';
import { startServer } from '../src/server.js';
import { loadConfig } from '../src/config.js';
import { tempDir } from './helpers.js';

// The real server on a real port, spoken to with plain HTTP: what a CDN or a
// browser sees of caching, rate limits and hardening, with no inject in between.

t.test('caching and rate-limit headers over HTTP', async (t) => {
  const dir = tempDir('blackbox');
  const app = await startServer(loadConfig({
    DATABASE_URL: `file:${join(dir, 'k.db')}`, KIOSQUE_SEED: 'demo', PORT: '0', LOG_LEVEL: 'silent',
    KIOSQUE_RATE_LIMIT_ANONYMOUS: '6',
  }));
  t.teardown(() => app.close());
  const { port } = app.server.address() as { port: number };
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`http://127.0.0.1:${port}${path}`, { headers });

  const list = await get('/v1/articles?limit=1&fields=slug');
  t.equal(list.status, 200);
  const { slug } = ((await list.json()) as { data: { slug: string }[] }).data[0];
  const first = await get(`/v1/articles/${slug}`, { origin: 'https://www.example.fr' });
  t.equal(first.status, 200);
  const etag = first.headers.get('etag')!;
  t.match(etag, /^"\d+-[^"]+"$/, 'a strong ETag');
  t.ok(first.headers.get('last-modified'));
  t.match(first.headers.get('cache-control'), /^public, max-age=60, s-maxage=300/);
  t.match(first.headers.get('surrogate-key'), /^art_\S+ refs$/);
  t.equal(first.headers.get('vary'), 'Authorization, Accept', 'any origin gets the same answer: no Vary on Origin');
  t.equal(first.headers.get('access-control-allow-origin'), '*');
  t.equal(first.headers.get('x-content-type-options'), 'nosniff');
  t.equal(first.headers.get('ratelimit-limit'), '6');
  t.equal(first.headers.get('ratelimit-remaining'), '4');

  const revalidated = await get(`/v1/articles/${slug}`, { 'if-none-match': etag });
  t.equal(revalidated.status, 304);
  t.equal(await revalidated.text(), '', 'no body');
  t.equal(revalidated.headers.get('etag'), etag);

  for (let i = 0; i < 3; i++) await get('/v1/sections');
  const limited = await get('/v1/sections');
  t.equal(limited.status, 429);
  t.match(limited.headers.get('content-type'), /^application\/problem\+json/);
  t.ok(Number(limited.headers.get('retry-after')) > 0);
  t.equal(limited.headers.get('ratelimit-remaining'), '0');
  t.match(await limited.json(), { status: 429, code: 'RATE_LIMITED' });
  t.equal((await get('/healthz')).status, 200, 'health checks are not limited');
});
