import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Forbidden, Unauthorized } from '../lib/errors.js';
import { PUBLIC_READER, type Reader } from '../lib/reader.js';
import { grants, hashKey, type Scope } from '../modules/keys/service.js';
import type { KeysRepository } from '../modules/keys/repository.js';

export interface Principal {
  id: string;
  name: string;
  scopes: string[];
  /** Requests per minute this key may make; null takes the configured default. */
  rateLimit: number | null;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope a route needs; `/v1` routes default to `content:read`, others are public. */
    scope?: Scope | 'public';
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** What this caller may see: previews, and a partner's entitlements. */
    reader: Reader;
  }
}

export interface AuthOptions {
  keys: Pick<KeysRepository, 'findByHash'>;
  /** Counts a request made with a stored key (buffered: see keys/usage.ts). */
  recordUse: (keyId: string) => void;
  adminKey?: string;
  anonymousRead: boolean;
}

// The scheme name is case-insensitive (RFC 9110 §11.1); the token is RFC 6750's b64token.
const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]{1,256}) *$/i;
const BOOTSTRAP: Principal = { id: 'bootstrap', name: 'KIOSQUE_ADMIN_KEY', scopes: ['admin'], rateLimit: null };

type Caller = [Principal, Reader] | null;

/** The stored key a hash names, as a caller; the lookup is the one database read of authentication. */
async function storedKey(options: AuthOptions, hash: string): Promise<Caller> {
  // Looked up on every request, so a revoked key stops working at once.
  const row = await options.keys.findByHash(hash);
  if (!row || row.revokedAt !== null) throw new Unauthorized('This API key is unknown or revoked');
  options.recordUse(row.id);
  const partner = row.sections !== null || row.fields !== null || row.embargoAccess;
  const reader: Reader = {
    preview: grants(row.scopes, 'content:preview'),
    sections: row.sections,
    fields: row.fields,
    embargo: row.embargoAccess,
    partition: partner ? row.id : '',
  };
  return [{ id: row.id, name: row.name, scopes: row.scopes, rateLimit: row.rateLimit }, reader];
}

/**
 * The caller named by `Authorization: Bearer`: none (anonymous), the
 * bootstrap admin key, or a stored key (a promise: only then is the database read).
 */
function authenticate(request: FastifyRequest, options: AuthOptions, adminHash: string | null): Caller | Promise<Caller> {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const match = BEARER.exec(header);
  if (!match) throw new Unauthorized('The Authorization header must be "Bearer <key>"');
  const hash = hashKey(match[1]);
  if (hash === adminHash) return [BOOTSTRAP, { ...PUBLIC_READER, preview: true }];
  return storedKey(options, hash);
}

/**
 * Resolves the caller from `Authorization: Bearer`, then enforces the route's
 * scope. It runs on every request, whatever its path, before any handler.
 */
export default fp(async function auth(app: FastifyInstance, options: AuthOptions) {
  const adminHash = options.adminKey ? hashKey(options.adminKey) : null;
  app.decorateRequest('principal', null);
  // Fastify refuses an object as a decoration's initial value; every request gets one below.
  app.decorateRequest('reader', null as unknown as Reader);

  function admit(request: FastifyRequest, caller: Caller): void {
    [request.principal, request.reader] = caller ?? [null, PUBLIC_READER];
    const needed = request.routeOptions.config.scope
      ?? (request.routeOptions.url?.startsWith('/v1/') ? 'content:read' : 'public');
    if (needed === 'public' || (caller === null && needed === 'content:read' && options.anonymousRead)) return;
    if (caller === null) throw new Unauthorized('This request needs an API key: Authorization: Bearer <key>');
    if (!grants(caller[0].scopes, needed)) throw new Forbidden(`This API key lacks the ${needed} scope`);
  }

  // What it throws is the request's error: Fastify catches it. Anonymous and bootstrap callers
  // are admitted synchronously; a stored key waits for its lookup.
  app.addHook('onRequest', function authorize(request, _reply, done) {
    const caller = authenticate(request, options, adminHash);
    if (!(caller instanceof Promise)) {
      admit(request, caller);
      return done();
    }
    caller.then((found) => admit(request, found)).then(() => done(), (error: Error) => done(error as FastifyError));
  });
}, { name: 'auth' });
