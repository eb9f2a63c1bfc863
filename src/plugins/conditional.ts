import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { isConditional, isFresh, SURROGATE_HEADERS } from '../lib/http.js';
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
  /** A read's 404: kept a short while, purged by the writes that could make it exist. */
  notFound: string;
}

export interface ConditionalOptions {
  policy: CachePolicy;
  /** Whether anonymous callers read too (KIOSQUE_ANONYMOUS_READ). */
  anonymousRead: boolean;
  /** Whether keyed answers may be shared when anonymous callers cannot read (KIOSQUE_CACHE_KEYED_PUBLIC). */
  keyedPublic: boolean;
}

/** Previews show what readers must not see: nothing keeps them. */
const PREVIEW = 'private, no-store';

function cacheControl(request: FastifyRequest, options: ConditionalOptions, kind: 'item' | 'list' | 'notFound'): string {
  if (request.reader.preview) return PREVIEW;
  if (request.reader.partition !== '') return options.policy.partner;
  // A shared cache that ignores Vary: Authorization (Cloudflare) would give a keyed answer to anyone.
  // That is harmless while anonymous callers may read the same, a leak when they may not.
  if (request.principal !== null && !options.anonymousRead && !options.keyedPublic) return options.policy.partner;
  return options.policy[kind];
}

/** A Vary that names Authorization: an answer depends on who asks. */
export function withAuthorization(vary: string | undefined): string {
  if (vary === undefined) return 'Authorization';
  return /\bauthorization\b/i.test(vary) ? vary : `${vary}, Authorization`;
}

function varyOnAuthorization(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  const named = withAuthorization(vary === undefined ? undefined : String(vary));
  if (named !== vary) reply.header('vary', named);
}

const isRead = (request: FastifyRequest) => request.method === 'GET' || request.method === 'HEAD';

/**
 * A partner's answers are private: they carry no surrogate keys (a partner
 * purges no cache, and the keys name bylines, tags and sections), and no
 * Last-Modified for a key whose fields leave out `updatedAt` (it would date
 * what the key may not see; its revalidations go by ETag).
 */
function partnerHeaders(request: FastifyRequest, reply: FastifyReply): void {
  for (const h of SURROGATE_HEADERS) reply.removeHeader(h);
  if (!receives(request.reader, 'updatedAt')) reply.removeHeader('last-modified');
}

/**
 * HTTP caching of reads in one place. A 200 carrying an ETag gets its
 * Cache-Control (by route class and caller) and Vary, and becomes a bodiless
 * 304 when the client's copy is current. It runs after the response cache
 * has stored the full answer, and for answers served from it. A 304 a
 * handler answered from validators alone gets the same headers. A read's 404
 * that names surrogate keys (lib/http.ts, errorCacheHeaders) may be kept a
 * short while; no other error may be kept at all.
 */
export default fp(async function conditional(app: FastifyInstance, options: ConditionalOptions) {
  app.addHook('onSend', function notModified(request, reply, payload, done) {
    const status = reply.statusCode;
    if (status >= 400) {
      const negative = status === 404 && isRead(request) && reply.hasHeader('surrogate-key');
      reply.header('cache-control', negative ? cacheControl(request, options, 'notFound') : 'no-store');
      if (negative) varyOnAuthorization(reply);
      return done(null, payload);
    }
    const etag = reply.getHeader('etag');
    if (!isRead(request) || (status !== 200 && status !== 304) || etag === undefined) return done(null, payload);
    reply.header('cache-control', cacheControl(request, options, request.routeOptions.config.cacheClass ?? 'item'));
    if (request.reader.partition !== '') partnerHeaders(request, reply);
    varyOnAuthorization(reply);
    if (status === 304 || !isConditional(request) || !isFresh(request, String(etag), () => Date.parse(String(reply.getHeader('last-modified'))))) {
      return done(null, payload);
    }
    // Without the body's metadata (RFC 9110 §15.4.5), as a 304 answered from validators alone is.
    reply.code(304).removeHeader('content-type');
    // No body: null for GET; for HEAD, Fastify's own onSend (which runs next) needs a string or a stream.
    done(null, request.method === 'HEAD' ? '' : null);
  });

  // A 304 must not send a Content-Length other than the 200's (RFC 9110 §8.6); Fastify's HEAD handler
  // sets one from the empty payload. This runs after it, on the HEAD routes Fastify adds to each GET.
  app.addHook('onRoute', function headNotModifiedLength(route) {
    if (route.method !== 'HEAD') return;
    route.onSend = [...[route.onSend].flat().filter((hook) => hook !== undefined), function notModifiedLength(_request, reply, payload, done) {
      if (reply.statusCode === 304) reply.removeHeader('content-length');
      done(null, payload);
    }];
  });
}, { name: 'conditional' });
