import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { problems } from '../lib/problem.js';

/** Who may read GET /metrics: admin keys (the default), anyone, or nobody (no route, no timing). */
export type MetricsAccess = 'admin' | 'public' | 'off';

// Process-wide figures (event-loop delay, heap, GC, CPU) exist once per process,
// whatever the number of apps in it (tests build hundreds): collected once, merged at each scrape.
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export interface Metrics {
  registry: Registry;
  /** Wraps each function of each repository to time it, labelled `<repository>.<function>`. */
  timeRepositories<T extends Record<string, object>>(repos: T): T;
}

/**
 * The app's own metrics. Database time is the time spent inside repository
 * calls (the database's work, waiting for a pooled connection on PostgreSQL,
 * and the mapping of rows), measured around each call: SQL lives only in
 * repositories, so the time a call takes is the time a request waited on the
 * database, at the cost of two clock reads.
 */
export function createMetrics(): Metrics {
  const registry = new Registry();
  const dbTime = new Histogram({
    name: 'kiosque_db_duration_seconds',
    help: 'Time spent in repository calls (SQLite and row mapping), by repository function.',
    labelNames: ['operation'],
    buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
    registers: [registry],
  });
  function timeRepositories<T extends Record<string, object>>(repos: T): T {
    const timed: Record<string, object> = {};
    for (const [name, repo] of Object.entries(repos)) timed[name] = timeRepository(name, repo as Record<string, unknown>, dbTime);
    return timed as T;
  }
  return { registry, timeRepositories };
}

// Repositories are plain objects (see db/repositories.ts): their functions are wrapped, anything else kept.
function timeRepository(name: string, repo: Record<string, unknown>, histogram: Histogram<'operation'>) {
  const timed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(repo)) {
    if (typeof value !== 'function') {
      timed[key] = value;
      continue;
    }
    const child = histogram.labels(`${name}.${key}`);
    timed[key] = async function timedCall(this: unknown, ...args: unknown[]) {
      const start = performance.now();
      try {
        return await value.apply(this, args);
      } finally {
        child.observe((performance.now() - start) / 1000);
      }
    };
  }
  return timed;
}

/** One series of a histogram: counts by bucket (each its own, not cumulative), their sum and count. */
interface Series {
  labels: Record<string, string>;
  counts: number[];
  sum: number;
  count: number;
}

/**
 * A histogram of request durations by method, route pattern and status, kept
 * here rather than in prom-client's Histogram, whose observe() validates and
 * hashes the labels of every answer: an answer costs three map lookups, a
 * bucket search and three additions. prom-client writes it out at each
 * scrape, in the format of its own histograms.
 */
export function requestDurations(registry: Registry, name: string, help: string, buckets: number[]) {
  const all: Series[] = [];
  // By route pattern, then method, then status.
  const byRoute = new Map<string, Map<string, Map<number, Series>>>();

  function seriesOf(method: string, route: string, status: number): Series {
    let byMethod = byRoute.get(route);
    if (!byMethod) byRoute.set(route, byMethod = new Map());
    let byStatus = byMethod.get(method);
    if (!byStatus) byMethod.set(method, byStatus = new Map());
    let series = byStatus.get(status);
    if (!series) {
      series = { labels: { method, route, status_code: String(status) }, counts: buckets.map(() => 0), sum: 0, count: 0 };
      byStatus.set(status, series);
      all.push(series);
    }
    return series;
  }

  const values = () => all.flatMap((s) => {
    let cumulative = 0;
    return [
      ...buckets.map((le, i) => ({ labels: { le }, sharedLabels: s.labels, value: cumulative += s.counts[i], metricName: `${name}_bucket` })),
      { labels: { le: '+Inf' }, sharedLabels: s.labels, value: s.count, metricName: `${name}_bucket` },
      { labels: {}, sharedLabels: s.labels, value: s.sum, metricName: `${name}_sum` },
      { labels: {}, sharedLabels: s.labels, value: s.count, metricName: `${name}_count` },
    ];
  });
  const metric = { name, help, type: 'histogram', aggregator: 'sum', get: async () => ({ name, help, type: 'histogram', aggregator: 'sum', values: values() }) };
  registry.registerMetric(metric as never);

  return function observe(method: string, route: string, status: number, seconds: number): void {
    const series = (byRoute.get(route)?.get(method)?.get(status)) ?? seriesOf(method, route, status);
    let i = 0;
    while (i < buckets.length && seconds > buckets[i]) i++;
    if (i < buckets.length) series.counts[i] += 1;
    series.sum += seconds;
    series.count += 1;
  };
}

interface MetricsOptions {
  metrics: Metrics;
  access: Exclude<MetricsAccess, 'off'>;
}

/** Times every request by route pattern and status, and serves GET /metrics in the Prometheus text format. */
export default fp(async function metricsPlugin(app: FastifyInstance, { metrics, access }: MetricsOptions) {
  const { registry } = metrics;
  const observe = requestDurations(registry, 'kiosque_http_request_duration_seconds',
    'Time from a request\'s arrival to its answer, by route pattern (never the raw URL) and status.',
    [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]);
  app.addHook('onResponse', function timeRequest(request: FastifyRequest, reply: FastifyReply, done: () => void) {
    observe(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode, reply.elapsedTime / 1000);
    done();
  });

  new Counter({
    name: 'kiosque_response_cache_requests_total',
    help: 'Cacheable GETs answered from the response cache (hit), computed (miss), or answered with what another request '
      + 'missing the same answer was computing meanwhile (collapsed).',
    labelNames: ['result'],
    registers: [registry],
    collect() {
      const stats = app.hasDecorator('responseCache') ? app.responseCache.stats : { hits: 0, misses: 0, collapsed: 0 };
      this.reset();
      this.labels('hit').inc(stats.hits);
      this.labels('miss').inc(stats.misses);
      this.labels('collapsed').inc(stats.collapsed);
    },
  });
  new Gauge({
    name: 'kiosque_view_buffer_pending',
    help: 'Distinct (article, hour) view counters waiting in memory for the next flush.',
    registers: [registry],
    collect() {
      this.set(app.views.pending);
    },
  });

  app.get('/metrics', {
    config: { scope: access, cache: false },
    schema: {
      operationId: 'getMetrics',
      summary: 'Metrics in the Prometheus text format',
      description: 'Request durations by route and status, response cache hits and misses, database time, '
        + 'the view buffer, event-loop delay and process figures. Needs an `admin` key unless `KIOSQUE_METRICS=public`.',
      tags: ['health'],
      response: {
        200: { description: 'Prometheus text exposition format 0.0.4', content: { 'text/plain': { schema: { type: 'string' } } } },
        ...problems(401, 403),
      },
    },
  }, async function scrape(_request, reply) {
    const merged = Registry.merge([registry, processMetrics()]);
    reply.type(merged.contentType);
    return merged.metrics();
  });
}, { name: 'metrics', dependencies: ['auth', 'views'] });
