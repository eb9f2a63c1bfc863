import { Writable } from 'node:stream';
import t from 'tap';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { requestLogger } from '../../src/lib/request-logger.js';

/** A pino logger (Fastify's) writing JSON lines into an array, and a count of the children made from it. */
function parentLogger(level: string) {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({ write(chunk, _encoding, done) { lines.push(JSON.parse(String(chunk))); done(); } });
  const pino = Fastify({ logger: { level, stream } }).log;
  const made = { children: 0 };
  // Everything else is pino's, by inheritance; its children are pino's own.
  const parent: FastifyBaseLogger = Object.create(pino);
  parent.child = (...args: Parameters<FastifyBaseLogger['child']>) => {
    made.children++;
    return pino.child(...args);
  };
  return { parent, lines, made };
}

t.test('a request logger binds its request id on the first line it writes, and only then', async (t) => {
  const { parent, lines, made } = parentLogger('warn');
  const log = requestLogger(parent, { reqId: 'r-1' }, {});
  log.info('not written at warn');
  log.debug({ x: 1 }, 'nor this');
  log.silent('never');
  t.equal(made.children, 0, 'nothing logged, no child made');
  t.equal(log.level, 'warn', 'its level is the parent\'s');
  log.warn({ article: 'art_1' }, 'first');
  log.error('second');
  t.equal(made.children, 1, 'one child, made once');
  t.match(lines, [{ reqId: 'r-1', article: 'art_1', msg: 'first', level: 40 }, { reqId: 'r-1', msg: 'second', level: 50 }]);
});

t.test('its level and children are pino\'s own', async (t) => {
  const { parent, lines } = parentLogger('info');
  const log = requestLogger(parent, { reqId: 'r-2' }, {});
  log.level = 'error';
  t.equal(log.level, 'error');
  t.equal(parent.level, 'info', 'the parent keeps its level');
  log.warn('below the request\'s level');
  log.child({ job: 'j' }).error('from a child');
  t.same(lines.map((l) => [l.reqId, l.job, l.msg]), [['r-2', 'j', 'from a child']]);
  parent.info('the parent writes no request id');
  t.notOk(lines[1].reqId);
});

t.test('a route with its own level or serialisers gets pino\'s child at once', async (t) => {
  const { parent, lines, made } = parentLogger('info');
  const log = requestLogger(parent, { reqId: 'r-3' }, { level: 'error' });
  t.equal(made.children, 1);
  t.equal(log.level, 'error');
  log.info('hidden');
  log.error('shown');
  t.match(lines, [{ reqId: 'r-3', msg: 'shown' }]);
  t.equal(lines.length, 1);
  requestLogger(parent, { reqId: 'r-4' }, { serializers: {} });
  t.equal(made.children, 2);
});
