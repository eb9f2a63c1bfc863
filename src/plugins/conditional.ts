import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isConditional, isFresh } from '../lib/http.js';
import { receives } from '../lib/reader.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Which Cache-Control a read gets for shared caches: `item` (default) or the shorter `list`. */
    cacheClass?: 'item' | 'list';
  }
}

/** The Cache-Control values of each class of answer (see the KIOSQUE_CACHE_CONTROL_* settings). */
export interface CachePolicy {
  item: string;
  list: string;
  /** Answers that depend on a partner's key: browsers may keep them, shared caches never. */
  partner: string;
  /**
   * Whether every keyed answer gets `partner` too. With anonymous reads off, a
   * shared cache that ignores Vary: Authorization (Cloudflare) would hand a
   * keyed answer to callers without a key; the operator opts out only for a
   * CDN that keys on Authorization.
   */
  keyedPrivate: boolean;
}

/** Previews show what readers must not see: nothing keeps them. */
const PREVIEW = 'private, no-store';

function cacheControl(request: FastifyRequest, policy: CachePolicy): string {
  if (request.reader.preview) return PREVIEW;
  if (request.reader.partition !== '' || (policy.keyedPrivate && request.principal !== null)) return policy.partner;
  return policy[request.routeOptions.config.cacheClass ?? 'item'];
}

/**
 * A partner's answers are private: they carry no surrogate keys (a partner
 * purges no cache, and the keys name bylines, tags and sections), and no
 * Last-Modified for a key whose fields leave out `updatedAt` (it would date
 * what the key may not see; its revalidations go by ETag).
 */
function partnerHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.removeHeader('surrogate-key');
  reply.removeHeader('cache-tag');
  if (!receives(request.reader, 'updatedAt')) reply.removeHeader('last-modified');
}

/**
 * HTTP caching of reads in one place. A 200 carrying an ETag gets its
 * Cache-Control (by route class and caller) and Vary, and becomes a bodiless
 * 304 when the client's copy is current. It runs after the response cache
 * has stored the full answer, and for answers served from it. A 304 a
 * handler answered from validators alone gets the same headers.
 */
export default fp(async function conditional(app: FastifyInstance, options: { policy: CachePolicy }) {
  app.addHook('onSend', function notModified(request, reply, payload, done) {
    const etag = reply.getHeader('etag');
    const status = reply.statusCode;
    if ((request.method !== 'GET' && request.method !== 'HEAD') || (status !== 200 && status !== 304) || etag === undefined) return done(null, payload);
    reply.header('cache-control', cacheControl(request, options.policy));
    if (request.reader.partition !== '') partnerHeaders(request, reply);
    const vary = reply.getHeader('vary');
    if (vary === undefined || !/\bauthorization\b/i.test(String(vary))) reply.header('vary', vary === undefined ? 'Authorization' : `${vary}, Authorization`);
    if (status === 304 || !isConditional(request) || !isFresh(request, String(etag), Date.parse(String(reply.getHeader('last-modified'))))) {
      return done(null, payload);
    }
    reply.code(304);
    done(null, null);
  });
}, { name: 'conditional' });
