import type { FastifyRequest } from 'fastify';

/**
 * Whether this caller gets whole article bodies in syndication formats
 * (feeds' content, ninjs bodies), or titles and summaries only. It is the one
 * place that decides it: every caller allowed to read gets bodies today;
 * partner keys whose entitlements leave `body` out will not.
 */
export function includesFullContent(_request: FastifyRequest): boolean {
  return true;
}
