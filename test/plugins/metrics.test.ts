import t from 'tap';
import { Histogram, Registry } from 'prom-client';
import { createMetrics, requestDurations } from '../../src/plugins/metrics.js';
import { admin, article, create, failInserts, isProblem, makeApp, newsroom } from '../helpers.js';

/** The value of one sample line, e.g. sample(text, 'kiosque_response_cache_requests_total{result="hit"}'). */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

const scrape = async (app: Awaited<ReturnType<typeof makeApp>>['app']) => (await app.inject({ url: '/metrics', headers: admin })).body;

t.test('GET /metrics answers the Prometheus text format to admin keys', async (t) => {
  const { app } = await makeApp(t);
  const res = await app.inject({ url: '/metrics', headers: admin });
  t.equal(res.statusCode, 200);
  t.equal(res.headers['content-type'], 'text/plain; version=0.0.4; charset=utf-8');
  t.match(res.body, /^# HELP kiosque_http_request_duration_seconds /m);
  t.match(res.body, /^# TYPE kiosque_http_request_duration_seconds histogram$/m);
  t.match(res.body, /^nodejs_eventloop_lag_p99_seconds \d/m, 'event-loop delay, from the default metrics');
  t.match(res.body, /^process_resident_memory_bytes \d/m);
  t.notOk(res.headers['cache-control'], 'never cached');
});

t.test('GET /metrics needs an admin key by default', async (t) => {
  const { app } = await makeApp(t);
  isProblem(t, await app.inject('/metrics'), 401, 'UNAUTHORIZED');
  const reader = await create(app, '/v1/keys', { name: 'Lecteur', scopes: ['content:write'] });
  isProblem(t, await app.inject({ url: '/metrics', headers: { authorization: `Bearer ${reader.key}` } }), 403, 'FORBIDDEN');
});

t.test('KIOSQUE_METRICS=public opens it to anyone; off removes it', async (t) => {
  const open = await makeApp(t, { KIOSQUE_METRICS: 'public' });
  t.equal((await open.app.inject('/metrics')).statusCode, 200);
  const off = await makeApp(t, { KIOSQUE_METRICS: 'off' });
  isProblem(t, await off.app.inject({ url: '/metrics', headers: admin }), 404, 'ROUTE_NOT_FOUND');
  t.equal((await off.app.inject('/v1/articles')).statusCode, 200, 'the API works without metrics');
});

t.test('request durations are labelled by route pattern and status, never by the raw URL', async (t) => {
  const { app } = await makeApp(t);
  await app.inject('/v1/articles/un-slug-secret');
  await app.inject('/v1/articles/un-autre-slug');
  await app.inject('/nulle-part?x=1');
  const text = await scrape(app);
  t.equal(sample(text, 'kiosque_http_request_duration_seconds_count{method="GET",route="/v1/articles/:idOrSlug",status_code="404"}'), 2);
  t.equal(sample(text, 'kiosque_http_request_duration_seconds_count{method="GET",route="unmatched",status_code="404"}'), 1);
  t.ok(sample(text, 'kiosque_http_request_duration_seconds_bucket{le="+Inf",method="GET",route="/v1/articles/:idOrSlug",status_code="404"}'));
  t.notMatch(text, /un-slug-secret|nulle-part/);
});

t.test('response cache hits, misses and collapsed requests', async (t) => {
  const { app } = await makeApp(t);
  // Three at once: the first computes the answer, the other two wait for it.
  await Promise.all([1, 2, 3].map(() => app.inject('/v1/articles')));
  await app.inject('/v1/articles');
  await app.inject('/v1/articles');
  const text = await scrape(app);
  t.equal(sample(text, 'kiosque_response_cache_requests_total{result="miss"}'), 1);
  t.equal(sample(text, 'kiosque_response_cache_requests_total{result="collapsed"}'), 2);
  t.equal(sample(text, 'kiosque_response_cache_requests_total{result="hit"}'), 2);
});

t.test('without a response cache, hits and misses stay at zero', async (t) => {
  const { app } = await makeApp(t, {}, { cacheBytes: 0 });
  await app.inject('/v1/articles');
  const text = (await app.inject({ url: '/metrics', headers: admin })).body;
  t.equal(sample(text, 'kiosque_response_cache_requests_total{result="miss"}'), 0);
  t.equal(sample(text, 'kiosque_response_cache_requests_total{result="hit"}'), 0);
  t.equal(sample(text, 'kiosque_response_cache_requests_total{result="collapsed"}'), 0);
});

t.test('the view buffer size and database time by repository function', async (t) => {
  const { app } = await makeApp(t);
  const { section } = await newsroom(app);
  const a = await article(app, { title: 'Lu', sectionId: section.id });
  await app.inject({ method: 'POST', url: `/v1/articles/${a.slug}/views`, headers: { 'user-agent': 'Mozilla/5.0' } });
  const text = await scrape(app);
  t.equal(sample(text, 'kiosque_view_buffer_pending'), 1);
  t.ok(sample(text, 'kiosque_db_duration_seconds_count{operation="articles.insert"}'), 'article writes are timed');
  t.ok(sample(text, 'kiosque_db_duration_seconds_count{operation="sections.insert"}'));
  t.ok((sample(text, 'kiosque_db_duration_seconds_sum{operation="articles.insert"}') ?? 0) > 0);
  await app.views.flush();
  t.equal(sample(await scrape(app), 'kiosque_view_buffer_pending'), 0);
});

t.test('a timed repository call that throws still counts, and the error goes through', async (t) => {
  const { app, db } = await makeApp(t);
  const { section } = await newsroom(app);
  await article(app, { title: 'Premier', sectionId: section.id });
  const restore = await failInserts({ db }, 'articles');
  const payload = { title: 'Refusé', body: 'Du texte.', sectionId: section.id };
  isProblem(t, await app.inject({ method: 'POST', url: '/v1/articles', headers: admin, payload }), 500, 'INTERNAL_ERROR');
  await restore();
  t.equal(sample(await scrape(app), 'kiosque_db_duration_seconds_count{operation="articles.insert"}'), 2);
});

t.test('timing keeps a repository\'s functions working and its other members as they are', async (t) => {
  const metrics = createMetrics();
  const repos = metrics.timeRepositories({ words: { limit: 3, async double(x: number) { return x * 2; } } });
  t.equal(repos.words.limit, 3);
  t.equal(await repos.words.double(21), 42);
  const text = await metrics.registry.metrics();
  t.match(text, /kiosque_db_duration_seconds_count\{operation="words.double"\} 1/);
});

t.test('request durations are written out as prom-client writes its own histograms', async (t) => {
  const buckets = [0.001, 0.01, 0.1];
  const [ours, theirs] = [new Registry(), new Registry()];
  const observe = requestDurations(ours, 'durations', 'Durées.', buckets);
  const histogram = new Histogram({ name: 'durations', help: 'Durées.', labelNames: ['method', 'route', 'status_code'], buckets, registers: [theirs] });
  const answers: [string, string, number, number][] = [
    ['GET', '/v1/articles', 200, 0.0004], ['GET', '/v1/articles', 200, 0.02], ['HEAD', '/v1/articles', 200, 0.001],
    ['GET', '/v1/articles', 304, 0.005], ['GET', 'unmatched', 404, 3], ['GET', '/v1/articles', 200, 0.1],
  ];
  for (const [method, route, status, seconds] of answers) {
    observe(method, route, status, seconds);
    histogram.observe({ method, route, status_code: String(status) }, seconds);
  }
  t.equal(await ours.metrics(), await theirs.metrics());
  t.match(await ours.metrics(), /^durations_bucket\{le="\+Inf",method="GET",route="unmatched",status_code="404"\} 1$/m, 'slower than the last bucket');
});
