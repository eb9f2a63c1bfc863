import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Requests still running when the app closes finish before what closes after it (the database). The
 * server's close waits for its connections, not for requests whose client has gone (a load generator
 * stopped, a browser tab closed): their handlers go on, and their next query would meet a closed pool
 * (a 500 logged for no one). A request counts from its route's first hooks past authentication and the
 * response cache, to the end of the hooks that send its answer (the response cache's purge after a write
 * among them): registered after those plugins, before the routes. The wait is bounded by `ms`.
 */
export default fp(async function drain(app: FastifyInstance, { ms = 5_000 }: { ms?: number }) {
  const running = new Set<FastifyRequest>();
  let drained: (() => void) | null = null;
  app.addHook('onRequest', (request, _reply, done) => {
    running.add(request);
    done();
  });
  app.addHook('onSend', (request, _reply, payload, done) => {
    if (running.delete(request) && running.size === 0) drained?.();
    done(null, payload);
  });
  app.addHook('onClose', async () => {
    if (running.size === 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      drained = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  });
}, { name: 'drain' });
