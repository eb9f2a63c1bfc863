import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import t from 'tap';
import { freePort, makeApp, tempDir } from '../helpers.js';

// Rate limits shared by every instance through Redis (KIOSQUE_REDIS_URL), on a real redis-server started
// here on a free port. Without redis-server the file is skipped and says so; .ci/run installs it.
const missing = spawnSync('sh', ['-c', 'command -v redis-server']).status === 0 ? false
  : 'redis-server is not installed (apt-get install redis-server)';

/** Starts redis-server on `port`, without persistence, and resolves once it accepts connections. */
async function startRedis(t: { teardown(fn: () => unknown): void }, port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', tempDir('redis')], { stdio: 'ignore' });
  t.teardown(() => { child.kill('SIGKILL'); });
  for (let i = 0; i < 100; i++) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => { socket.end(); resolve(true); }).on('error', () => resolve(false));
    });
    if (up) return child;
    await sleep(50);
  }
  throw new Error(`redis-server did not start on port ${port}`);
}

const stop = (child: ChildProcess) => new Promise((resolve) => { child.once('exit', resolve).kill('SIGKILL'); });
const statuses = async (apps: { inject(url: string): Promise<{ statusCode: number }> }[]) => {
  const seen: number[] = [];
  for (const app of apps) seen.push((await app.inject('/v1/sections')).statusCode);
  return seen;
};

t.test('two instances with one Redis count one window; without it, each counts its own', { skip: missing }, async (t) => {
  const port = await freePort();
  await startRedis(t, port);
  const env = { KIOSQUE_RATE_LIMIT_ANONYMOUS: '3', KIOSQUE_REDIS_URL: `redis://127.0.0.1:${port}` };
  const a = (await makeApp(t, env)).app;
  const b = (await makeApp(t, env)).app;
  t.same(await statuses([a, b, a, b]), [200, 200, 200, 429], 'the fourth request of the minute, whichever instance gets it');
  const res = await b.inject('/v1/sections');
  t.equal(res.headers['ratelimit-remaining'], '0');
  t.ok(Number(res.headers['retry-after']) > 0);

  const alone = { KIOSQUE_RATE_LIMIT_ANONYMOUS: '3' };
  const c = (await makeApp(t, alone)).app;
  const d = (await makeApp(t, alone)).app;
  t.same(await statuses([c, d, c, d]), [200, 200, 200, 200], 'per instance without Redis');
});

t.test('Redis going away: requests are answered at once, uncounted, and counted again when it is back', { skip: missing }, async (t) => {
  const port = await freePort();
  const redis = await startRedis(t, port);
  const { app } = await makeApp(t, { KIOSQUE_RATE_LIMIT_ANONYMOUS: '2', KIOSQUE_REDIS_URL: `redis://127.0.0.1:${port}` });
  const warnings: string[] = [];
  const warn = app.log.warn.bind(app.log);
  app.log.warn = ((...args: Parameters<typeof warn>) => {
    warnings.push(String(args.at(-1)));
    return warn(...args);
  }) as typeof warn;
  t.same(await statuses([app, app, app]), [200, 200, 429]);
  await stop(redis);
  const started = performance.now();
  t.same(await statuses([app, app, app, app]), [200, 200, 200, 200], 'not refused, not counted');
  t.ok(performance.now() - started < 2_000, 'not held while Redis is away');
  await sleep(300);
  t.same(warnings.filter((w) => /Redis is unreachable/.test(w)).length, 1, 'said once, not at each reconnection attempt');
  await startRedis(t, port);
  // The client reconnects by itself (its retries back off up to 2 s).
  for (let i = 0; i < 60 && (await app.inject('/v1/sections')).statusCode !== 429; i++) await sleep(100);
  t.equal((await app.inject('/v1/sections')).statusCode, 429, 'counted again');
});
