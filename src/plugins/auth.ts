import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Forbidden, Unauthorized } from '../lib/errors.js';
import { grants, hashKey, type Scope } from '../modules/keys/service.js';
import type { KeysRepository } from '../modules/keys/repository.js';

export interface Principal {
  id: string;
  name: string;
  scopes: string[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The scope a route needs; `/v1` routes default to `content:read`, others are public. */
    scope?: Scope | 'public';
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** Whether this caller may see drafts, scheduled and archived content. */
    canPreview: boolean;
  }
}

export interface AuthOptions {
  keys: Pick<KeysRepository, 'findByHash'>;
  adminKey?: string;
  anonymousRead: boolean;
}

// The scheme name is case-insensitive (RFC 9110 §11.1); the token is RFC 6750's b64token.
const BEARER = /^Bearer +([A-Za-z0-9._~+/=-]{1,256}) *$/i;

function resolvePrincipal(request: FastifyRequest, options: AuthOptions, adminHash: string | null): Principal | null {
  const header = request.headers.authorization;
  if (header === undefined) return null;
  const match = BEARER.exec(header);
  if (!match) throw new Unauthorized('The Authorization header must be "Bearer <key>"');
  const hash = hashKey(match[1]);
  if (hash === adminHash) return { id: 'bootstrap', name: 'KIOSQUE_ADMIN_KEY', scopes: ['admin'] };
  const row = options.keys.findByHash(hash);
  if (!row || row.revokedAt !== null) throw new Unauthorized('This API key is unknown or revoked');
  return { id: row.id, name: row.name, scopes: row.scopes };
}

/**
 * Resolves the caller from `Authorization: Bearer`, then enforces the route's
 * scope. It runs on every request, whatever its path, before any handler.
 */
export default fp(async function auth(app: FastifyInstance, options: AuthOptions) {
  const adminHash = options.adminKey ? hashKey(options.adminKey) : null;
  app.decorateRequest('principal', null);
  app.decorateRequest('canPreview', false);

  app.addHook('onRequest', async function authenticate(request) {
    const principal = resolvePrincipal(request, options, adminHash);
    request.principal = principal;
    request.canPreview = principal !== null && grants(principal.scopes, 'content:preview');
    const needed = request.routeOptions.config.scope
      ?? (request.routeOptions.url?.startsWith('/v1/') ? 'content:read' : 'public');
    if (needed === 'public') return;
    if (principal === null) {
      if (needed === 'content:read' && options.anonymousRead) return;
      throw new Unauthorized('This request needs an API key: Authorization: Bearer <key>');
    }
    if (!grants(principal.scopes, needed)) throw new Forbidden(`This API key lacks the ${needed} scope`);
  });
}, { name: 'auth' });
