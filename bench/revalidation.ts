// The 304 target, measured as pairs: one server without its response cache
// (so the 200 is built from the database), a full GET of the newest article
// and its revalidation (If-None-Match) run back to back, 5 times, 4 s each at
// 50 connections (wrk, bench/wrk.ts). Prints medians of requests/s and of the server's CPU per
// request, and each pair's ratio. Usage: npx tsx bench/revalidation.ts <db file>
import { median, startServer } from './measure.js';
import { checkWrk, wrk } from './wrk.js';

const db = process.argv[2];
if (!db) throw new Error('usage: npx tsx bench/revalidation.ts <db file>');
checkWrk();
const s = await startServer(['src/cli/main.ts', 'serve'], 3960, '/healthz', {
  DATABASE_URL: `file:${db}`, KIOSQUE_SEED: 'none', KIOSQUE_CACHE_MB: '0', KIOSQUE_RATE_LIMIT_ANONYMOUS: '0',
});
try {
  const slug = ((await (await fetch(`${s.url}/v1/articles?limit=1`)).json()) as { data: { slug: string }[] }).data[0].slug;
  const path = `/v1/articles/${slug}`;
  const etag = (await fetch(`${s.url}${path}`)).headers.get('etag')!;
  const kinds = { full: {}, revalidation: { 'if-none-match': etag } };
  const res: Record<keyof typeof kinds, { rps: number; us: number }[]> = { full: [], revalidation: [] };
  for (let i = 0; i < 5; i++) {
    for (const [name, headers] of Object.entries(kinds) as [keyof typeof kinds, Record<string, string>][]) {
      const cpu = s.cpu();
      const r = await wrk(s.url, { requests: [{ path, headers }] }, 4, 50);
      res[name].push({ rps: r.requests / (r.durationUs / 1e6), us: ((s.cpu() - cpu) * 1e6) / r.requests });
    }
  }
  for (const [name, xs] of Object.entries(res)) {
    console.log(`${name}: ${Math.round(median(xs.map((x) => x.rps)))} req/s, ${Math.round(median(xs.map((x) => x.us)))} µs of server CPU per request`);
  }
  const ratios = res.full.map((f, i) => res.revalidation[i].rps / f.rps);
  console.log(`304 req/s over 200 req/s, per pair: ${ratios.map((r) => r.toFixed(2)).join(' ')}; median ${median(ratios).toFixed(2)}`);
} finally {
  await s.stop();
}
