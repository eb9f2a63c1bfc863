import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isFresh } from '../lib/http.js';

/**
 * Conditional GETs in one place: a 200 carrying an ETag becomes a bodiless
 * 304 when the client's copy is current. It runs after the response cache
 * has stored the full answer, and for answers served from it.
 */
export default fp(async function conditional(app: FastifyInstance) {
  app.addHook('onSend', async function notModified(request, reply, payload) {
    const etag = reply.getHeader('etag');
    if (request.method !== 'GET' || reply.statusCode !== 200 || etag === undefined) return payload;
    if (!isFresh(request, String(etag), Date.parse(String(reply.getHeader('last-modified'))))) return payload;
    reply.code(304);
    return null;
  });
}, { name: 'conditional' });
